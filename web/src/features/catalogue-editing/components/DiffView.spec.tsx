import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { mockApi } from '../../../test/graphql-mock';
import { renderWithApp } from '../../../test/render';
import '../../../lib/manage/i18n';
import { versionsResponse } from '../../../test/manager-fixtures';
import { DiffView } from './DiffView';

const text = (element: Element) => (element.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

const component = (unitPrice: string) => ({
  label: { en: 'Per payslip', da: 'Pr. lønseddel' },
  model: 'GRADUATED',
  period: 'MONTHLY',
  driver: 'PAYSLIPS',
  amount: null,
  unitPrice: null,
  tiers: [
    { upTo: '1000', unitPrice, flatFee: '0' },
    { upTo: null, unitPrice: '31.50', flatFee: '0' },
  ],
  minimumCharge: '500.00',
  fromYear: 1,
  toYear: null,
});

const side = {
  currency: 'DKK',
  drivers: [{ code: 'PAYSLIPS', unit: 'payslip' }],
  services: [{ code: 'PAY-RUN', name: 'Payroll administration' }],
};

function diffResponse() {
  return {
    catalogueDiff: {
      from: 1,
      to: 2,
      changes: [
        {
          kind: 'SERVICE_PACKAGE',
          change: 'CHANGED',
          code: 'BASIS',
          name: 'Basic',
          path: 'servicePackages[0]',
          before: { code: 'BASIS', name: { en: 'Basic' } },
          after: { code: 'BASIS', name: { en: 'Basic' } },
          fields: [{ field: 'discountPercent', before: '5', after: '7.5' }],
        },
        {
          kind: 'PRICE_COMPONENT',
          change: 'CHANGED',
          code: 'PAY-RUN',
          name: 'Per payslip',
          path: 'services[1].priceComponents[0]',
          before: component('38.00'),
          after: component('40.00'),
          fields: [{ field: 'tiers', before: component('38.00').tiers, after: component('40.00').tiers }],
        },
        {
          kind: 'SERVICE',
          change: 'ADDED',
          code: 'TRAVEL',
          name: 'Travel',
          path: 'services[5]',
          before: null,
          after: {
            code: 'TRAVEL',
            name: { en: 'Travel claims', da: 'Rejseafregning' },
            kind: 'ADDON',
            priceComponents: [component('1')],
          },
          fields: [],
        },
      ],
    },
    before: side,
    after: side,
  };
}

describe('DiffView', () => {
  beforeEach(async () => {
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists what was added, removed and changed with before → after values, prices in words', async () => {
    const mock = mockApi({ ManagerVersions: () => versionsResponse(), ManagerDiff: () => diffResponse() });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    renderWithApp(<DiffView providerCode="EX-DK" />);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'What changes from version 1 to version 2' }),
    ).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Changes, item by item' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.querySelectorAll('th, td')).map(text));
    expect(rows[0]).toEqual([
      'Service package Basic (BASIS)',
      'Changed',
      'Package discount5%',
      'Package discount7.5%',
    ]);
    expect(rows[1]).toEqual([
      'Price component Payroll administration › Per payslip',
      'Changed',
      'DKK 38.00 per payslip per month up to 1,000; above 1,000: DKK 31.50; minimum charge DKK 500.00 per month',
      'DKK 40.00 per payslip per month up to 1,000; above 1,000: DKK 31.50; minimum charge DKK 500.00 per month',
    ]);
    expect(rows[2]).toEqual([
      'Service Travel claims (TRAVEL)',
      'Added',
      'None',
      'Travel claims · Add-on · 1 price component',
    ]);
    expect(mock.calls.find((call) => call.operation === 'ManagerDiff')?.variables).toEqual({
      providerCode: 'EX-DK',
      from: 1,
      to: 2,
    });
  });

  it('writes the changes in the interface language', async () => {
    await act(() => i18next.changeLanguage('da'));
    const mock = mockApi({ ManagerVersions: () => versionsResponse(), ManagerDiff: () => diffResponse() });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    renderWithApp(<DiffView providerCode="EX-DK" />);
    const table = await screen.findByRole('table');
    expect(text(table)).toContain('38,00 DKK');
    expect(text(table)).toContain('Rejseafregning');
  });
});
