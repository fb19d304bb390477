import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { api, apiLogin, CUSTOMER, MANAGER, openSignedIn, type Login } from './support/demo-api.js';
import { loaded } from './support/routes.js';
import { pageErrors } from './support/pages.js';

/** The largest volume the limits allow: 12 digits before the point (DESIGN "Limits at every entry point"). */
const LARGEST = '999999999999';

/** An amount drawn outside its box: the text, and by how many pixels it sticks out. */
interface Overflow {
  text: string;
  overBy: number;
}

/**
 * Every money amount on the page (digits with a currency code) whose text is drawn outside the
 * box it is in — its nearest block ancestor (a table cell, a figure's box) or any box around that
 * — by more than a pixel, or that is cut off by a box clipping it. Inside a region that
 * scrolls sideways (a wide table on a phone) an amount stays in reach.
 */
function overflowingAmounts(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const found: Overflow[] = [];
    const money =
      /(DKK|NOK|SEK|EUR|ISK|kr\.?|€)\s?[\d.,\s\u00a0\u202f]*\d|\d[\d.,\s\u00a0\u202f]*\s?(DKK|NOK|SEK|EUR|ISK|kr\.?|€)/;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!money.test(text) || !parent?.checkVisibility() || parent.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const drawn = range.getBoundingClientRect();
      let box: Element | null = parent;
      while (box && getComputedStyle(box).display.startsWith('inline')) box = box.parentElement;
      for (let up: Element | null = box; up && up !== document.body; up = up.parentElement) {
        const overflowX = getComputedStyle(up).overflowX;
        // A scrolling region (a wide table on a phone) keeps what it holds in reach: no cut.
        if (overflowX === 'auto' || overflowX === 'scroll') break;
        const clips = overflowX === 'hidden' || overflowX === 'clip';
        const edge = up.getBoundingClientRect();
        const overBy = Math.max(edge.left - drawn.left, drawn.right - edge.right);
        if (overBy > 1) {
          found.push({ text: text.trim(), overBy: Math.round(overBy) });
          break;
        }
        if (clips && up.scrollWidth > up.clientWidth + 1)
          found.push({ text: `${text.trim()} (cut off)`, overBy: up.scrollWidth - up.clientWidth });
        if (clips) break;
      }
    }
    return found;
  });
}

/** What the page lets scroll sideways: the document, wider than the window. */
const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.runIf(browserAvailable())('quotes with the largest volumes allowed (finding 3)', () => {
  const running = useAppInBrowser();
  let customer: Login;
  let manager: Login;
  let quoteId: string;

  beforeAll(async () => {
    [customer, manager] = await Promise.all([CUSTOMER, MANAGER].map((e) => apiLogin(running.app.url, e)));
    // Accounting with every volume at its largest and the longest contract: totals of 16+ digits.
    const { saveQuote } = await api<{ saveQuote: { id: string; version: number } }>(
      running.app.url,
      'mutation ($input: SaveQuoteInput!) { saveQuote(input: $input) { id version } }',
      {
        input: {
          name: 'Largest volumes',
          configuration: {
            providerCode: 'SA-DK',
            servicePackageCode: 'REGNSKAB',
            serviceCodes: ['REJSUD', 'CONSULTING'],
            serviceLevelCode: 'PLUS',
            contractYears: 5,
            volumes: ['INVOICES_IN', 'INVOICES_OUT', 'TRAVEL_CLAIMS', 'HOURS'].map((driverCode) => ({
              driverCode,
              quantity: LARGEST,
            })),
          },
        },
      },
      customer.token,
    );
    quoteId = saveQuote.id;
    await api(
      running.app.url,
      'mutation ($id: ID!, $expectedVersion: Int!) { submitQuote(id: $id, expectedVersion: $expectedVersion) { id } }',
      { id: quoteId, expectedVersion: saveQuote.version },
      customer.token,
    );
  });

  for (const width of [390, 1280]) {
    it(`at ${width} px: the quote list, the quote and the decision page keep every amount in its box`, async () => {
      const pages: Array<[Login, string]> = [
        [customer, '/quotes'],
        [customer, `/quotes/${quoteId}`],
        [manager, '/manage/quotes'],
        [manager, `/manage/quotes/${quoteId}`],
      ];
      for (const [login, path] of pages) {
        const page = await openSignedIn(running.browser, `${running.app.url}${path}`, login);
        await page.setViewportSize({ width, height: 844 });
        await loaded(page, path);
        const body = await page.locator('body').innerText();
        expect(body, path).toMatch(/\d{1,3}(,\d{3}){4,}\.\d{2}/);
        expect(body, path).not.toContain('∞');
        expect(await pageOverflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
        expect(await overflowingAmounts(page), path).toEqual([]);
        expect(pageErrors(page), path).toEqual([]);
        await page.close();
      }
    });
  }
});
