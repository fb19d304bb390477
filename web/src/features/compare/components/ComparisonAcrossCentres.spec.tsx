import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  compileCatalogue,
  priceConfiguration,
  type CatalogueDocument,
  type ConfigurationInput,
} from '@servicekatalog/shared';
import { i18next } from '../../../i18n/i18n';
import { configuratorCatalogueResponse, EXAMPLE_CATALOGUE } from '../../../test/fixtures';
import { lastLocation, mockGraphQL, renderWithApp } from '../../../test/render';
import { Comparison } from './Comparison';

/** The same catalogue at a second centre that prices in euros. */
const FINNISH: CatalogueDocument = {
  ...EXAMPLE_CATALOGUE,
  provider: { code: 'EX-FI', name: 'Esimerkkikeskus', country: 'FI', currency: 'EUR', locale: 'fi' },
};
const DOCUMENTS: Record<string, CatalogueDocument> = { 'EX-DK': EXAMPLE_CATALOGUE, 'EX-FI': FINNISH };
const COMPILED = {
  'EX-DK': compileCatalogue(EXAMPLE_CATALOGUE, 1),
  'EX-FI': compileCatalogue(FINNISH, 1),
} as const;
/** Only DKK → EUR is recorded: EUR → DKK, and anything into ISK, is missing. */
const RATES = [
  {
    id: 'r1',
    from: 'DKK',
    to: 'EUR',
    rate: '0.134',
    date: '2026-01-01',
    source: 'Demo rate — illustrative',
  },
];

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const versions = (code: string) => ({
  code,
  versions: [{ number: 1, status: 'PUBLISHED', validFrom: '2027-01-01', inForce: true, superseded: false }],
});

function renderComparison(search: string) {
  const mock = mockGraphQL({
    CatalogueVersions: () => ({ providers: [versions('EX-DK'), versions('EX-FI')] }),
    CompareCentres: () => ({
      providers: [
        { code: 'EX-DK', name: 'Eksempelcentret' },
        { code: 'EX-FI', name: 'Esimerkkikeskus' },
      ],
    }),
    ConfigurationCatalogue: (variables) =>
      configuratorCatalogueResponse(DOCUMENTS[variables.providerCode as string]),
    ExportCatalogue: (variables) => ({ exportCatalogue: DOCUMENTS[variables.providerCode as string] }),
    CompareConfigurations: (variables) => ({
      compareConfigurations: (variables.inputs as ConfigurationInput[]).map((input) =>
        priceConfiguration(COMPILED[input.providerCode as keyof typeof COMPILED], input),
      ),
    }),
    ExchangeRatesInUse: (variables) => ({
      exchangeRatesInUse: RATES.filter(
        (rate) => (variables.from as string[]).includes(rate.from) && rate.to === variables.to,
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

// A: Eksempelcentret in DKK; B: the same configuration at Esimerkkikeskus, in EUR.
const ACROSS =
  '?config=package%3DBASIS%26volume.PAYSLIPS%3D100&config=centre%3DEX-FI%26package%3DBASIS%26volume.PAYSLIPS%3D100';

describe('Comparison across centres', () => {
  beforeEach(() => act(() => i18next.changeLanguage('en')));
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('prices each centre in its own currency, converts at the named rate, and ranks none', async () => {
    const mock = renderComparison(ACROSS);
    await screen.findByRole('heading', { level: 1, name: 'Compare configurations across centres' });
    await screen.findByText('Esimerkkikeskus, catalogue version 1, prices in EUR');
    // 11,799.00 DKK × 0.134 = 1,581.066 → EUR 1,581.07, rounded once; B is in EUR already.
    await waitFor(() =>
      expect(priceRow('Monthly charges')).toEqual(['DKK 11,799.00≈ EUR 1,581.07', 'EUR 11,799.00']),
    );
    expect(screen.queryByText('Lowest')).toBeNull();
    expect(
      screen.getByText(
        'Not ranked across centres: each centre prices in its own currency by its own catalogue, and the converted figures are indicative. “Lowest” compares configurations of one centre only.',
      ),
    ).toBeTruthy();
    expect(plain(screen.getByText(/^1 DKK = /).textContent)).toBe(
      '1 DKK = 0.134 EUR on 1 January 2026 (Demo rate — illustrative)',
    );
    // The API confirms both centres in one request, each input naming its centre.
    await waitFor(() => {
      const inputs = mock.calls.filter((call) => call.operation === 'CompareConfigurations').at(-1)?.variables
        .inputs as ConfigurationInput[] | undefined;
      expect(inputs?.map((input) => input.providerCode)).toEqual(['EX-DK', 'EX-FI']);
    });
    const rates = mock.calls.find((call) => call.operation === 'ExchangeRatesInUse');
    expect(rates?.variables).toEqual({ from: ['DKK'], to: 'EUR' });
  });

  it('marks "Lowest" among one centre\'s own configurations only, never against another centre', async () => {
    renderComparison(`${ACROSS}&config=package%3DBASIS%26level%3DPLUS%26volume.PAYSLIPS%3D100`);
    await screen.findByRole('heading', { level: 3, name: 'Configuration C' });
    await waitFor(() => expect(priceRow('Monthly charges')[0]).toBe('DKK 11,799.00Lowest≈ EUR 1,581.07'));
    const [, b, c] = priceRow('Monthly charges');
    // B is the other centre's, in EUR: its figure stands alone, whatever the others cost.
    expect(b).toBe('EUR 11,799.00');
    expect(c).toMatch(/^DKK [\d,.]+DKK [\d,.]+ more≈ EUR [\d,.]+$/);
    // One "Lowest" per figure (monthly, first year, contract total, year 1), each A's.
    const lowest = screen.getAllByText('Lowest');
    expect(lowest).toHaveLength(4);
    for (const tag of lowest) expect(tag.closest('td')?.cellIndex).toBe(1);
  });

  it('says so when the address names a centre without a catalogue, and lets it be removed', async () => {
    renderComparison(`${ACROSS}&config=centre%3DNOPE`);
    await screen.findByText('The catalogue of NOPE could not be loaded for configuration C.');
    fireEvent.click(screen.getByRole('button', { name: 'Remove configuration C' }));
    await waitFor(() => expect(lastLocation.current).not.toContain('NOPE'));
    expect(screen.queryByRole('heading', { level: 3, name: 'Configuration C' })).toBeNull();
  });

  it('says a missing rate plainly — never a guessed or zero figure — and keeps the currency in the address', async () => {
    renderComparison(ACROSS);
    const currency = await screen.findByRole('combobox', { name: 'Convert into' });
    fireEvent.change(currency, { target: { value: 'ISK' } });
    await screen.findByText(
      'No exchange rate from DKK to ISK is recorded, so the DKK figures are not converted — no rate is guessed.',
    );
    expect(
      screen.getByText(
        'No exchange rate from EUR to ISK is recorded, so the EUR figures are not converted — no rate is guessed.',
      ),
    ).toBeTruthy();
    expect(priceRow('Monthly charges')).toEqual([
      'DKK 11,799.00No DKK → ISK rate',
      'EUR 11,799.00No EUR → ISK rate',
    ]);
    expect(screen.queryByText(/ISK 0/)).toBeNull();
    await waitFor(() => expect(lastLocation.current).toContain('currency=ISK'));
  });

  it('adds a configuration of another centre, whose package is chosen from that centre', async () => {
    renderComparison('?config=package%3DBASIS%26volume.PAYSLIPS%3D100');
    await screen.findByRole('heading', { level: 1, name: 'Compare configurations from Eksempelcentret' });
    const centre = await screen.findByRole('combobox', { name: 'Centre of the new configuration' });
    expect((centre as HTMLSelectElement).value).toBe('EX-FI');
    fireEvent.click(screen.getByRole('button', { name: 'Add a configuration from this centre' }));
    // While the other centre's catalogue loads, its card says so; then its choices are there.
    await screen.findByText('Loading the catalogue of EX-FI for configuration B…');
    const note = await screen.findByText('Esimerkkikeskus, catalogue version 1, prices in EUR');
    const cardB = within(note.closest('.compare-card') as HTMLElement);
    expect(cardB.getByRole('heading', { level: 3 }).textContent).toBe('Configuration B');
    fireEvent.change(cardB.getByRole('combobox', { name: 'Service package' }), {
      target: { value: 'BASIS' },
    });
    await screen.findByRole('heading', { level: 1, name: 'Compare configurations across centres' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Payslips per month, configuration B' }), {
      target: { value: '100' },
    });
    await waitFor(() =>
      expect(lastLocation.current).toBe(
        '/centres/EX-DK/compare?config=package%3DBASIS%26volume.PAYSLIPS%3D100&config=centre%3DEX-FI%26package%3DBASIS%26volume.PAYSLIPS%3D100',
      ),
    );
    expect(priceRow('Monthly charges')[1]).toBe('EUR 11,799.00');
  });
});
