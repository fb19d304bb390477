import { afterEach, describe, expect, it } from 'vitest';
import type { Page, WebSocket } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { wcagViolations } from './support/axe.js';
import { pageErrors, plain } from './support/pages.js';
import {
  api,
  apiLogin,
  CUSTOMER,
  MANAGER,
  openSignedIn,
  SESSION_KEY,
  submittedQuote,
  type Login,
  type SavedQuote,
} from './support/demo-api.js';

const DECIDE = `mutation ($id: ID!, $decision: QuoteDecision!, $comment: String, $expectedVersion: Int!) {
  decideQuote(id: $id, decision: $decision, comment: $comment, expectedVersion: $expectedVersion) { id status } }`;
const WITHDRAW =
  'mutation ($id: ID!, $expectedVersion: Int!) { withdrawQuote(id: $id, expectedVersion: $expectedVersion) { id } }';
const COMMENT = 'mutation ($id: ID!, $text: String!) { addQuoteComment(id: $id, text: $text) { id } }';

/** Counts the subscription events (graphql-ws `next` messages) the page's WebSocket receives. */
function countLiveEvents(page: Page): { count(): number } {
  let count = 0;
  page.on('websocket', (socket: WebSocket) => {
    socket.on('framereceived', ({ payload }) => {
      if (String(payload).includes('"type":"next"')) count += 1;
    });
  });
  return { count: () => count };
}

/**
 * Waits until the page's subscription is live on the server: comments on the quote (through the
 * API, as the centre would) until the page receives the event of one. The subscription starts a
 * moment after the page shows; a change before that would reach nobody.
 */
async function untilFollowing(url: string, quote: SavedQuote, author: Login, events: { count(): number }) {
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    const before = events.count();
    await api(url, COMMENT, { id: quote.id, text: `We are looking at it (${attempt}).` }, author.token);
    const deadline = Date.now() + 1000;
    while (Date.now() < deadline) {
      if (events.count() > before) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error('The quote page never received a live event.');
}

/** Marks the document: the mark survives only as long as the page is not reloaded. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as Window & { notReloaded?: boolean }).notReloaded = true;
  });
}

async function stillSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as Window & { notReloaded?: boolean }).notReloaded === true);
}

describe.runIf(browserAvailable())('live quote status in Chromium', () => {
  const running = useAppInBrowser();

  afterEach(async () => {
    const page = await running.browser.context.newPage();
    await page.goto(`${running.app.url}/healthz`);
    await page.evaluate((key) => window.localStorage.removeItem(key), SESSION_KEY);
    await page.close();
  });

  it("the customer's open quote page shows the centre's decision and announces it, without a reload", async () => {
    const url = running.app.url;
    const customer = await apiLogin(url, CUSTOMER);
    const manager = await apiLogin(url, MANAGER);
    const quote = await submittedQuote(url, customer.token, 'Live payroll quote');
    const page = await openSignedIn(running.browser, `${url}/quotes/${quote.id}`, customer);
    const events = countLiveEvents(page);
    await page.getByRole('heading', { level: 1, name: 'Live payroll quote' }).waitFor();
    await markDocument(page);

    await untilFollowing(url, quote, manager, events);
    // The centre's comment arrived without a reload, and changed no status: nothing announced.
    await page.getByText('We are looking at it (1).').first().waitFor();
    expect(plain(await page.locator('.quote-live').textContent())).toBe('');

    const { decideQuote } = await api<{ decideQuote: { status: string } }>(
      url,
      DECIDE,
      { id: quote.id, decision: 'ACCEPT', comment: 'Welcome aboard', expectedVersion: quote.version },
      manager.token,
    );
    expect(decideQuote.status).toBe('ACCEPTED');

    const announcement = page.locator('.quote-live');
    await expect.poll(() => announcement.textContent()).toBe('The centre accepted this quote.');
    expect(await announcement.getAttribute('role')).toBe('status');
    await page.locator('.lead').getByText('Accepted', { exact: true }).waitFor();
    expect(await stillSameDocument(page)).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('says it in Danish, too', async () => {
    const url = running.app.url;
    const customer = await apiLogin(url, CUSTOMER);
    const manager = await apiLogin(url, MANAGER);
    const quote = await submittedQuote(url, customer.token, 'Live tilbud');
    const page = await openSignedIn(running.browser, `${url}/quotes/${quote.id}`, customer, 'da');
    const events = countLiveEvents(page);
    await page.getByRole('heading', { level: 1, name: 'Live tilbud' }).waitFor();
    await markDocument(page);
    await untilFollowing(url, quote, manager, events);
    await api(
      url,
      DECIDE,
      { id: quote.id, decision: 'REJECT', comment: 'For få lønsedler', expectedVersion: quote.version },
      manager.token,
    );
    await expect.poll(() => page.locator('.quote-live').textContent()).toBe('Centret har afvist tilbuddet.');
    expect(await stillSameDocument(page)).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it("the account manager's inbox shows a newly submitted quote without a reload", async () => {
    const url = running.app.url;
    const customer = await apiLogin(url, CUSTOMER);
    const manager = await apiLogin(url, MANAGER);
    const page = await openSignedIn(running.browser, `${url}/manage/quotes`, manager);
    const events = countLiveEvents(page);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await markDocument(page);

    // Quotes are submitted until the inbox has received the event of one (its subscription is live).
    const names: string[] = [];
    for (let attempt = 1; attempt <= 10 && events.count() === 0; attempt += 1) {
      names.push(`Inbox live ${attempt}`);
      await submittedQuote(url, customer.token, names.at(-1)!);
      await expect
        .poll(() => events.count(), { timeout: 1000 })
        .toBeGreaterThan(0)
        .catch(() => undefined);
    }
    expect(events.count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: new RegExp(`${names.at(-1)}$`) }).waitFor();
    expect(await stillSameDocument(page)).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it("the account manager's open quote says so when the agency withdraws it, and offers no decision any more", async () => {
    const url = running.app.url;
    const customer = await apiLogin(url, CUSTOMER);
    const manager = await apiLogin(url, MANAGER);
    const quote = await submittedQuote(url, customer.token, 'Withdrawn while read');
    const page = await openSignedIn(running.browser, `${url}/manage/quotes/${quote.id}`, manager);
    const events = countLiveEvents(page);
    await page.locator('main h1').first().waitFor();
    await page.getByRole('radio', { name: 'Accept the quote' }).waitFor();
    await markDocument(page);
    // The agency's comments arrive until the page's subscription is live.
    await untilFollowing(url, quote, customer, events);

    await api(url, WITHDRAW, { id: quote.id, expectedVersion: quote.version }, customer.token);
    await expect
      .poll(() => page.locator('.live-status').textContent())
      .toBe('The agency withdrew this quote.');
    expect(await page.locator('.live-status').getAttribute('role')).toBe('status');
    await expect.poll(() => page.getByRole('radio', { name: 'Accept the quote' }).count()).toBe(0);
    expect(await stillSameDocument(page)).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
