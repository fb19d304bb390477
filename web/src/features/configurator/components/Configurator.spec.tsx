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
import { CUSTOMER, signedInAs, signedOut } from '../../../test/session';
import { Configurator } from './Configurator';

const compiled = compileCatalogue(EXAMPLE_CATALOGUE, 1);
const text = (element: Element | null) => element?.textContent?.replace(/[\u00a0\u202f]/g, ' ');

/** The API as the configurator meets it; `priceConfiguration` runs the shared engine like the real API. */
function api(
  overrides: {
    price?: (input: ConfigurationInput) => unknown;
    more?: Parameters<typeof mockGraphQL>[0];
  } = {},
) {
  const price = overrides.price ?? ((input: ConfigurationInput) => priceConfiguration(compiled, input));
  return mockGraphQL({
    CatalogueVersions: () => catalogueVersionsResponse(),
    ConfigurationCatalogue: () => configuratorCatalogueResponse(),
    ExportCatalogue: () => ({ exportCatalogue: EXAMPLE_CATALOGUE }),
    PriceConfiguration: (variables) => ({ priceConfiguration: price(variables.input as ConfigurationInput) }),
    ...overrides.more,
  });
}

function renderConfigurator(search: string, mock = api()) {
  vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
  renderWithApp(<Configurator providerCode="EX-DK" />, {
    path: `/centres/EX-DK/configure${search}`,
    route: '/centres/:code/configure',
  });
  return mock;
}

describe('Configurator', () => {
  beforeEach(() => act(() => i18next.changeLanguage('en')));
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('prices every keystroke in the browser and has the API confirm the same figure', async () => {
    const mock = renderConfigurator('?package=BASIS');
    const payslips = await screen.findByRole('textbox', { name: 'Payslips per month' });
    fireEvent.change(payslips, { target: { value: '1210' } });
    // 9,000 × 0.95 + (1,000 × 38 + 200 × 31.50) × 0.95
    expect(text(document.getElementById('total-monthly'))).toBe('DKK 50,635.00');
    expect(await screen.findByText('Confirmed by the centre’s price service.')).toBeTruthy();
    const priced = mock.calls.filter((call) => call.operation === 'PriceConfiguration').at(-1);
    expect(priced?.variables.input).toMatchObject({
      providerCode: 'EX-DK',
      catalogueVersion: 1,
      servicePackageCode: 'BASIS',
      volumes: [{ driverCode: 'PAYSLIPS', quantity: '1210' }],
    });
  });

  it('shows an issue next to its service and fixes it with one click', async () => {
    renderConfigurator('?services=SCAN');
    await screen.findByRole('checkbox', { name: 'Invoice scanning' });
    const row = within(document.getElementById('service-row-SCAN') as HTMLElement);
    expect(row.getByText('Invoice scanning requires Accounting.')).toBeTruthy();
    // The summary lists it too, as a link to the service.
    expect(
      screen.getByRole('link', { name: 'Invoice scanning requires Accounting.' }).getAttribute('href'),
    ).toBe('#service-row-SCAN');
    fireEvent.click(row.getByRole('button', { name: 'Add Accounting' }));
    expect((screen.getByRole('checkbox', { name: 'Accounting' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText('Invoice scanning requires Accounting.')).toBeNull();
    await waitFor(() => expect(lastLocation.current).toBe('/centres/EX-DK/configure?services=SCAN%2CACC'));
  });

  it('removes an excluded combination with one click', async () => {
    renderConfigurator('?services=ACC,SCAN,OLD-SCAN&volume.INVOICES_IN=50');
    await screen.findByRole('checkbox', { name: 'Paper scanning' });
    const row = within(document.getElementById('service-row-OLD-SCAN') as HTMLElement);
    expect(row.getByText('Paper scanning cannot be combined with Invoice scanning.')).toBeTruthy();
    expect(row.getByText('Paper scanning is being phased out by the centre.')).toBeTruthy();
    fireEvent.click(row.getByRole('button', { name: 'Remove Invoice scanning' }));
    expect((screen.getByRole('checkbox', { name: 'Invoice scanning' }) as HTMLInputElement).checked).toBe(
      false,
    );
    expect(screen.queryByText(/cannot be combined/)).toBeNull();
  });

  it('takes a missing volume to its field', async () => {
    renderConfigurator('?package=BASIS');
    fireEvent.click(await screen.findByRole('button', { name: 'Enter Payslips per month' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Payslips per month' }));
  });

  it('explains a quantity it cannot read at the field, for assistive technology too', async () => {
    renderConfigurator('?package=BASIS');
    const payslips = await screen.findByRole('textbox', { name: 'Payslips per month' });
    fireEvent.change(payslips, { target: { value: '12a' } });
    await waitFor(() => expect(payslips.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (payslips.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => text(document.getElementById(id)));
    expect(describedBy).toContain('Enter a number, for example 1200.');
    fireEvent.change(payslips, { target: { value: '7.5' } });
    expect(
      await screen.findByText('Enter a whole number: Payslips per month are counted in whole units.'),
    ).toBeTruthy();
  });

  it('never says "nothing to fix" while a volume cannot be read: the panel lists it and marks the price incomplete', async () => {
    renderConfigurator('?package=BASIS');
    const payslips = await screen.findByRole('textbox', { name: 'Payslips per month' });
    fireEvent.change(payslips, { target: { value: '1210' } });
    expect(await screen.findByText('Confirmed by the centre’s price service.')).toBeTruthy();
    for (const value of ['abc', '-5', '12.5']) {
      fireEvent.change(payslips, { target: { value } });
      const summary = within(screen.getByRole('complementary', { name: 'Your price' }));
      await waitFor(() => expect(summary.queryByText(/Nothing to fix/)).toBeNull());
      expect(text(document.getElementById('price-incomplete'))).toBe(
        'Incomplete price: it leaves out what depends on Payslips per month until a usable volume is entered.',
      );
      expect(summary.queryByText(/Confirmed by the centre/)).toBeNull();
      const listed = summary.getByRole('link', { name: /^Payslips per month: / });
      expect(listed.getAttribute('href')).toBe('#volume-PAYSLIPS');
    }
  });

  it('says nothing is chosen instead of "nothing to fix" for an empty configuration', async () => {
    renderConfigurator('');
    const summary = within(await screen.findByRole('complementary', { name: 'Your price' }));
    expect(await summary.findByText('Choose a service package or at least one service.')).toBeTruthy();
    expect(summary.queryByText(/Nothing to fix/)).toBeNull();
  });

  it('shows the API’s figure when it differs from the browser’s, and logs the difference', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderConfigurator(
      '?package=BASIS&volume.PAYSLIPS=1210',
      api({
        price: (input) => ({
          ...priceConfiguration(compiled, input),
          totals: { monthly: '50636.00', firstYear: '607632.00', contractTotal: '607632.00' },
        }),
      }),
    );
    await waitFor(() => expect(text(document.getElementById('total-monthly'))).toBe('DKK 50,636.00'));
    expect(screen.getByText('Updated to the figure from the centre’s price service.')).toBeTruthy();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('differs from the API'),
      expect.objectContaining({
        differences: expect.arrayContaining(['totals.monthly: browser 50635.00, API 50636.00']),
      }),
    );
  });

  it('restores a configuration from the address and writes changes back to it', async () => {
    renderConfigurator(
      '?package=BASIS&level=PLUS&years=2&services=CONSULT&volume.PAYSLIPS=20&volume.HOURS=7.5',
    );
    expect(((await screen.findByRole('radio', { name: 'Basic' })) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Plus' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Contract length' }) as HTMLSelectElement).value).toBe('2');
    expect((screen.getByRole('checkbox', { name: 'Consulting' }) as HTMLInputElement).checked).toBe(true);
    expect(
      (screen.getByRole('textbox', { name: 'Consulting hours per year' }) as HTMLInputElement).value,
    ).toBe('7.5');
    expect(screen.getByRole('table', { name: 'Price per contract year' })).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Contract length' }), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Standard' }));
    await waitFor(() =>
      expect(lastLocation.current).toBe(
        '/centres/EX-DK/configure?package=BASIS&services=CONSULT&level=STANDARD&years=3&volume.HOURS=7.5&volume.PAYSLIPS=20',
      ),
    );
  });

  it("shows each service level's targets by category beside its surcharge, saying where none is promised", async () => {
    renderConfigurator('?package=BASIS');
    const plus = await screen.findByRole('radio', { name: 'Plus' });
    const description = (radio: HTMLElement) =>
      (radio.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .replace(/[\u00a0\u202f]/g, ' ');
    const words = description(plus);
    expect(words).toContain('Every service: Enquiries answered within 1 working day');
    expect(words).toContain('Payroll: no target promised');
    expect(words).toContain('Accounting: no target promised');
    expect(description(screen.getByRole('radio', { name: 'Standard' }))).toContain(
      'Every service: Enquiries answered within 2 working days',
    );
  });

  it('marks English names, labels and units with lang="en" on a Norwegian page, also inside sentences', async () => {
    await act(() => i18next.changeLanguage('nb'));
    renderConfigurator('?services=ACC,SCAN,OLD-SCAN&volume.INVOICES_IN=50');
    await screen.findByRole('checkbox', { name: 'Paper scanning' });
    expect(document.documentElement.lang).toBe('nb');
    expect(screen.getAllByText('Basic').map(languageOf)).toEqual(['en']);
    expect(screen.getAllByText('Plus').map(languageOf)).toEqual(['en']);
    expect(languageOf(within(screen.getByRole('group', { name: /Tjenester/ })).getByText('Accounting'))).toBe(
      'en',
    );
    // An issue: a Norwegian sentence with the English names marked inside it.
    const row = within(document.getElementById('service-row-OLD-SCAN') as HTMLElement);
    const sentence = row.getByText(/kan ikke kombineres med/);
    expect(languageOf(sentence)).toBe('nb');
    expect(
      within(sentence)
        .getAllByText(/scanning/)
        .map(languageOf),
    ).toEqual(['en', 'en']);
    const fix = row.getByRole('button', { name: 'Fjern: Invoice scanning' });
    expect(languageOf(within(fix).getByText('Invoice scanning'))).toBe('en');
    // The price lines: service, component label, and the unit inside the explanation.
    const lines = within(screen.getByRole('table', { name: 'Prislinjer' }));
    expect(lines.getAllByText('Accounting').map(languageOf)).toEqual(['en', 'en']);
    expect(languageOf(lines.getByText('Per purchase invoice'))).toBe('en');
    expect(languageOf(lines.getByText('invoice'))).toBe('en');
    expect(languageOf(lines.getByText(/× 42,00/))).toBe('nb');
  });

  it('adds no lang attribute to names in the interface language (a Danish page)', async () => {
    await act(() => i18next.changeLanguage('da'));
    renderConfigurator('?services=ACC,SCAN,OLD-SCAN&volume.INVOICES_IN=50');
    await screen.findByRole('checkbox', { name: 'Paper scanning' });
    for (const text of ['Basis', 'Regnskab', /× 42,00 DKK pr\. enhed \(faktura\)/]) {
      for (const element of screen.getAllByText(text))
        expect(element.closest('[lang]')).toBe(document.documentElement);
    }
    expect(document.body.querySelectorAll('[lang="da"]')).toHaveLength(0);
    // A name the catalogue has in English only is still marked.
    expect(new Set(screen.getAllByText('Invoice scanning').map(languageOf))).toEqual(new Set(['en']));
  });
});

const AGENCY_DEFAULTS = [
  { driverCode: 'PAYSLIPS', quantity: '1210' },
  { driverCode: 'HOURS', quantity: '7.5' },
  // Not a driver of this catalogue version: left out.
  { driverCode: 'TRAVEL_CLAIMS', quantity: '9' },
];

/** The configurator as its page shows it: a customer's new configuration starts with the agency's volumes. */
function renderWithDefaults(
  search: string,
  agency: { providerCode: string } | null = { providerCode: 'EX-DK' },
) {
  const mock = api({
    more: {
      ConfiguratorAgencyDefaults: () => ({
        me: {
          role: 'CUSTOMER',
          agency: agency && {
            id: 'agency-1',
            name: 'Eksempelstyrelsen',
            providerCode: agency.providerCode,
            defaultVolumes: AGENCY_DEFAULTS,
          },
        },
      }),
    },
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
  renderWithApp(<Configurator providerCode="EX-DK" startWithAgencyDefaults />, {
    path: `/centres/EX-DK/configure${search}`,
    route: '/centres/:code/configure',
  });
  return mock;
}

const HINT =
  'The volumes are filled in from the default volumes of Eksempelstyrelsen. Change them as you need.';
const fieldValue = (name: string) => (screen.getByRole('textbox', { name }) as HTMLInputElement).value;

describe('Configurator: the agency’s default volumes', () => {
  beforeEach(() => act(() => i18next.changeLanguage('en')));
  afterEach(() => {
    cleanup();
    signedOut();
    vi.unstubAllGlobals();
  });

  it('starts a customer’s new configuration with the agency’s volumes and says so politely', async () => {
    signedInAs(CUSTOMER);
    const mock = renderWithDefaults('?package=BASIS');
    await screen.findByRole('textbox', { name: 'Payslips per month' });
    const hint = await screen.findByText(HINT);
    expect(hint.closest('[role="status"]')).not.toBeNull();
    expect(fieldValue('Payslips per month')).toBe('1210');
    // Priced with them: 9,000 × 0.95 + (1,000 × 38 + 200 × 31.50) × 0.95
    expect(text(document.getElementById('total-monthly'))).toBe('DKK 50,635.00');
    await waitFor(() =>
      expect(lastLocation.current).toBe(
        '/centres/EX-DK/configure?package=BASIS&volume.HOURS=7.5&volume.PAYSLIPS=1210',
      ),
    );
    // A service counting hours (from the second contract year) shows the agency's hours too.
    fireEvent.change(screen.getByRole('combobox', { name: 'Contract length' }), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Consulting' }));
    expect(fieldValue('Consulting hours per year')).toBe('7.5');
    expect(mock.calls.filter((call) => call.operation === 'ConfiguratorAgencyDefaults')).toHaveLength(1);

    // Once the customer changes a volume, they are no longer the agency's defaults.
    fireEvent.change(screen.getByRole('textbox', { name: 'Payslips per month' }), {
      target: { value: '1300' },
    });
    expect(screen.queryByText(HINT)).toBeNull();
  });

  it('keeps the volumes the address holds: they win over the agency’s', async () => {
    signedInAs(CUSTOMER);
    renderWithDefaults('?package=BASIS&volume.PAYSLIPS=500');
    await screen.findByRole('textbox', { name: 'Payslips per month' });
    expect(fieldValue('Payslips per month')).toBe('500');
    await screen.findByText('Confirmed by the centre’s price service.');
    expect(screen.queryByText(HINT)).toBeNull();
    expect(lastLocation.current).toBe('/centres/EX-DK/configure?package=BASIS&volume.PAYSLIPS=500');
  });

  it('starts with nothing when the agency is served by another centre', async () => {
    signedInAs(CUSTOMER);
    renderWithDefaults('?package=BASIS', { providerCode: 'EX-NO' });
    await screen.findByRole('textbox', { name: 'Payslips per month' });
    expect(fieldValue('Payslips per month')).toBe('');
    expect(screen.queryByText(HINT)).toBeNull();
  });

  it('asks nothing for anonymous visitors and account managers, who start with empty volumes', async () => {
    for (const who of ['anonymous', 'manager'] as const) {
      if (who === 'anonymous') signedOut();
      else signedInAs({ ...CUSTOMER, role: 'ACCOUNT_MANAGER', agency: null, providerCode: 'EX-DK' });
      const mock = renderWithDefaults('?package=BASIS');
      await screen.findByRole('textbox', { name: 'Payslips per month' });
      expect(fieldValue('Payslips per month')).toBe('');
      expect(mock.calls.filter((call) => call.operation === 'ConfiguratorAgencyDefaults')).toEqual([]);
      cleanup();
    }
  });
});
