import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { i18next } from '../../../i18n/i18n';
import { parseQuantity } from '../../../lib/configuration/quantity';
import type { VolumeField } from '../../../lib/configuration/pricing-input';
import { renderWithApp } from '../../../test/render';
import type { CatalogueNames } from '../hooks/use-catalogue-names';
import { VolumeFields } from './VolumeFields';

const NAMES: CatalogueNames = {
  service: () => undefined,
  serviceName: (code) => <>{code}</>,
  driver: () => undefined,
  driverName: () => <>Payslips per month</>,
  unit: () => <>payslip</>,
  levelName: (code) => <>{code}</>,
  servicePackage: () => undefined,
  packageName: (code) => <>{code}</>,
};

/** One volume field read as the configurator reads it (parseQuantity), for a driver of `integer` units. */
function OneVolume({ integer }: { integer: boolean }) {
  const [text, setText] = useState('');
  const parsed = parseQuantity(text, integer, 'en');
  const field: VolumeField = {
    driverCode: 'PAYSLIPS',
    integer,
    text,
    problem: parsed && 'problem' in parsed ? parsed.problem : null,
    included: null,
  };
  return (
    <VolumeFields fields={[field]} names={NAMES} issues={[]} onChange={(_code, value) => setText(value)} />
  );
}

describe('a volume field under the shared decimal bounds', () => {
  beforeEach(async () => {
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(cleanup);

  const type = (value: string) =>
    fireEvent.change(screen.getByRole('textbox', { name: /Payslips per month/ }), { target: { value } });

  it('says at the field that more than 12 digits before the point cannot be used', () => {
    renderWithApp(<OneVolume integer />);
    type('1234567890123');
    expect(screen.getByText('Use at most 12 digits before the decimal point.')).toBeTruthy();
    type('9'.repeat(300_000));
    expect(screen.getByText('Use at most 12 digits before the decimal point.')).toBeTruthy();
    type('999999999999');
    expect(screen.queryByText('Use at most 12 digits before the decimal point.')).toBeNull();
  });

  it('says at the field that more than 6 decimals cannot be used', () => {
    renderWithApp(<OneVolume integer={false} />);
    type('7.1234567');
    expect(screen.getByText('Use at most 6 decimals.')).toBeTruthy();
    type('7.123456');
    expect(screen.queryByText('Use at most 6 decimals.')).toBeNull();
  });

  it('words the rule in the reader’s language', async () => {
    await act(() => i18next.changeLanguage('da'));
    renderWithApp(<OneVolume integer />);
    type('1234567890123');
    expect(screen.getByText('Brug højst 12 cifre før decimaltegnet.')).toBeTruthy();
  });
});
