import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import type { CatalogueDocument } from '@servicekatalog/shared';
import {
  catalogueBrowserResponse,
  catalogueVersionsResponse,
  EXAMPLE_CATALOGUE,
} from '../../../test/fixtures';
import { languageOf } from '../../../test/language';
import { mockGraphQL, renderWithApp } from '../../../test/render';
import { CUSTOMER, signedInAs, signedOut } from '../../../test/session';
import { CatalogueBrowser } from './CatalogueBrowser';

/** The example catalogue with a second package and standard measures on its payslip and invoice drivers. */
const WITH_MEASURES: CatalogueDocument = {
  ...EXAMPLE_CATALOGUE,
  servicePackages: [
    ...EXAMPLE_CATALOGUE.servicePackages,
    { ...EXAMPLE_CATALOGUE.servicePackages[0], code: 'BASIS-2', name: { da: 'Basis 2', en: 'Basic 2' } },
  ],
  drivers: EXAMPLE_CATALOGUE.drivers.map((driver) =>
    driver.code === 'PAYSLIPS'
      ? { ...driver, standardMeasure: 'PAYSLIP' }
      : driver.code === 'INVOICES_IN'
        ? { ...driver, standardMeasure: 'INVOICE_IN' }
        : driver,
  ),
};

/** The configurations and flags of the catalogue's "compare the packages" link. */
async function compareLink() {
  const link = await screen.findByRole('link', { name: 'Compare the packages side by side' });
  const params = new URL(link.getAttribute('href') ?? '', 'http://localhost').searchParams;
  return { configs: params.getAll('config'), sample: params.get('sample') };
}

const text = (element: Element | null) => element?.textContent?.replace(/[\u00a0\u202f]/g, ' ');

/** The example catalogue (Danish and English texts) with the consulting add-on named in Danish only. */
const WITH_DANISH_ONLY: CatalogueDocument = {
  ...EXAMPLE_CATALOGUE,
  services: EXAMPLE_CATALOGUE.services.map((service) =>
    service.code === 'CONSULT' ? { ...service, name: { da: 'Konsulentbistand' } } : service,
  ),
};

/** `ahead`: the only version is published ahead of its date, so it is opened by its number. */
function renderBrowser(doc?: CatalogueDocument, { ahead = false, agencyProvider = 'EX-DK' } = {}) {
  const mock = mockGraphQL({
    CatalogueVersions: () => catalogueVersionsResponse('EX-DK', !ahead),
    CatalogueBrowser: () => catalogueBrowserResponse(doc),
    ConfiguratorAgencyDefaults: () => ({
      me: {
        role: 'CUSTOMER',
        agency: {
          id: 'agency-1',
          name: 'Eksempelstyrelsen',
          providerCode: agencyProvider,
          defaultVolumes: [
            { driverCode: 'PAYSLIPS', quantity: '850' },
            { driverCode: 'INVOICES_IN', quantity: '1200' },
          ],
        },
      },
    }),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
  renderWithApp(<CatalogueBrowser providerCode="EX-DK" version={ahead ? 1 : null} />);
  return mock;
}

describe('CatalogueBrowser', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the packages with their services, included quantities, discount and who does what', async () => {
    await act(() => i18next.changeLanguage('en'));
    renderBrowser();
    const basic = await screen.findByRole('heading', { level: 3, name: 'Basic' });
    const card = within(basic.closest('.package-card') as HTMLElement);
    expect(card.getByText('5% on the recurring charges of the package’s services')).toBeTruthy();
    const items = within(card.getByRole('list')).getAllByRole('listitem').map(text);
    expect(items).toEqual([
      'Payroll base fee',
      'Payroll administration (Payslips per month: 10 included in the price)',
    ]);
    expect(card.getByText('Consulting')).toBeTruthy();
    fireEvent.click(card.getByText('Who does what'));
    const labour = card.getByRole('table', { name: 'Division of labour in Basic' });
    const rows = within(labour)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['Run payroll', 'Payroll base fee', 'The centre'],
      ['Register permanent pay changes', 'Payroll administration', 'Your agency'],
    ]);
    expect(card.getByRole('link', { name: 'Configure Basic' }).getAttribute('href')).toBe(
      '/centres/EX-DK/configure?package=BASIS',
    );
  });

  it('groups services by category and explains every price component in words', async () => {
    await act(() => i18next.changeLanguage('en'));
    renderBrowser();
    expect(await screen.findByRole('heading', { level: 3, name: 'Payroll' })).toBeTruthy();
    const run = within(
      screen.getByRole('heading', { name: 'Payroll administration' }).closest('.service-card') as HTMLElement,
    );
    expect(text(run.getByText(/per payslip per month/).closest('li'))).toBe(
      'Per payslip: DKK 38.00 per payslip per month up to 1,000; above 1,000: DKK 31.50; minimum charge DKK 500.00 per month',
    );
    expect(run.getByText('Requires Payroll base fee.')).toBeTruthy();
    expect(run.getByText('Payslips per month: at least 1.')).toBeTruthy();
    const old = within(
      screen.getByRole('heading', { name: 'Paper scanning' }).closest('.service-card') as HTMLElement,
    );
    expect(old.getByText('Being phased out')).toBeTruthy();
    expect(old.getByText('Add-on')).toBeTruthy();
    expect(old.getByText('Cannot be combined with Invoice scanning.')).toBeTruthy();
    expect(screen.getAllByText('All prices exclude VAT.').length).toBeGreaterThan(0);
  });

  it("starts the packages' comparison at a stated sample for a visitor, never at no volumes", async () => {
    await act(() => i18next.changeLanguage('en'));
    signedOut();
    renderBrowser(WITH_MEASURES);
    const { configs, sample } = await compareLink();
    expect(sample).toBe('1');
    expect(configs.length).toBeGreaterThan(1);
    // The medium agency's monthly payslips and incoming invoices; no sample for consulting hours.
    for (const config of configs) expect(config).toMatch(/volume\.INVOICES_IN=250&volume\.PAYSLIPS=540$/);
  });

  it("starts the packages' comparison at the signed-in customer's agency's default volumes", async () => {
    await act(() => i18next.changeLanguage('en'));
    signedInAs(CUSTOMER);
    renderBrowser(WITH_MEASURES);
    await waitFor(async () => expect((await compareLink()).sample).toBeNull());
    const { configs } = await compareLink();
    for (const config of configs) expect(config).toMatch(/volume\.INVOICES_IN=1200&volume\.PAYSLIPS=850$/);
    signedOut();
  });

  it('uses the sample for a customer whose agency another centre serves', async () => {
    await act(() => i18next.changeLanguage('en'));
    signedInAs(CUSTOMER);
    const mock = renderBrowser(WITH_MEASURES, { agencyProvider: 'SA-NO' });
    await waitFor(() =>
      expect(mock.calls.some((call) => call.operation === 'ConfiguratorAgencyDefaults')).toBe(true),
    );
    expect((await compareLink()).sample).toBe('1');
    signedOut();
  });

  it('sets the service levels side by side with their targets', async () => {
    await act(() => i18next.changeLanguage('en'));
    renderBrowser();
    const table = await screen.findByRole('table', { name: 'Service levels: surcharge and targets' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => text(row));
    // Targets by the category they are promised for; a category no target concerns says so.
    expect(rows).toEqual([
      'TargetStandardPlus',
      'Surcharge on recurring charges0%10%',
      'Every service',
      'Enquiries answered within2 working days1 working day',
      'Payroll',
      'No target is promised for these services.',
      'Accounting',
      'No target is promised for these services.',
    ]);
  });

  it("puts a service's target under the service's category", async () => {
    await act(() => i18next.changeLanguage('en'));
    renderBrowser({
      ...EXAMPLE_CATALOGUE,
      serviceLevels: EXAMPLE_CATALOGUE.serviceLevels.map((level) =>
        level.code === 'PLUS'
          ? {
              ...level,
              targets: [
                ...(level.targets ?? []),
                {
                  metric: 'PAYROLL_DATA',
                  name: { en: 'Payroll data delivered before payday' },
                  value: '3',
                  unit: 'WORKING_DAYS',
                  service: 'PAY-RUN',
                },
              ],
            }
          : level,
      ),
    });
    const table = await screen.findByRole('table', { name: 'Service levels: surcharge and targets' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => text(row));
    expect(rows.slice(4, 7)).toEqual([
      'Payroll',
      'Payroll data delivered before payday (for Payroll administration)Not promised3 working days',
      'Accounting',
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Payroll' }).getAttribute('scope')).toBe('rowgroup');
  });

  it('asks for the catalogue in the interface language and words it in Danish', async () => {
    await act(() => i18next.changeLanguage('da'));
    const mock = renderBrowser(undefined, { ahead: true });
    expect(await screen.findByRole('heading', { level: 2, name: 'Servicepakker' })).toBeTruthy();
    expect(mock.calls.find((call) => call.operation === 'CatalogueBrowser')?.headers['accept-language']).toBe(
      'da, en;q=0.5',
    );
    expect(text(screen.getByText(/Træder i kraft/))).toBe('Træder i kraft 1. januar 2027');
    expect(screen.getAllByRole('listitem').map(text)).toContain('Grundgebyr: 9.000,00 DKK pr. måned');
  });

  it('marks the English texts of a Danish–English catalogue with lang="en" on a Norwegian page', async () => {
    await act(() => i18next.changeLanguage('nb'));
    renderBrowser(WITH_DANISH_ONLY);
    const basic = await screen.findByRole('heading', { level: 3, name: 'Basic' });
    expect(document.documentElement.lang).toBe('nb');
    expect(languageOf(within(basic).getByText('Basic'))).toBe('en');
    const card = within(basic.closest('.package-card') as HTMLElement);
    // In the list of services and in the division of labour.
    expect(card.getAllByText('Payroll base fee').map(languageOf)).toEqual(['en', 'en']);
    expect(languageOf(card.getByText('Payslips per month'))).toBe('en');
    expect(languageOf(card.getByText('Payroll only.'))).toBe('en');
    // The sentence around a name stays Norwegian.
    expect(languageOf(card.getByText(/er med i prisen/))).toBe('nb');
    // A name the catalogue has in Danish only is marked Danish.
    expect(languageOf(card.getByText('Konsulentbistand'))).toBe('da');
    const run = within(
      screen.getByRole('heading', { name: 'Payroll administration' }).closest('.service-card') as HTMLElement,
    );
    expect(languageOf(run.getByText('Per payslip'))).toBe('en');
    expect(languageOf(run.getByText('payslip'))).toBe('en');
    const category = screen.getByRole('heading', { level: 3, name: 'Payroll' });
    expect(languageOf(within(category).getByText('Payroll'))).toBe('en');
    const level = screen.getByRole('columnheader', { name: 'Plus' });
    expect(languageOf(within(level).getByText('Plus'))).toBe('en');
  });

  it('adds no lang attribute to texts in the interface language (a Danish page)', async () => {
    await act(() => i18next.changeLanguage('da'));
    renderBrowser(WITH_DANISH_ONLY);
    const basis = await screen.findByRole('heading', { level: 3, name: 'Basis' });
    const card = within(basis.closest('.package-card') as HTMLElement);
    // On a Danish page the driver's Danish name is plain text within its sentence.
    for (const text of ['Grundgebyr løn', /Lønsedler pr\. måned/, 'Konsulentbistand']) {
      for (const element of card.getAllByText(text))
        expect(element.closest('[lang]')).toBe(document.documentElement);
    }
    expect(document.body.querySelectorAll('[lang="da"]')).toHaveLength(0);
    // Texts the catalogue has in English only are still marked.
    expect(languageOf(card.getByText('Payroll only.'))).toBe('en');
  });
  it('links to the catalogue in the open standards, with link texts that say what each gives', async () => {
    await act(() => i18next.changeLanguage('en'));
    renderBrowser();
    const section = within(
      (await screen.findByRole('heading', { level: 2, name: 'For integrators' })).closest(
        'section',
      ) as HTMLElement,
    );
    const cpsv = section.getByRole('link', {
      name: 'Version 1 as public service descriptions (CPSV-AP 3.2, JSON-LD)',
    });
    expect(cpsv.getAttribute('href')).toBe('/standards/cpsv-ap/EX-DK?version=1');
    const tmf = section.getByRole('link', {
      name: 'The version in force today as a product catalogue (TM Forum TMF620 v5, JSON)',
    });
    expect(tmf.getAttribute('href')).toBe('/tmf-api/productCatalogManagement/v5/productCatalog/EX-DK');
    await act(() => i18next.changeLanguage('sv'));
    expect(await screen.findByRole('heading', { level: 2, name: 'För integratörer' })).toBeTruthy();
    await act(() => i18next.changeLanguage('en'));
  });

  it('tells a customer of new prices published ahead, with a link to browse them, but not on that version itself', async () => {
    await act(() => i18next.changeLanguage('en'));
    const versions = catalogueVersionsResponse('EX-DK');
    const current = versions.providers[0].versions[0];
    versions.providers[0].versions = [
      { ...current, number: 2, validFrom: '2027-09-01', inForce: false },
      current,
    ];
    const mock = mockGraphQL({
      CatalogueVersions: () => versions,
      CatalogueBrowser: () => catalogueBrowserResponse(),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    const { unmount } = renderWithApp(<CatalogueBrowser providerCode="EX-DK" version={null} />);
    expect(await screen.findByText('New prices from 1 September 2027')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Browse version 2' }).getAttribute('href')).toBe(
      '/centres/EX-DK?version=2',
    );
    unmount();
    renderWithApp(<CatalogueBrowser providerCode="EX-DK" version={2} />);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/New prices from/)).toBeNull();
  });
});
