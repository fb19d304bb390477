import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { wcagViolations } from './support/axe.js';
import { openPage, pageErrors, plain, screenshot } from './support/pages.js';
import { ADMIN, api, apiLogin } from './support/demo-api.js';
import type { ConfigurationInput, Totals } from './support/pricing.js';

/** DESIGN "Centres side by side": SA-DK in DKK, DFØ in NOK and Palkeet in EUR, compared on one page. */
const PALKEET = 'Valtion talous- ja henkilöstöhallinnon palvelukeskus (Palkeet)';
const DFO = 'Direktoratet for forvaltning og økonomistyring (DFØ)';
const DEMO_SOURCE = 'Demo rate — illustrative, not an official exchange rate';
const PRICES = /Prices per configuration|Hinnat kokoonpanoittain|Verð eftir samsetningu/;

interface Quote {
  currency: string;
  totals: Totals;
}

interface Rate {
  from: string;
  to: string;
  rate: string;
  date: string | null;
  source: string | null;
}

/** The configurations the page's address holds, as API inputs (the page's own centre: SA-DK). */
function inputsOf(url: string): ConfigurationInput[] {
  return new URL(url).searchParams.getAll('config').map((text) => {
    const params = new URLSearchParams(text);
    const volumes = [...params]
      .filter(([name]) => name.startsWith('volume.'))
      .map(([name, quantity]) => ({ driverCode: name.slice('volume.'.length), quantity }));
    return {
      providerCode: params.get('centre') ?? 'SA-DK',
      servicePackageCode: params.get('package'),
      volumes,
      contractYears: Number(params.get('years') ?? '1'),
    };
  });
}

async function apiCompare(url: string, inputs: ConfigurationInput[]): Promise<Quote[]> {
  const { compareConfigurations } = await api<{ compareConfigurations: Quote[] }>(
    url,
    'query ($inputs: [ConfigurationInput!]!) { compareConfigurations(inputs: $inputs) { currency totals { monthly firstYear contractTotal } } }',
    { inputs },
  );
  return compareConfigurations;
}

async function ratesInUse(url: string, from: string[], to: string): Promise<Rate[]> {
  const { exchangeRatesInUse } = await api<{ exchangeRatesInUse: Rate[] }>(
    url,
    'query ($from: [String!]!, $to: String!) { exchangeRatesInUse(from: $from, to: $to) { from to rate date source } }',
    { from, to },
  );
  return exchangeRatesInUse;
}

const digitsOf = (currency: string) => (currency === 'ISK' ? 0 : 2);

/** amount × rate, exact (bigint), rounded half up once to the target's minor unit — the rule under test. */
function convert(amount: string, rate: string, digits: number): string {
  const [ai, af = ''] = amount.split('.');
  const [ri, rf = ''] = rate.split('.');
  const shift = af.length + rf.length - digits;
  let units = BigInt(ai + af) * BigInt(ri + rf);
  if (shift > 0) units = (units + 10n ** BigInt(shift) / 2n) / 10n ** BigInt(shift);
  else units *= 10n ** BigInt(-shift);
  const text = units.toString().padStart(digits + 1, '0');
  return digits ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
}

/** An amount as the page writes it in a locale: the language's home currency by symbol, others by code. */
function money(locale: string, amount: string, currency: string, home: string | null = null): string {
  const digits = digitsOf(currency);
  return plain(
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: currency === home ? 'symbol' : 'code',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(amount as unknown as number),
  );
}

/** The cells of one row of the prices table, as people read them. */
async function row(page: Page, label: string): Promise<string[]> {
  const table = page.getByRole('table', { name: PRICES });
  const cells = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
    .locator('td');
  return (await cells.allTextContents()).map(plain);
}

/** What the monthly row must say: each figure in its own currency, and converted at the named rate. */
async function expectedMonthly(
  url: string,
  pageUrl: string,
  target: string,
  locale: string,
  home: string | null,
): Promise<string[]> {
  const quotes = await apiCompare(url, inputsOf(pageUrl));
  const rates = await ratesInUse(url, [...new Set(quotes.map((q) => q.currency))], target);
  return quotes.map((quote) => {
    const own = money(locale, quote.totals.monthly, quote.currency, home);
    if (quote.currency === target) return own;
    const rate = rates.find((r) => r.from === quote.currency);
    if (!rate) throw new Error(`no demo rate ${quote.currency} → ${target}`);
    return `${own}≈ ${money(locale, convert(quote.totals.monthly, rate.rate, digitsOf(target)), target, home)}`;
  });
}

/** Picks a centre, adds a configuration of it, and chooses its package in its card. */
async function addFromCentre(page: Page, centre: string, letter: string, packageCode: string) {
  await page
    .getByRole('combobox', { name: 'Centre of the new configuration' })
    .selectOption({ label: centre });
  await page.getByRole('button', { name: 'Add a configuration from this centre' }).click();
  const card = page
    .locator('.compare-card')
    .filter({ has: page.getByRole('heading', { level: 3, name: `Configuration ${letter}` }) })
    .filter({ has: page.getByRole('combobox', { name: 'Service package' }) });
  await card.waitFor();
  await card.getByRole('combobox', { name: 'Service package' }).selectOption(packageCode);
}

describe.runIf(browserAvailable())('comparing across centres in the browser', () => {
  const running = useAppInBrowser();
  let shared = '';

  it('adds DFØ and Palkeet to an SA comparison: each in its own currency, converted into EUR at the named demo rate, never ranked', async () => {
    const url = running.app.url;
    const page = await openPage(running.browser.context, `${url}/centres/SA-DK/compare?config=package%3DLON`);
    await page
      .getByRole('heading', { level: 1, name: 'Compare configurations from Statens Administration' })
      .waitFor();
    await addFromCentre(page, DFO, 'B', 'LONN-BASIS');
    await addFromCentre(page, PALKEET, 'C', 'PALKKA');
    await page.getByRole('heading', { level: 1, name: 'Compare configurations across centres' }).waitFor();
    await page.getByText(`${PALKEET}, catalogue version 1, prices in EUR`).waitFor();
    for (const field of await page.getByRole('textbox', { name: /, configuration [A-C]$/ }).all())
      await field.fill('120');
    await page.getByText('Confirmed by the centre’s price service.').waitFor({ timeout: 10_000 });
    await expect.poll(() => page.url()).toContain('centre%3DPALKEET-FI%26package%3DPALKKA');

    const expected = await expectedMonthly(url, page.url(), 'EUR', 'en-GB', null);
    await expect.poll(() => row(page, 'Monthly charges'), { timeout: 10_000 }).toEqual(expected);
    expect(expected[0]).toMatch(/^DKK [\d,.]+≈ EUR [\d,.]+$/);
    expect(expected[2]).toMatch(/^EUR [\d,.]+$/);
    // Different centres: no "Lowest", and the page says why.
    expect(await page.getByRole('table', { name: PRICES }).getByText('Lowest').count()).toBe(0);
    await page.getByText(/^Not ranked across centres: /).waitFor();
    for (const from of ['DKK', 'NOK']) {
      const [rate] = await ratesInUse(url, [from], 'EUR');
      await page.getByText(`1 ${from} = ${rate.rate} EUR on 1 January 2026 (${DEMO_SOURCE})`).waitFor();
    }
    expect(await page.getByRole('img', { name: /Bar chart of the total cost/ }).count()).toBe(1);
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, 'compare-centres');

    // The address holds the whole comparison: opened afresh it shows the same figures.
    shared = page.url();
    const again = await openPage(running.browser.context, shared);
    await again.getByText('Confirmed by the centre’s price service.').waitFor({ timeout: 10_000 });
    expect(await row(again, 'Monthly charges')).toEqual(expected);
    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(again)).toEqual([]);
    await again.close();
    await page.close();
  });

  it('shows the comparison in Finnish, euros the Finnish way ("1 234,50 €"), with no axe violation', async () => {
    const url = running.app.url;
    const page = await openPage(running.browser.context, shared, 'fi');
    await page
      .getByRole('heading', { level: 1, name: 'Vertaa kokoonpanoja palvelukeskusten välillä' })
      .waitFor();
    await page
      .getByText(/Palvelukeskuksen hintapalvelu on vahvistanut hinnan\./)
      .waitFor({ timeout: 10_000 });
    const expected = await expectedMonthly(url, shared, 'EUR', 'fi-FI', 'EUR');
    await expect.poll(() => row(page, 'Kuukausimaksut'), { timeout: 10_000 }).toEqual(expected);
    expect(expected[2]).toMatch(/^\d{1,3}( \d{3})*,\d{2} €$/);
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, 'compare-centres-fi');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('converts into krónur in Icelandic ("1.234 kr."), naming the rate, with no axe violation', async () => {
    const url = running.app.url;
    const address = `${shared}&currency=ISK`;
    const page = await openPage(running.browser.context, address, 'is');
    await page.getByRole('heading', { level: 1, name: 'Bera saman samsetningar milli miðstöðva' }).waitFor();
    await page.getByText(/Staðfest af verðþjónustu þjónustumiðstöðvarinnar\./).waitFor({ timeout: 10_000 });
    const expected = await expectedMonthly(url, address, 'ISK', 'is-IS', 'ISK');
    await expect.poll(() => row(page, 'Mánaðargjöld'), { timeout: 10_000 }).toEqual(expected);
    expect(expected[0]).toMatch(/≈ \d{1,3}(\.\d{3})* kr\.$/);
    const [rate] = await ratesInUse(url, ['EUR'], 'ISK');
    await page.getByText(new RegExp(`^1 EUR = ${rate.rate} ISK `)).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, 'compare-centres-is');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('says a missing rate plainly — no guessed or zero figure — once an administrator deletes it', async () => {
    const url = running.app.url;
    const admin = await apiLogin(url, ADMIN);
    const { exchangeRates } = await api<{
      exchangeRates: { edges: Array<{ node: { id: string; version: number } }> };
    }>(url, 'query { exchangeRates(from: "DKK", to: "EUR") { edges { node { id version } } } }');
    for (const { node } of exchangeRates.edges)
      await api(
        url,
        'mutation ($id: ID!, $expectedVersion: Int!) { deleteExchangeRate(id: $id, expectedVersion: $expectedVersion) }',
        { id: node.id, expectedVersion: node.version },
        admin.token,
      );
    const page = await openPage(running.browser.context, shared);
    await page
      .getByText(
        'No exchange rate from DKK to EUR is recorded, so the DKK figures are not converted — no rate is guessed.',
      )
      .waitFor();
    await expect
      .poll(async () => (await row(page, 'Monthly charges'))[0])
      .toMatch(/^DKK [\d,.]+No DKK → EUR rate$/);
    // NOK still converts at its own rate.
    expect((await row(page, 'Monthly charges'))[1]).toMatch(/^NOK [\d,.]+≈ EUR [\d,.]+$/);
    expect(await wcagViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
