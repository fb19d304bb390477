import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { graphQLErrors, mockApi, type MockAnswer, type MockCall } from '../../../test/graphql-mock';
import { lastLocation, renderWithApp } from '../../../test/render';
import { signedInAs, signedOut } from '../../../test/session';
import type { SessionUser } from '../../../lib/session';
import { Benchmarks } from './Benchmarks';

const SOURCE = 'DFØ annual reports (årsrapporter): unit costs 2021–2024';
const figure = (
  id: string,
  year: number,
  value: string,
  kpi = 'COST_PER_PAYSLIP',
  providerCode = 'DFO-NO',
) => ({
  id,
  providerCode,
  year,
  kpi,
  value,
  currency: providerCode === 'DFO-NO' ? 'NOK' : 'DKK',
  source: SOURCE,
  version: 1,
});
const FIGURES = [
  figure('f5', 2024, '3.8', 'COST_PER_OUTGOING_INVOICE'),
  figure('f1', 2021, '14'),
  figure('f4', 2024, '11'),
  figure('f6', 2024, '38', 'COST_PER_PAYSLIP', 'SA-DK'),
];
const CENTRES = {
  providers: [
    {
      code: 'DFO-NO',
      name: 'DFØ',
      locale: 'en',
      versions: [{ number: 1, status: 'PUBLISHED', currency: 'NOK', inForce: true }],
    },
    {
      code: 'SA-DK',
      name: 'Statens Administration',
      locale: 'en',
      versions: [{ number: 1, status: 'PUBLISHED', currency: 'DKK', inForce: true }],
    },
  ],
};
const MANAGER: SessionUser = {
  id: 'user-2',
  email: 'manager.dfo-no@demo.servicekatalog.example',
  name: 'Nils',
  role: 'ACCOUNT_MANAGER',
  providerCode: 'DFO-NO',
  agency: null,
  locale: 'nb',
  mustChangePassword: false,
};

type Responder = (variables: Record<string, unknown>, call: MockCall) => MockAnswer;

function serve(extra: Record<string, Responder> = {}) {
  const api = mockApi({
    BenchmarkCentres: () => CENTRES,
    BenchmarkFigures: ({ providerCode, kpi }) => {
      const nodes = FIGURES.filter(
        (item) => (!providerCode || item.providerCode === providerCode) && (!kpi || item.kpi === kpi),
      );
      return {
        benchmarkFigures: {
          totalCount: nodes.length,
          edges: nodes.map((node) => ({ node })),
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      };
    },
    ...extra,
  });
  vi.stubGlobal('fetch', vi.fn(api.fetchMock));
  return api;
}

const calls = (api: ReturnType<typeof serve>, operation: string) =>
  api.calls.filter((call) => call.operation === operation).map((call) => call.variables);

describe('Benchmarks', () => {
  beforeEach(async () => {
    signedOut();
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows each KPI in its own table with caption, header cells, values in the currency and sources', async () => {
    serve();
    renderWithApp(<Benchmarks />, { path: '/benchmarks' });
    const payslips = await screen.findByRole('table', { name: /Cost per payslip/ });
    const headers = within(payslips).getAllByRole('columnheader');
    expect(headers.map((cell) => [cell.textContent, cell.getAttribute('scope')])).toEqual([
      ['Centre', 'col'],
      ['Year', 'col'],
      ['Unit cost', 'col'],
      ['Source', 'col'],
    ]);
    const rows = within(payslips).getAllByRole('row').slice(1);
    const text = (cell: Element) => cell.textContent?.replace(/\u00a0/g, ' ');
    expect(rows.map((row) => Array.from(row.children).map(text))).toEqual([
      ['DFØ', '2021', 'NOK 14.00', SOURCE],
      ['DFØ', '2024', 'NOK 11.00', SOURCE],
      ['Statens Administration', '2024', 'DKK 38.00', SOURCE],
    ]);
    expect(within(rows[0]).getByRole('rowheader').getAttribute('scope')).toBe('row');
    const outgoing = screen.getByRole('table', { name: /Cost per outgoing invoice/ });
    expect(within(outgoing).getByText(/^NOK\s3\.80$/)).toBeTruthy();
    // Anonymous visitors read only: no form, no actions.
    expect(screen.queryByRole('heading', { name: 'Record a figure' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Edit/ })).toBeNull();
  });

  it("marks a centre's name with its language where the page is in another (WCAG 3.1.2)", async () => {
    const norwegian = {
      providers: CENTRES.providers.map((centre) =>
        centre.code === 'DFO-NO' ? { ...centre, locale: 'nb' } : centre,
      ),
    };
    serve({ BenchmarkCentres: () => norwegian });
    renderWithApp(<Benchmarks />, { path: '/benchmarks' });
    const payslips = await screen.findByRole('table', { name: /Cost per payslip/ });
    await waitFor(() =>
      expect(
        within(payslips)
          .getAllByText('DFØ')
          .map((name) => name.getAttribute('lang')),
      ).toEqual(['nb', 'nb']),
    );
    expect(within(payslips).getByText('Statens Administration').getAttribute('lang')).toBeNull();
    const option = screen.getByRole('option', { name: 'DFØ' });
    expect(option.getAttribute('lang')).toBe('nb');
    expect(screen.getByRole('option', { name: 'Statens Administration' }).getAttribute('lang')).toBeNull();
    cleanup();

    await act(() => i18next.changeLanguage('nb'));
    renderWithApp(<Benchmarks />, { path: '/benchmarks' });
    const norwegianTable = await screen.findByRole('table', { name: /Kostnad per lønnsslipp/ });
    await waitFor(() => expect(within(norwegianTable).getAllByText('DFØ')).toHaveLength(2));
    expect(
      within(norwegianTable)
        .getAllByText('DFØ')
        .map((name) => name.getAttribute('lang')),
    ).toEqual([null, null]);
  });

  it('formats values for the interface language', async () => {
    await act(() => i18next.changeLanguage('nb'));
    serve();
    renderWithApp(<Benchmarks />, { path: '/benchmarks' });
    const outgoing = await screen.findByRole('table', { name: /Kostnad per utgående faktura/ });
    expect(within(outgoing).getByText(/^3,80\sNOK$/)).toBeTruthy();
  });

  it('filters by centre and KPI, kept in the address and asked of the API', async () => {
    const api = serve();
    renderWithApp(<Benchmarks />, { path: '/benchmarks?centre=DFO-NO' });
    await screen.findByRole('table', { name: /Cost per payslip/ });
    expect(calls(api, 'BenchmarkFigures')[0]).toMatchObject({ providerCode: 'DFO-NO', kpi: null });
    expect(screen.queryByText('Statens Administration', { selector: 'th' })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Show unit cost' }), {
      target: { value: 'COST_PER_OUTGOING_INVOICE' },
    });
    await waitFor(() =>
      expect(lastLocation.current).toBe('/benchmarks?centre=DFO-NO&kpi=COST_PER_OUTGOING_INVOICE'),
    );
    await waitFor(() => expect(screen.queryByRole('table', { name: /Cost per payslip/ })).toBeNull());
    expect(screen.getByRole('table', { name: /Cost per outgoing invoice/ })).toBeTruthy();
    expect(calls(api, 'BenchmarkFigures').at(-1)).toMatchObject({
      providerCode: 'DFO-NO',
      kpi: 'COST_PER_OUTGOING_INVOICE',
    });
  });

  it('lets an account manager record a figure for the own centre, checking the fields first', async () => {
    signedInAs(MANAGER);
    const api = serve({
      RecordBenchmarkFigure: () => ({ recordBenchmarkFigure: { id: 'new', version: 1 } }),
    });
    renderWithApp(<Benchmarks />, { path: '/benchmarks' });
    expect(await screen.findByRole('heading', { name: 'Record a figure' })).toBeTruthy();
    expect(screen.getByText('Your centre: DFØ')).toBeTruthy();
    expect(screen.getByText('In NOK, e.g. 11 or 3.8 (at most 6 decimals).')).toBeTruthy();
    // Only the own centre's rows can be changed.
    expect(screen.getByRole('button', { name: 'Edit: Cost per payslip, DFØ, 2021' })).toBeTruthy();
    expect(
      screen.queryByRole('button', { name: 'Edit: Cost per payslip, Statens Administration, 2024' }),
    ).toBeNull();

    fireEvent.change(screen.getByRole('textbox', { name: 'Year' }), { target: { value: '1999' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record figure' }));
    const year = screen.getByRole('textbox', { name: 'Year' });
    expect(screen.getByText('Write a year from 2000 to next year, e.g. 2024.')).toBeTruthy();
    expect(year.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Write the cost as a number greater than 0, e.g. 11 or 3.8.')).toBeTruthy();
    expect(screen.getByText('Say where the figure was published.')).toBeTruthy();
    expect(calls(api, 'RecordBenchmarkFigure')).toEqual([]);

    fireEvent.change(year, { target: { value: '2023' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Unit cost' }), {
      target: { value: 'COST_PER_REFUND' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Value' }), { target: { value: '72,5' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Source' }), {
      target: { value: ' Annual report 2023 ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Record figure' }));
    expect(await screen.findByText('The figure has been recorded.')).toBeTruthy();
    // The form starts empty again for the next figure.
    expect((screen.getByRole('textbox', { name: 'Value' }) as HTMLInputElement).value).toBe('');
    expect(calls(api, 'RecordBenchmarkFigure')).toEqual([
      {
        input: {
          providerCode: 'DFO-NO',
          year: 2023,
          kpi: 'COST_PER_REFUND',
          value: '72.5',
          source: 'Annual report 2023',
        },
      },
    ]);
  });

  it("shows the API's refusal of a duplicate at the year field", async () => {
    signedInAs(MANAGER);
    serve({
      RecordBenchmarkFigure: () =>
        graphQLErrors({ code: 'BAD_USER_INPUT', field: 'input.year', reason: 'DUPLICATE' }),
    });
    renderWithApp(<Benchmarks />, { path: '/benchmarks' });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Year' }), { target: { value: '2024' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Value' }), { target: { value: '11' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Source' }), { target: { value: 'Report' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record figure' }));
    const message = await screen.findByText(
      'This centre already has a figure for this unit cost and year. Edit that figure instead.',
    );
    const year = screen.getByRole('textbox', { name: 'Year' });
    expect(year.getAttribute('aria-invalid')).toBe('true');
    expect(year.getAttribute('aria-describedby')).toContain(message.closest('[id]')?.id ?? 'missing');
  });

  it('edits a figure with its version and words a CONFLICT with a way to reload', async () => {
    signedInAs(MANAGER);
    const api = serve({
      UpdateBenchmarkFigure: () => graphQLErrors({ code: 'CONFLICT', reason: 'STALE_VERSION' }),
    });
    renderWithApp(<Benchmarks />, { path: '/benchmarks' });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit: Cost per payslip, DFØ, 2024' }));
    expect(screen.getByRole('heading', { name: 'Edit figure: Cost per payslip, DFØ, 2024' })).toBeTruthy();
    const value = screen.getByRole('textbox', { name: 'Value' }) as HTMLInputElement;
    expect(value.value).toBe('11');
    fireEvent.change(value, { target: { value: '11.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByText(
        'Someone else changed this figure after you opened it, so nothing was saved. Reload the figures and try again.',
      ),
    ).toBeTruthy();
    expect(calls(api, 'UpdateBenchmarkFigure')).toEqual([
      {
        id: 'f4',
        expectedVersion: 1,
        input: { year: 2024, kpi: 'COST_PER_PAYSLIP', value: '11.5', source: SOURCE },
      },
    ]);
    const loads = calls(api, 'BenchmarkFigures').length;
    fireEvent.click(screen.getByRole('button', { name: 'Reload figures' }));
    await waitFor(() => expect(calls(api, 'BenchmarkFigures').length).toBeGreaterThan(loads));
    expect(await screen.findByRole('heading', { name: 'Record a figure' })).toBeTruthy();
  });

  it('asks before deleting, then deletes with the version', async () => {
    signedInAs({ ...MANAGER, role: 'ADMIN', providerCode: null });
    const api = serve({ DeleteBenchmarkFigure: () => ({ deleteBenchmarkFigure: true }) });
    renderWithApp(<Benchmarks />, { path: '/benchmarks' });
    // Administrators may change every centre's figures and choose the centre of a new one.
    fireEvent.click(
      await screen.findByRole('button', { name: 'Delete: Cost per payslip, Statens Administration, 2024' }),
    );
    expect(screen.getByRole('combobox', { name: 'Centre' })).toBeTruthy();
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(
      within(dialog).getByText(
        'The figure of Statens Administration for 2024 (Cost per payslip: DKK 38.00) will be removed for everyone.',
      ),
    ).toBeTruthy();
    expect(calls(api, 'DeleteBenchmarkFigure')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete figure', hidden: true }));
    expect(await screen.findByText('The figure has been deleted.')).toBeTruthy();
    expect(calls(api, 'DeleteBenchmarkFigure')).toEqual([{ id: 'f6', expectedVersion: 1 }]);
  });
});
