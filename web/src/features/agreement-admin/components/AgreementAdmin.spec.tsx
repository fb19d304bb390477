import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { graphQLErrors, mockApi } from '../../../test/graphql-mock';
import { renderWithApp } from '../../../test/render';
import '../../../lib/manage/i18n';
import '../i18n';
import { AgreementAdminList } from './AgreementAdminList';
import { AgreementAdminPage } from './AgreementAdminPage';

type Responders = Parameters<typeof mockApi>[0];

const ROW = {
  id: 'a1',
  reference: 'SA-DK-2026-0007-A',
  status: 'ACTIVE',
  providerCode: 'SA-DK',
  startDate: '2026-12-07',
  endDate: '2028-12-06',
  agency: { id: 'agency-1', name: 'Eksempelstyrelsen' },
  current: { price: { currency: 'DKK', totals: { monthly: '31420.00' } } },
};

function agreement() {
  return {
    ...ROW,
    version: 3,
    terminationReason: null,
    current: {
      catalogueVersion: 3,
      configuration: {
        providerCode: 'SA-DK',
        servicePackageCode: 'BASIS',
        volumes: [
          { driverCode: 'PAYSLIPS', quantity: '600' },
          { driverCode: 'HOURS', quantity: '10' },
        ],
      },
      price: { serviceLevelCode: 'STANDARD' },
    },
    terms: [
      {
        kind: 'INITIAL',
        startDate: '2026-12-07',
        endDate: '2028-12-06',
        catalogueVersion: 3,
        price: {
          currency: 'DKK',
          contractYears: 2,
          totals: { monthly: '31420.00' },
          years: [
            { year: 1, oneTime: '5000.00', recurring: '377040.00', total: '382040.00' },
            { year: 2, oneTime: '0.00', recurring: '377040.00', total: '377040.00' },
          ],
        },
      },
    ],
  };
}

function usage() {
  return {
    agreement: {
      id: 'a1',
      version: 3,
      trueUp: '80.10',
      usage: [
        {
          month: '2026-12',
          forecastAmount: '31420.00',
          actualAmount: '31500.10',
          engineVersion: '2.1.0',
          lines: [{ driverCode: 'PAYSLIPS', forecast: '600', actual: '610' }],
        },
        {
          month: '2027-01',
          forecastAmount: '31420.00',
          actualAmount: null,
          engineVersion: '2.1.0',
          lines: [{ driverCode: 'PAYSLIPS', forecast: '600', actual: null }],
        },
      ],
      serviceResults: [
        { month: '2027-01', metric: 'PAYDAY', serviceCode: 'PAY', target: '3', value: '4', met: false },
        { month: '2026-12', metric: 'PAYDAY', serviceCode: 'PAY', target: '3', value: '2', met: true },
      ],
    },
  };
}

/** The pinned version's drivers and the STANDARD level's targets: a payday (less is better) and availability. */
function termCatalogue() {
  return {
    catalogue: {
      id: 'v3',
      drivers: [
        { code: 'PAYSLIPS', integer: true, nameTranslations: { en: 'Payslips', da: 'Lønsedler' } },
        { code: 'HOURS', integer: false, nameTranslations: { en: 'Consulting hours' } },
        { code: 'INVOICES_IN', integer: true, nameTranslations: { en: 'Incoming invoices' } },
      ],
      serviceLevels: [
        { code: 'BASIS', targets: [] },
        {
          code: 'STANDARD',
          targets: [
            {
              metric: 'PAYDAY',
              serviceCode: 'PAY',
              nameTranslations: { en: 'Pay day', da: 'Lønningsdag' },
              value: '3',
              unit: 'DAY_OF_MONTH',
            },
            {
              metric: 'AVAILABILITY',
              serviceCode: null,
              nameTranslations: { en: 'Availability' },
              value: '99.5',
              unit: 'PERCENT',
            },
          ],
        },
      ],
    },
  };
}

function renderPage(responders: Responders = {}) {
  const mock = mockApi({
    ManagerAgreement: () => ({ agreement: agreement() }),
    ManagerAgreementUsage: () => usage(),
    ManagerTermCatalogue: () => termCatalogue(),
    ...responders,
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
  renderWithApp(<AgreementAdminPage agreementId="a1" />, { path: '/manage/agreements/a1' });
  return mock;
}

/** An element's text with every space (money has no-break spaces) as a plain one. */
const text = (element: Element | undefined) => element?.textContent?.replace(/\s/g, ' ');

function upload(text: string) {
  const input = screen.getByLabelText('CSV file');
  fireEvent.change(input, { target: { files: [new File([text], 'volumes.csv', { type: 'text/csv' })] } });
  fireEvent.click(screen.getByRole('button', { name: 'Upload volumes' }));
}

describe('the centre’s agreements', () => {
  beforeEach(async () => {
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists the agreements a page at a time and narrows them by status, agency and end date', async () => {
    const mock = mockApi({
      ManagerAgreementAgencies: () => ({ agencies: { edges: [{ node: ROW.agency }] } }),
      ManagerAgreements: (variables) => ({
        agreements: {
          totalCount: 2,
          pageInfo: { hasNextPage: !variables.after, endCursor: variables.after ? null : 'c1' },
          edges: [{ node: variables.after ? { ...ROW, id: 'a2', reference: 'SA-DK-2026-0009-A' } : ROW }],
        },
      }),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    renderWithApp(<AgreementAdminList showCentre={false} />, { path: '/manage/agreements' });
    const link = await screen.findByRole('link', { name: 'SA-DK-2026-0007-A' });
    expect(link.getAttribute('href')).toBe('/manage/agreements/a1');
    const row = link.closest('tr')!;
    expect(row.textContent).toContain('7 December 2026 – 6 December 2028');
    expect(within(row).getByText('DKK 31,420.00')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('link', { name: 'SA-DK-2026-0009-A' })).toBeTruthy();
    expect(mock.calls.filter((call) => call.operation === 'ManagerAgreements')[1]?.variables.after).toBe(
      'c1',
    );

    await screen.findByRole('option', { name: 'Eksempelstyrelsen' });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'ACTIVE' } });
    fireEvent.change(screen.getByLabelText('Agency'), { target: { value: 'agency-1' } });
    fireEvent.change(screen.getByLabelText('Ending before'), { target: { value: '2029-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() =>
      expect(mock.calls.at(-1)?.variables).toEqual({
        first: 20,
        after: null,
        status: 'ACTIVE',
        agencyId: 'agency-1',
        endingBefore: '2029-01-01',
      }),
    );
  });

  it('shows the terms, usage as a chart and a table, the true-up and each target’s history', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'SA-DK-2026-0007-A' })).toBeTruthy();
    const schedule = screen.getByRole('table', { name: /Price per contract year/ });
    expect(within(schedule).getAllByRole('row')[1]?.textContent?.replace(/\s/g, ' ')).toBe(
      'Year 1DKK 5,000.00DKK 377,040.00DKK 382,040.00',
    );
    expect(await screen.findByText('True-up (actual − forecast): DKK 80.10')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Forecast and actual monthly charges' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Usage per month, in DKK' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(text(rows[0])).toContain('DKK 31,500.10');
    expect(text(rows[0])).toContain('DKK 80.10');
    expect(text(rows[0])).toContain('PAYSLIPS: 600 forecast, 610 actual');
    expect(text(rows[1])).toContain('Not recorded');
    const results = screen.getByRole('table', { name: 'PAYDAY, PAY: 1 of 2 months met' });
    expect(
      within(results)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['MonthMeasuredTargetOutcome', '2026-1223Met', '2027-0143Missed']);
  });

  it('names every bad row of an uploaded file by its line and sends nothing', async () => {
    const mock = renderPage();
    await screen.findByRole('heading', { level: 1 });
    upload('month;driver;quantity\n2026-12;PAYSLIPS;610\n2026-13;PAYSLIPS;1\n2027-01;PAYSLIPS;-4\n');
    expect(await screen.findByText('Line 3: the month must be written YYYY-MM.')).toBeTruthy();
    expect(screen.getByText(/^Line 4: the quantity must be a number/)).toBeTruthy();
    expect(mock.calls.some((call) => call.operation === 'ManagerRecordVolumes')).toBe(false);
  });

  it('sends a clean file as one batch with the version seen, and words the API’s refusals by line', async () => {
    let refuse = true;
    const mock = renderPage({
      ManagerRecordVolumes: () =>
        refuse
          ? graphQLErrors({
              code: 'BAD_USER_INPUT',
              field: 'entries[1].driverCode',
              errors: [{ path: 'entries[1].driverCode', code: 'UNKNOWN_DRIVER', message: 'x' }],
            })
          : { recordVolumes: { id: 'a1', version: 4 } },
    });
    await screen.findByRole('heading', { level: 1 });
    const file = 'month;driver;quantity\r\n2026-12;PAYSLIPS;610\r\n2027-01;INVOICES;12,5\r\n';
    upload(file);
    expect(await screen.findByText("Line 3: the agreement's term has no such volume driver.")).toBeTruthy();
    refuse = false;
    upload(file);
    expect(await screen.findByText('2 rows recorded.')).toBeTruthy();
    const sent = mock.calls.filter((call) => call.operation === 'ManagerRecordVolumes');
    expect(sent.at(-1)?.variables).toEqual({
      agreementId: 'a1',
      expectedVersion: 3,
      entries: [
        { month: '2026-12', driverCode: 'PAYSLIPS', quantity: '610' },
        { month: '2027-01', driverCode: 'INVOICES', quantity: '12.5' },
      ],
    });
  });

  it('terminates only with a reason and a day in range, after confirming, with the version seen', async () => {
    const mock = renderPage({
      ManagerTerminateAgreement: () => graphQLErrors({ code: 'CONFLICT', reason: 'STALE_VERSION' }),
    });
    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Terminate…' }));
    expect(await screen.findByText('Choose the last day.')).toBeTruthy();
    expect(screen.getByText('Write the reason.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Last day'), { target: { value: '2030-01-01' } });
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Bad\u202Ereason' } });
    fireEvent.click(screen.getByRole('button', { name: 'Terminate…' }));
    expect(await screen.findByText(/The last day must lie from today up to/)).toBeTruthy();
    expect(screen.queryByText('Write the reason.')).toBeNull();
    expect(screen.getByText(/This text contains a character that cannot be saved/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Last day'), { target: { value: '2028-06-30' } });
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: ' The agency merged. ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Terminate…' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText('The agreement ends on 30 June 2028. This cannot be undone.'),
    ).toBeTruthy();
    expect(mock.calls.some((call) => call.operation === 'ManagerTerminateAgreement')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Terminate' }));
    expect(await screen.findByText(/Someone else changed the agreement meanwhile/)).toBeTruthy();
    expect(mock.calls.find((call) => call.operation === 'ManagerTerminateAgreement')?.variables).toEqual({
      id: 'a1',
      expectedVersion: 3,
      endDate: '2028-06-30',
      reason: 'The agency merged.',
    });
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('says the agreement was terminated once the centre has ended it', async () => {
    let terminated = false;
    renderPage({
      ManagerAgreement: () => ({
        agreement: terminated
          ? {
              ...agreement(),
              status: 'TERMINATED',
              endDate: '2028-06-30',
              version: 4,
              terminationReason: 'Merged.',
            }
          : agreement(),
      }),
      ManagerTerminateAgreement: () => {
        terminated = true;
        return {
          terminateAgreement: {
            id: 'a1',
            status: 'TERMINATED',
            endDate: '2028-06-30',
            version: 4,
            terminationReason: 'Merged.',
          },
        };
      },
    });
    await screen.findByRole('heading', { level: 1 });
    fireEvent.change(screen.getByLabelText('Last day'), { target: { value: '2028-06-30' } });
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Merged.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Terminate…' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Terminate' }));
    expect(await screen.findByText('The agreement was terminated.')).toBeTruthy();
    expect(await screen.findByText('Terminated: Merged.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Terminate…' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Upload volumes' })).toBeNull();
  });

  it('records a month’s service results by hand: one value per target, with the version seen', async () => {
    const mock = renderPage({
      ManagerRecordServiceResults: () => ({ recordServiceResults: { id: 'a1', version: 4 } }),
    });
    const form = await screen.findByRole('region', { name: 'Record service results' });
    const payday = within(form).getByLabelText('Pay day (PAY)');
    expect(within(form).getByText('Met at 3 or less (Day of the month).')).toBeTruthy();
    expect(within(form).getByText('Met at 99.5 or more (Percent).')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Month'), { target: { value: '2027-01' } });
    fireEvent.change(payday, { target: { value: '2' } });
    fireEvent.change(within(form).getByLabelText('Availability (whole package)'), {
      target: { value: '99.75' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Record service results' }));
    expect(await within(form).findByText('2 results recorded for 2027-01.')).toBeTruthy();
    expect(mock.calls.find((call) => call.operation === 'ManagerRecordServiceResults')?.variables).toEqual({
      agreementId: 'a1',
      expectedVersion: 3,
      entries: [
        { month: '2027-01', metric: 'PAYDAY', serviceCode: 'PAY', value: '2' },
        { month: '2027-01', metric: 'AVAILABILITY', serviceCode: null, value: '99.75' },
      ],
    });
    // The history is read again after the write.
    await waitFor(() =>
      expect(mock.calls.filter((call) => call.operation === 'ManagerAgreementUsage').length).toBe(2),
    );
  });

  it('shows each problem by its field: the month, a value that is no number, nothing entered, the API’s refusals', async () => {
    const mock = renderPage({
      ManagerRecordServiceResults: () =>
        graphQLErrors({
          code: 'BAD_USER_INPUT',
          field: 'entries[0].month',
          errors: [
            { path: 'entries[0].month', code: 'OUTSIDE_AGREEMENT', message: 'x' },
            { path: 'entries[1].metric', code: 'UNKNOWN_TARGET', message: 'x' },
          ],
        }),
    });
    const form = await screen.findByRole('region', { name: 'Record service results' });
    const month = within(form).getByLabelText('Month');
    const send = within(form).getByRole('button', { name: 'Record service results' });
    fireEvent.change(month, { target: { value: '' } });
    fireEvent.click(send);
    expect(await within(form).findByText('Choose the month, written YYYY-MM.')).toBeTruthy();
    expect(within(form).getByText('Enter at least one value.')).toBeTruthy();
    fireEvent.change(month, { target: { value: '2030-01' } });
    const payday = within(form).getByLabelText('Pay day (PAY)');
    fireEvent.change(payday, { target: { value: 'soon' } });
    fireEvent.click(send);
    const notNumber = await within(form).findByText('Enter a number, for example 1200.');
    expect(payday.getAttribute('aria-describedby')).toContain(notNumber.closest('[id]')?.id);
    expect(mock.calls.some((call) => call.operation === 'ManagerRecordServiceResults')).toBe(false);

    fireEvent.change(payday, { target: { value: '2' } });
    fireEvent.change(within(form).getByLabelText('Availability (whole package)'), {
      target: { value: '99' },
    });
    fireEvent.click(send);
    expect(await within(form).findByText('No term of the agreement is in force in this month.')).toBeTruthy();
    const unknown = within(form).getByText('The service level in force that month has no such target.');
    const availability = within(form).getByLabelText('Availability (whole package)');
    expect(availability.getAttribute('aria-describedby')).toContain(unknown.closest('[id]')?.id);
  });

  it('reloads the agreement on a stale version, says so and keeps what was typed', async () => {
    const mock = renderPage({
      ManagerRecordServiceResults: () => graphQLErrors({ code: 'CONFLICT', reason: 'STALE_VERSION' }),
    });
    const form = await screen.findByRole('region', { name: 'Record service results' });
    fireEvent.change(within(form).getByLabelText('Pay day (PAY)'), { target: { value: '4' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record service results' }));
    expect(
      await within(form).findByText(
        /Someone else changed the agreement meanwhile. Nothing was saved; it has been reloaded/,
      ),
    ).toBeTruthy();
    await waitFor(() =>
      expect(mock.calls.filter((call) => call.operation === 'ManagerAgreement').length).toBe(2),
    );
    expect((within(form).getByLabelText('Pay day (PAY)') as HTMLInputElement).value).toBe('4');
  });

  it('records a month’s volumes by hand per driver of the forecast, read with the language’s separators', async () => {
    await act(() => i18next.changeLanguage('da'));
    const mock = renderPage({
      ManagerRecordVolumes: () => ({ recordVolumes: { id: 'a1', version: 4 } }),
    });
    const form = await screen.findByRole('region', { name: 'Registrér en måneds volumener' });
    expect(within(form).queryByLabelText('Incoming invoices')).toBeNull();
    fireEvent.change(within(form).getByLabelText('Måned'), { target: { value: '2027-02' } });
    const payslips = within(form).getByLabelText('Lønsedler');
    fireEvent.change(payslips, { target: { value: '1.234,5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Registrér volumener' }));
    expect(await within(form).findByText(/hele enheder/)).toBeTruthy();
    fireEvent.change(payslips, { target: { value: '1.234' } });
    fireEvent.change(within(form).getByLabelText('Consulting hours'), { target: { value: '12,5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Registrér volumener' }));
    expect(await within(form).findByText('2 volumener registreret for 2027-02.')).toBeTruthy();
    expect(mock.calls.find((call) => call.operation === 'ManagerRecordVolumes')?.variables).toEqual({
      agreementId: 'a1',
      expectedVersion: 3,
      entries: [
        { month: '2027-02', driverCode: 'PAYSLIPS', quantity: '1234' },
        { month: '2027-02', driverCode: 'HOURS', quantity: '12.5' },
      ],
    });
  });
});
