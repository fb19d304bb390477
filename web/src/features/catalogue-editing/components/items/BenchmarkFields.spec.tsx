import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { withDefaults } from '@servicekatalog/shared';
import { i18next } from '../../../../i18n/i18n';
import { EXAMPLE_CATALOGUE } from '../../../../test/fixtures';
import { mockApi } from '../../../../test/graphql-mock';
import { renderWithApp } from '../../../../test/render';
import '../../../../lib/manage/i18n';
import { draftResponse, versionsResponse } from '../../../../test/manager-fixtures';
import { DraftItemPage } from '../DraftItemPage';

/** The price benchmark's fields in the draft editor: a driver's standard measure, the version's packages. */
function render(kind: 'drivers' | 'settings', code: string) {
  const document = withDefaults({
    ...EXAMPLE_CATALOGUE,
    drivers: EXAMPLE_CATALOGUE.drivers.map((driver) =>
      driver.code === 'PAYSLIPS' ? { ...driver, standardMeasure: 'PAYSLIP' as const } : driver,
    ),
    benchmarkPackages: { PAYROLL: 'BASIS' },
  });
  const mock = mockApi({
    ManagerVersions: () => versionsResponse(),
    ManagerDraft: () => draftResponse(3, document),
    ManagerUpsertVolumeDriver: () => ({ upsertVolumeDriver: { version: 4 } }),
    ManagerUpdateSettings: () => ({ updateCatalogueVersionSettings: { version: 4 } }),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
  renderWithApp(<DraftItemPage providerCode="EX-DK" kind={kind} code={code} />);
  return mock;
}

describe('price benchmark fields of the draft editor', () => {
  beforeEach(async () => {
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("shows a driver's standard measure and sends the one chosen, or null for none", async () => {
    const mock = render('drivers', 'PAYSLIPS');
    const measure = await screen.findByRole('combobox', { name: 'Standard measure (price benchmark)' });
    expect((measure as HTMLSelectElement).value).toBe('PAYSLIP');
    fireEvent.change(measure, { target: { value: 'EMPLOYEE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('The volume driver Payslips per month (PAYSLIPS) was saved in the draft.');
    const save = mock.calls.find((call) => call.operation === 'ManagerUpsertVolumeDriver');
    expect(save?.variables.input).toMatchObject({ code: 'PAYSLIPS', standardMeasure: 'EMPLOYEE' });
  });

  it('sends the benchmark packages per kind, null where not offered', async () => {
    const mock = render('settings', 'new');
    const payroll = await screen.findByRole('combobox', { name: 'Price benchmark package: payroll' });
    expect((payroll as HTMLSelectElement).value).toBe('BASIS');
    fireEvent.change(
      screen.getByRole('combobox', { name: 'Price benchmark package: payroll and accounting' }),
      {
        target: { value: 'BASIS' },
      },
    );
    fireEvent.change(payroll, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('The settings of the draft were saved.');
    const save = mock.calls.find((call) => call.operation === 'ManagerUpdateSettings');
    expect(save?.variables.input).toMatchObject({
      benchmarkPackages: { PAYROLL: null, ACCOUNTING: null, BOTH: 'BASIS' },
    });
  });
});
