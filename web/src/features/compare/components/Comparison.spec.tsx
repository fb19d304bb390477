import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { compileCatalogue, priceConfiguration, type ConfigurationInput } from '@servicekatalog/shared';
import { i18next } from '../../../i18n/i18n';
import {
  catalogueVersionsResponse,
  configuratorCatalogueResponse,
  EXAMPLE_CATALOGUE,
} from '../../../test/fixtures';
import { languageOf } from '../../../test/language';
import { lastLocation, mockGraphQL, renderWithApp } from '../../../test/render';
import { Comparison } from './Comparison';

const compiled = compileCatalogue(EXAMPLE_CATALOGUE, 1);
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function renderComparison(search: string) {
  const mock = mockGraphQL({
    CatalogueVersions: () => catalogueVersionsResponse(),
    ConfigurationCatalogue: () => configuratorCatalogueResponse(),
    ExportCatalogue: () => ({ exportCatalogue: EXAMPLE_CATALOGUE }),
    CompareConfigurations: (variables) => ({
      compareConfigurations: (variables.inputs as ConfigurationInput[]).map((input) =>
        priceConfiguration(compiled, input),
      ),
    }),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
  renderWithApp(<Comparison providerCode="EX-DK" />, {
    path: `/centres/EX-DK/compare${search}`,
    route: '/centres/:code/compare',
  });
  return mock;
}

/** The cells of a row of the prices table, as text. */
function priceRow(label: string): string[] {
  const table = screen.getByRole('table', { name: 'Prices per configuration, excluding VAT' });
  const row = within(table).getByRole('rowheader', { name: label }).closest('tr') as HTMLElement;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => plain(cell.textContent));
}

const TWO = '?config=package%3DBASIS%26volume.PAYSLIPS%3D100&config=package%3DBASIS%26volume.PAYSLIPS%3D1210';

describe('Comparison', () => {
  beforeEach(() => act(() => i18next.changeLanguage('en')));
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('sets what-if volumes side by side without calling either "Lowest" (DESIGN: only the same volumes rank)', async () => {
    const mock = renderComparison(TWO);
    await screen.findByRole('heading', { level: 3, name: 'Configuration B' });
    // A: 9,000 × 0.95 + (100 − 10) × 38 × 0.95; B: 9,000 × 0.95 + (1,000 × 38 + 200 × 31.50) × 0.95
    expect(priceRow('Monthly charges')).toEqual(['DKK 11,799.00', 'DKK 50,635.00']);
    expect(screen.getByText('Not ranked: the configurations are priced for different volumes.')).toBeTruthy();
    expect(await screen.findByText(/Confirmed by the centre’s price service\./)).toBeTruthy();
    const compared = mock.calls.filter((call) => call.operation === 'CompareConfigurations').at(-1);
    expect((compared?.variables.inputs as unknown[]).length).toBe(2);
  });

  it('marks the lowest figure and how much more the others cost among configurations for the same volumes', async () => {
    renderComparison(
      '?config=package%3DBASIS%26volume.PAYSLIPS%3D1210&config=package%3DBASIS%26level%3DPLUS%26volume.PAYSLIPS%3D1210',
    );
    await screen.findByRole('heading', { level: 3, name: 'Configuration B' });
    const [a, b] = priceRow('Monthly charges');
    expect(a).toBe('DKK 50,635.00Lowest');
    expect(b).toMatch(/^DKK [\d,.]+DKK [\d,.]+ more$/);
    expect(screen.queryByText(/^Not ranked/)).toBeNull();
  });

  it('changes a what-if volume in one column, marks it and keeps the comparison in the address', async () => {
    renderComparison(TWO);
    const cell = await screen.findByRole('textbox', { name: 'Payslips per month, configuration B' });
    expect(screen.getByText('Differs from A')).toBeTruthy();
    fireEvent.change(cell, { target: { value: '100' } });
    expect(screen.queryByText('Differs from A')).toBeNull();
    expect(priceRow('Monthly charges')).toEqual(['DKK 11,799.00', 'DKK 11,799.00']);
    fireEvent.change(cell, { target: { value: '12a' } });
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a number, for example 1200.')).toBeTruthy();
    fireEvent.change(cell, { target: { value: '20' } });
    await waitFor(() =>
      expect(lastLocation.current).toBe(
        `/centres/EX-DK/compare?config=package%3DBASIS%26volume.PAYSLIPS%3D100&config=package%3DBASIS%26volume.PAYSLIPS%3D20`,
      ),
    );
  });

  it('says the volumes are a sample to change when the catalogue started it with one, until one is changed', async () => {
    renderComparison(`${TWO}&sample=1`);
    const cell = await screen.findByRole('textbox', { name: 'Payslips per month, configuration B' });
    const note =
      'The volumes below are a sample for a medium-sized agency (about 500 employees), not yours. Change them to your own to compare what you would pay.';
    expect(screen.getByText(note)).toBeTruthy();
    fireEvent.change(cell, { target: { value: '100' } });
    expect(screen.queryByText(note)).toBeNull();
    await waitFor(() => expect(lastLocation.current).not.toContain('sample'));
  });

  it('says nothing of a sample for volumes that were not one', async () => {
    renderComparison(TWO);
    await screen.findByRole('textbox', { name: 'Payslips per month, configuration B' });
    expect(screen.queryByText(/are a sample/)).toBeNull();
  });

  it('adds copies up to four configurations, and removes them', async () => {
    renderComparison(TWO);
    const add = await screen.findByRole('button', { name: 'Add a configuration (copy of B)' });
    fireEvent.click(add);
    fireEvent.click(screen.getByRole('button', { name: 'Add a configuration (copy of C)' }));
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Configuration A',
      'Configuration B',
      'Configuration C',
      'Configuration D',
    ]);
    expect(
      (screen.getByRole('button', { name: 'Add a configuration (copy of D)' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(screen.getByText('You can compare at most 4 configurations.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove configuration A' }));
    expect(priceRow('Monthly charges')).toEqual(['DKK 50,635.00', 'DKK 50,635.00', 'DKK 50,635.00']);
  });

  it('changes a package and the contract length per configuration', async () => {
    renderComparison(TWO);
    const cardB = within(
      (await screen.findByRole('heading', { level: 3, name: 'Configuration B' })).closest(
        '.compare-card',
      ) as HTMLElement,
    );
    fireEvent.change(cardB.getByRole('combobox', { name: 'Contract length' }), { target: { value: '3' } });
    expect(priceRow('Year 3')).toEqual(['–', expect.stringMatching(/^DKK /)]);
    fireEvent.change(cardB.getByRole('combobox', { name: 'Service package' }), { target: { value: '' } });
    expect(
      cardB.getByRole('link', { name: 'Open configuration B in the configurator' }).getAttribute('href'),
    ).toBe('/centres/EX-DK/configure?years=3&volume.PAYSLIPS=1210');
  });

  it('marks English names with lang="en" on a Norwegian page, on the options themselves', async () => {
    await act(() => i18next.changeLanguage('nb'));
    renderComparison(TWO);
    const card = within(
      (await screen.findByRole('heading', { level: 3, name: 'Konfigurasjon A' })).closest(
        '.compare-card',
      ) as HTMLElement,
    );
    const option = card.getByRole('option', { name: 'Basic' });
    expect(option.getAttribute('lang')).toBe('en');
    expect(card.getByRole('option', { name: 'Plus' }).getAttribute('lang')).toBe('en');
    const volumes = within(screen.getByRole('table', { name: /volum/i }));
    expect(languageOf(volumes.getByText('Payslips per month'))).toBe('en');
    expect(languageOf(volumes.getByText('payslip'))).toBe('en');
    const prices = within(screen.getByRole('table', { name: /priser/i }));
    expect(prices.getAllByText('Basic').map(languageOf)).toEqual(['en', 'en']);
  });

  it('adds no lang attribute to names in the interface language (a Danish page)', async () => {
    await act(() => i18next.changeLanguage('da'));
    renderComparison(TWO);
    await screen.findByRole('heading', { level: 3, name: 'Konfiguration B' });
    for (const option of screen.getAllByRole('option', { name: 'Basis' }))
      expect(option.hasAttribute('lang')).toBe(false);
    expect(screen.getByText('Lønsedler pr. måned').closest('[lang]')).toBe(document.documentElement);
    expect(document.body.querySelectorAll('[lang]')).toHaveLength(0);
  });

  it('gives each configuration a start date, kept in the address, and ranks only the same start', async () => {
    const same =
      '?config=package%3DBASIS%26volume.PAYSLIPS%3D600&config=package%3DBASIS%26volume.PAYSLIPS%3D600';
    const mock = renderComparison(same);
    await screen.findByRole('heading', { level: 3, name: 'Configuration B' });
    const cardB = within(
      screen
        .getByRole('heading', { level: 3, name: 'Configuration B' })
        .closest('.compare-card') as HTMLElement,
    );
    const start = cardB.getByLabelText('Contract start', { exact: false });
    fireEvent.change(start, { target: { value: '2027-03-01' } });
    expect(await screen.findByText('Not ranked: the configurations start on different dates.')).toBeTruthy();
    await waitFor(() => expect(plain(lastLocation.current)).toContain('start%3D2027-03-01'));
    await waitFor(() => {
      const inputs = mock.calls.filter((call) => call.operation === 'CompareConfigurations').at(-1)?.variables
        .inputs as ConfigurationInput[];
      expect(inputs.map((input) => input.startDate ?? null)).toEqual([null, '2027-03-01']);
    });
  });
});
