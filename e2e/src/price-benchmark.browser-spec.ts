import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { pageViolations, wcagViolations } from './support/axe.js';
import { openPage, pageErrors, plain, screenshot } from './support/pages.js';
import { ADMIN, api, apiLogin, openSignedIn } from './support/demo-api.js';

/** DFØ's and SA's names in their demo catalogues. */
const DFO = 'Direktoratet for forvaltning og økonomistyring (DFØ)';
const PALKEET = 'Valtion talous- ja henkilöstöhallinnon palvelukeskus (Palkeet)';
const FJS = 'Fjársýslan';
const DEMO_SOURCE = 'Demo rate — illustrative, not an official exchange rate';

interface CentrePrice {
  providerName: string;
  offered: boolean;
  currency: string;
  total: string | null;
  pricePerPayslip: string | null;
  missingDrivers: string[];
  converted: {
    currency: string;
    total: string;
    pricePerPayslip: string | null;
    rate: { rate: string };
  } | null;
}

/** What the API answers for a profile: the figures the page must show, formatted. */
async function answer(url: string, profile: object, currency: string): Promise<Map<string, CentrePrice>> {
  const { priceBenchmark } = await api<{ priceBenchmark: CentrePrice[] }>(
    url,
    `query ($profile: StandardProfileInput!, $currency: String!) { priceBenchmark(profile: $profile, currency: $currency) {
      providerName offered currency total pricePerPayslip missingDrivers
      converted { currency total pricePerPayslip rate { rate } } } }`,
    { profile, currency },
  );
  return new Map(priceBenchmark.map((centre) => [centre.providerName, centre]));
}

/**
 * An amount as the page writes it: Intl with the currency code (or, for the language's home
 * currency such as the euro in Finnish, its symbol) and the currency's minor digits.
 */
function money(
  locale: string,
  amount: string,
  currency: string,
  currencyDisplay: 'code' | 'symbol' = 'code',
): string {
  const digits = currency === 'ISK' ? 0 : 2;
  return plain(
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(amount as unknown as number),
  );
}

/** The result table's rows as people read them. */
async function resultRows(page: Page, caption: RegExp): Promise<Map<string, string[]>> {
  const table = page.getByRole('table', { name: caption });
  await table.waitFor();
  const rows = await table.locator('tbody tr').all();
  const cells = await Promise.all(
    rows.map(async (row) => (await row.locator('th, td').allTextContents()).map(plain)),
  );
  return new Map(cells.map((row) => [row[0], row]));
}

const SMALL_PAYROLL = {
  kind: 'PAYROLL',
  volumes: [
    { measure: 'PAYSLIP', quantity: '110' },
    { measure: 'EMPLOYEE', quantity: '100' },
    { measure: 'TRAVEL_CLAIM', quantity: '15' },
    { measure: 'REFUND_CLAIM', quantity: '4' },
  ],
};

describe.runIf(browserAvailable())('the price benchmark in the browser', () => {
  const running = useAppInBrowser();

  it('shows every centre’s year-1 price, converted at the named demo rate, and what is not offered (en), with no axe violation', async () => {
    const expected = await answer(running.app.url, SMALL_PAYROLL, 'EUR');
    const page = await openPage(running.browser.context, `${running.app.url}/`);
    await page.getByRole('link', { name: 'Price benchmark' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nordic price benchmark' }).waitFor();
    expect(await pageViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Compare prices' }).click();
    const rows = await resultRows(page, /Year 1 price at each centre, and converted into EUR/);

    const dfo = expected.get(DFO)!;
    expect(dfo.offered).toBe(true);
    const dfoRow = rows.get(`${DFO}Package LONN-BASIS`)!;
    expect(dfoRow.slice(1)).toEqual([
      money('en-GB', dfo.total!, 'NOK'),
      money('en-GB', dfo.pricePerPayslip!, 'NOK'),
      money('en-GB', dfo.converted!.total, 'EUR'),
      money('en-GB', dfo.converted!.pricePerPayslip!, 'EUR'),
      `1 NOK = 0.085106 EUR on 1 January 2026 (${DEMO_SOURCE})`,
    ]);
    // SA's payroll package is also priced per on-account payment, which no standard measure counts.
    const sa = [...rows.entries()].find(([name]) => name.startsWith('Statens Administration'))!;
    expect(sa[1].slice(1)).toEqual([
      "Not offered. The centre's package is priced by volumes the profile does not give: ONACCOUNT_PAYMENTS.",
    ]);
    expect(await page.getByRole('img', { name: /Year 1 price converted into EUR, by centre/ }).count()).toBe(
      1,
    );
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, 'price-benchmark');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('asks yearly volumes as a twelfth and converts into the chosen currency (da), with no axe violation', async () => {
    const monthly = {
      kind: 'PAYROLL',
      volumes: [
        { measure: 'PAYSLIP', quantity: '110' },
        { measure: 'EMPLOYEE', quantity: '100' },
        { measure: 'TRAVEL_CLAIM', quantity: '83' },
        { measure: 'REFUND_CLAIM', quantity: '4' },
      ],
    };
    const expected = await answer(running.app.url, monthly, 'DKK');
    const page = await openPage(running.browser.context, `${running.app.url}/price-benchmark`, 'da');
    await page.getByRole('heading', { level: 1, name: 'Nordisk prissammenligning' }).waitFor();
    await page.getByRole('radio', { name: 'Pr. år' }).check();
    await page.getByRole('textbox', { name: 'Lønsedler' }).fill('1320');
    await page.getByRole('textbox', { name: 'Ansatte', exact: true }).fill('1200');
    await page.getByRole('textbox', { name: 'Rejseafregninger' }).fill('1000');
    await page.getByRole('textbox', { name: 'Refusionskrav for sygdom og barsel' }).fill('48');
    await page.getByRole('combobox', { name: 'Omregn til' }).selectOption('DKK');
    await page.getByRole('button', { name: 'Sammenlign priser' }).click();
    const rows = await resultRows(page, /Pris i år 1 hos hvert center og omregnet til DKK/);
    const dfo = expected.get(DFO)!;
    expect(rows.get(`${DFO}Pakke LONN-BASIS`)?.slice(1, 4)).toEqual([
      money('da-DK', dfo.total!, 'NOK'),
      money('da-DK', dfo.pricePerPayslip!, 'NOK'),
      money('da-DK', dfo.converted!.total, 'DKK'),
    ]);
    expect(await page.getByText('Tilbydes ikke.').count()).toBeGreaterThan(0);
    expect(await wcagViolations(page)).toEqual([]);

    // A number the page cannot read is said at its field, in Danish, and nothing is asked.
    await page.getByRole('textbox', { name: 'Lønsedler' }).fill('mange');
    await page.getByRole('button', { name: 'Sammenlign priser' }).click();
    await page.getByText('Skriv et helt tal, fx 540.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Lønsedler' }).getAttribute('aria-invalid')).toBe('true');
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, 'price-benchmark-da');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('prices Palkeet and Fjársýslan with their named packages (fi), with no axe violation', async () => {
    const expected = await answer(running.app.url, SMALL_PAYROLL, 'EUR');
    const page = await openPage(running.browser.context, `${running.app.url}/price-benchmark`, 'fi');
    await page.getByRole('heading', { level: 1, name: 'Pohjoismainen hintavertailu' }).waitFor();
    await page.getByRole('button', { name: 'Vertaa hintoja' }).click();
    const rows = await resultRows(page, /Vuoden 1 hinta kussakin palvelukeskuksessa ja valuuttaan EUR/);
    // Finnish writes its home currency, the euro, with its symbol; other currencies by code.
    const fi = (amount: string, currency: string) =>
      money('fi-FI', amount, currency, currency === 'EUR' ? 'symbol' : 'code');
    for (const [name, code] of [
      [PALKEET, 'PALKKA'],
      [FJS, 'LAUN'],
    ]) {
      const centre = expected.get(name)!;
      expect([name, centre.offered]).toEqual([name, true]);
      expect(rows.get(`${name}Palvelupaketti ${code}`)?.slice(1, 4)).toEqual([
        fi(centre.total!, centre.currency),
        fi(centre.pricePerPayslip!, centre.currency),
        fi(centre.converted!.total, 'EUR'),
      ]);
    }
    // "1 234,50 €": the euro by its symbol after the figure, a narrow space grouping the thousands.
    expect(fi(expected.get(PALKEET)!.total!, 'EUR')).toMatch(/^\d{1,3}( \d{3})*,\d{2} €$/);
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, 'price-benchmark-fi');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('converts every centre into krónur the Icelandic way ("1.234 kr.") (is), with no axe violation', async () => {
    const expected = await answer(running.app.url, SMALL_PAYROLL, 'ISK');
    const page = await openPage(running.browser.context, `${running.app.url}/price-benchmark`, 'is');
    await page.getByRole('heading', { level: 1, name: 'Norrænn verðsamanburður' }).waitFor();
    await page.getByRole('combobox', { name: 'Umreikna í' }).selectOption('ISK');
    await page.getByRole('button', { name: 'Bera saman verð' }).click();
    const rows = await resultRows(page, /Verð á ári 1 hjá hverri þjónustumiðstöð, og umreiknað í ISK/);
    // Icelandic writes its home currency, the króna, as "kr." with "." grouping; others by code.
    const is = (amount: string, currency: string) =>
      money('is-IS', amount, currency, currency === 'ISK' ? 'symbol' : 'code');
    for (const [name, code] of [
      [FJS, 'LAUN'],
      [PALKEET, 'PALKKA'],
      [DFO, 'LONN-BASIS'],
    ]) {
      const centre = expected.get(name)!;
      expect([name, centre.offered]).toEqual([name, true]);
      expect(rows.get(`${name}Pakki ${code}`)?.slice(1, 4)).toEqual([
        is(centre.total!, centre.currency),
        is(centre.pricePerPayslip!, centre.currency),
        is(centre.converted!.total, 'ISK'),
      ]);
    }
    expect(is(expected.get(FJS)!.total!, 'ISK')).toMatch(/^\d{1,3}(\.\d{3})* kr\.$/);
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, 'price-benchmark-is');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('lets an administrator record an exchange rate, which the list then shows', async () => {
    const admin = await apiLogin(running.app.url, ADMIN);
    const page = await openSignedIn(running.browser, `${running.app.url}/exchange-rates`, admin);
    await page.getByRole('heading', { level: 1, name: 'Exchange rates' }).waitFor();
    await page.getByRole('table', { name: /Recorded exchange rates/ }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByLabel('Date', { exact: true }).fill('2026-12-01');
    await page.getByRole('combobox', { name: 'From currency' }).selectOption('ISK');
    await page.getByRole('combobox', { name: 'To currency' }).selectOption('EUR');
    await page.getByRole('textbox', { name: 'Rate' }).fill('0,0069');
    await page.getByRole('textbox', { name: 'Source' }).fill('Browser test rate');
    await page.getByRole('button', { name: 'Record rate' }).click();
    await page.getByText('The rate was recorded.').waitFor();
    const row = page.getByRole('row', { name: /ISK → EUR/ }).filter({ hasText: 'Browser test rate' });
    expect(plain(await row.textContent())).toContain('0.0069');
    expect(await wcagViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
