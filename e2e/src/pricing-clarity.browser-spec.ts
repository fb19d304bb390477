import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { wcagViolations } from './support/axe.js';
import { api, apiLogin, CUSTOMER, MANAGER, openSignedIn, type Login } from './support/demo-api.js';
import { pageErrors, plain } from './support/pages.js';
import { shownAs, waitForConfirmation, type ConfigurationInput } from './support/pricing.js';

// Payroll and accounting at the Plus level: the year-end close is a yearly fee (DKK 15,000 before
// the surcharge), which "monthly charges" leave out; no Plus target concerns payroll.
const CONFIGURATION = {
  providerCode: 'SA-DK',
  servicePackageCode: 'LON-REGNSKAB',
  serviceLevelCode: 'PLUS',
  contractYears: 3,
  volumes: [
    { driverCode: 'PAYSLIPS', quantity: '600' },
    { driverCode: 'REFUNDS', quantity: '20' },
    { driverCode: 'ONACCOUNT_PAYMENTS', quantity: '5' },
    { driverCode: 'INVOICES_IN', quantity: '250' },
    { driverCode: 'INVOICES_OUT', quantity: '80' },
  ],
} satisfies ConfigurationInput;

interface Priced {
  totals: { monthly: string; firstYear: string; contractTotal: string };
  years: Array<{ recurring: string }>;
}

/** An exact decimal string in hundredths (the API's DKK amounts have two decimals). */
const cents = (amount: string) => BigInt(amount.replace('.', ''));
const fromCents = (value: bigint) => `${value / 100n}.${String(value % 100n).padStart(2, '0')}`;

/**
 * Every VAT note a reader sees on the page, however worded ("All prices exclude VAT", "excluding
 * VAT"); words for screen readers only (the polite announcement of a new total) are not a note.
 */
async function vatNotes(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent?.checkVisibility() && !parent.closest('.visually-hidden'))
        parts.push(node.textContent ?? '');
    }
    return parts.join('\n');
  });
  return text.match(/[^.\n]*\bexclud\w* VAT[^.\n]*/gi) ?? [];
}

/** The definition beside a term of a description list (`<dt>` → next `<dd>`). */
function definitionOf(list: Locator, term: string): Locator {
  return list.locator(`dt:text-is("${term}") + dd`);
}

describe.runIf(browserAvailable())('pricing people can follow (finding 11)', () => {
  const running = useAppInBrowser();
  let customer: Login;
  let manager: Login;
  let priced: Priced;

  beforeAll(async () => {
    [customer, manager] = await Promise.all([CUSTOMER, MANAGER].map((e) => apiLogin(running.app.url, e)));
    ({ priceConfiguration: priced } = await api<{ priceConfiguration: Priced }>(
      running.app.url,
      'query ($input: ConfigurationInput!) { priceConfiguration(input: $input) { totals { monthly firstYear contractTotal } years { recurring } } }',
      { input: CONFIGURATION },
    ));
  });

  /** Year 1's yearly fees: its recurring charges less twelve months of the monthly ones. */
  const yearlyFees = () =>
    shownAs(fromCents(cents(priced.years[0].recurring) - 12n * cents(priced.totals.monthly)), 'DKK');

  it('configurator: level targets per category, yearly fees on their own line, total rows, one VAT note', async () => {
    const volumes = CONFIGURATION.volumes.map((v) => `volume.${v.driverCode}=${v.quantity}`).join('&');
    const page = await openSignedIn(
      running.browser,
      `${running.app.url}/centres/SA-DK/configure?package=LON-REGNSKAB&level=PLUS&years=3&${volumes}`,
      customer,
    );
    await waitForConfirmation(page);

    // The level says what it promises per category, not only what it costs.
    const plus = page.getByRole('radio', { name: 'Plus', exact: true });
    const described = plain(
      await plus.evaluate((radio) =>
        (radio.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      ),
    );
    expect(described).toContain('Payroll: no target promised');
    expect(described).toContain('Debtors: Sales invoices issued within 1 working day');

    // "Monthly charges", and the yearly fees they leave out on a line of their own beside them.
    const summary = page.getByRole('complementary', { name: 'Your price' }).locator('dl.totals');
    const terms = (await summary.locator('dt').allTextContents()).map(plain);
    expect(terms.slice(0, 2)).toEqual(['Monthly charges', 'Yearly charges (year 1)']);
    expect(plain(await definitionOf(summary, 'Monthly charges').textContent())).toBe(
      shownAs(priced.totals.monthly, 'DKK'),
    );
    expect(plain(await definitionOf(summary, 'Yearly charges (year 1)').textContent())).toBe(yearlyFees());

    // The breakdown ends in total rows.
    const lines = page.getByRole('table', { name: 'Price lines' });
    const totals = (await lines.locator('tfoot tr').allInnerTexts()).map((row) =>
      plain(row.replace(/\s+/g, ' ')),
    );
    expect(totals).toEqual([
      `Total monthly charges ${shownAs(priced.totals.monthly, 'DKK')}`,
      `Total for the first year ${shownAs(priced.totals.firstYear, 'DKK')}`,
      `Total for the whole contract ${shownAs(priced.totals.contractTotal, 'DKK')}`,
    ]);

    expect((await vatNotes(page)).map((note) => note.trim())).toEqual(['All prices exclude VAT']);
    expect(await wcagViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('quote and decision page: level targets per category, yearly fees on their own line, total rows, one VAT note', async () => {
    const { saveQuote } = await api<{ saveQuote: { id: string; version: number } }>(
      running.app.url,
      'mutation ($input: SaveQuoteInput!) { saveQuote(input: $input) { id version } }',
      { input: { name: 'Finding 11', configuration: CONFIGURATION } },
      customer.token,
    );
    await api(
      running.app.url,
      'mutation ($id: ID!, $expectedVersion: Int!) { submitQuote(id: $id, expectedVersion: $expectedVersion) { id } }',
      { id: saveQuote.id, expectedVersion: saveQuote.version },
      customer.token,
    );
    const pages: Array<[Login, string]> = [
      [customer, `/quotes/${saveQuote.id}`],
      [manager, `/manage/quotes/${saveQuote.id}`],
    ];
    for (const [login, path] of pages) {
      const page = await openSignedIn(running.browser, `${running.app.url}${path}`, login);
      await page.getByRole('heading', { level: 1, name: /Finding 11/ }).waitFor();
      await page.waitForLoadState('networkidle');

      const configuration = page.locator('section', {
        has: page.getByRole('heading', { level: 2, name: 'Configuration' }),
      });
      const level = plain(await definitionOf(configuration, 'Service level').textContent());
      expect(level, path).toContain('Plus');
      expect(level, path).toContain('Payroll: no target promised');
      expect(level, path).toContain('Debtors: Sales invoices issued within 1 working day');

      const price = page.locator('dl.quote-totals');
      const terms = (await price.locator('dt').allTextContents()).map(plain);
      expect(terms.slice(0, 2), path).toEqual(['Monthly charges', 'Yearly charges (year 1)']);
      expect(plain(await definitionOf(price, 'Yearly charges (year 1)').textContent()), path).toBe(
        yearlyFees(),
      );

      const lines = page.getByRole('table', { name: 'Price lines' });
      expect(await lines.locator('tfoot tr').count(), path).toBe(3);
      expect(
        (await vatNotes(page)).map((note) => note.trim()),
        path,
      ).toEqual(['All prices exclude VAT']);
      expect(await wcagViolations(page), path).toEqual([]);
      expect(pageErrors(page), path).toEqual([]);
      await page.close();
    }
  });
});
