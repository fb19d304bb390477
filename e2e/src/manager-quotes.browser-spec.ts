import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { pageErrors, plain } from './support/pages.js';
import {
  ADMIN,
  api,
  apiLogin,
  CUSTOMER,
  MANAGER,
  openSignedIn,
  submittedQuote,
  type Login,
} from './support/demo-api.js';

interface Named {
  code: string;
  name: string;
}

/** SA-DK's catalogue in force, its items named in `locale`. */
async function catalogueNames(url: string, locale: string) {
  const { catalogue } = await api<{
    catalogue: { servicePackages: Named[]; drivers: Named[]; services: Named[] };
  }>(
    url,
    `query ($locale: String) { catalogue(providerCode: "SA-DK") {
       servicePackages { code name(locale: $locale) } drivers { code name(locale: $locale) }
       services { code name(locale: $locale) } } }`,
    { locale },
  );
  return catalogue;
}

/** How many quotes of a status the reader sees (the inbox's own count). */
async function countOf(
  url: string,
  login: Login,
  status: string | null,
  agencyId: string | null = null,
): Promise<number> {
  const { quotes } = await api<{ quotes: { totalCount: number } }>(
    url,
    'query ($status: QuoteStatus, $agencyId: ID) { quotes(status: $status, agencyId: $agencyId, first: 1) { totalCount } }',
    { status, agencyId },
    login.token,
  );
  return quotes.totalCount;
}

/** The body rows of the inbox table. */
function inboxRows(page: Page) {
  return page.locator('table tbody tr');
}

describe.runIf(browserAvailable())('the quote inbox and the decision page in Chromium', () => {
  const running = useAppInBrowser();

  it('shows the manager the quote with names in their language and the codes after them', async () => {
    const customer = await apiLogin(running.app.url, CUSTOMER);
    const quote = await submittedQuote(running.app.url, customer.token, 'Named for the centre');
    const danish = await catalogueNames(running.app.url, 'da');
    const manager = await apiLogin(running.app.url, MANAGER);
    const page = await openSignedIn(
      running.browser,
      `${running.app.url}/manage/quotes/${quote.id}`,
      manager,
      'da',
    );
    await page.getByRole('heading', { level: 1, name: new RegExp(quote.reference) }).waitFor();
    const lon = danish.servicePackages.find((item) => item.code === 'LON');
    const payslips = danish.drivers.find((item) => item.code === 'PAYSLIPS');
    expect(lon?.name).toBeTruthy();
    expect(lon?.name).not.toBe('LON');
    const configuration = page.getByRole('region', { name: 'Konfiguration' });
    await configuration.getByText(`${lon?.name} (LON)`).waitFor();
    expect(plain(await configuration.textContent())).toContain(`${payslips?.name} (PAYSLIPS): 600`);
    // Every price line names its service, its code after the name — never the code alone.
    const serviceCells = await page
      .getByRole('table', { name: 'Prislinjer' })
      .locator('tbody tr td:first-child')
      .allTextContents();
    expect(serviceCells.length).toBeGreaterThan(0);
    for (const cell of serviceCells.map(plain)) {
      const match = /^(.+) \(([A-Z0-9_-]+)\)$/.exec(cell);
      expect(match, cell).not.toBeNull();
      expect(match?.[1]).toBe(danish.services.find((service) => service.code === match?.[2])?.name);
    }
    expect(pageErrors(page)).toEqual([]);
  });

  it('takes an account manager from the header’s Quotes link to the inbox', async () => {
    const manager = await apiLogin(running.app.url, MANAGER);
    const page = await openSignedIn(running.browser, `${running.app.url}/`, manager);
    await page
      .getByRole('navigation', { name: 'Your account' })
      .getByRole('link', { name: 'Quotes' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Quote inbox' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/manage/quotes');
    expect(pageErrors(page)).toEqual([]);
  });

  it('pages the inbox 20 at a time and narrows it by agency and status', async () => {
    const customer = await apiLogin(running.app.url, CUSTOMER);
    const manager = await apiLogin(running.app.url, MANAGER);
    while ((await countOf(running.app.url, manager, 'SUBMITTED')) < 23) {
      await submittedQuote(running.app.url, customer.token, 'Paging the inbox');
    }
    const waiting = await countOf(running.app.url, manager, 'SUBMITTED');
    const page = await openSignedIn(running.browser, `${running.app.url}/manage/quotes`, manager);
    await page.getByText(`Showing 20 of ${waiting} quotes.`).waitFor();
    expect(await inboxRows(page).count()).toBe(20);
    await page.getByRole('button', { name: 'Show more quotes' }).click();
    await page.getByText(`Showing ${Math.min(waiting, 40)} of ${waiting} quotes.`).waitFor();
    expect(await inboxRows(page).count()).toBe(Math.min(waiting, 40));
    const references = await inboxRows(page).locator('th a').allTextContents();
    expect(new Set(references).size).toBe(references.length);

    // Narrowed to the demo agency and every status: its drafts show too, another agency's never.
    const { id: agencyId, name: agency } = customer.user.agency as { id: string; name: string };
    const narrowed = await countOf(running.app.url, manager, null, agencyId);
    await page.getByRole('combobox', { name: 'Agency' }).selectOption({ label: agency });
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All statuses' });
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForURL(/status=ALL/);
    expect(new URL(page.url()).searchParams.get('agency')).toBe(agencyId);
    // The narrowed list, not the wider one still on screen while it loads.
    await page.getByText(`Showing ${Math.min(narrowed, 20)} of ${narrowed} quotes.`).waitFor();
    expect(await inboxRows(page).count()).toBe(Math.min(narrowed, 20));
    const agencies = await inboxRows(page).locator('td:nth-child(2)').allTextContents();
    expect(new Set(agencies.map(plain))).toEqual(new Set([agency]));
    expect(pageErrors(page)).toEqual([]);
  });

  it('names things in the audit log: a comment by its quote’s reference, a user by their e-mail', async () => {
    const customer = await apiLogin(running.app.url, CUSTOMER);
    const quote = await submittedQuote(running.app.url, customer.token, 'Audited by name');
    await api(
      running.app.url,
      'mutation ($id: ID!, $text: String!) { addQuoteComment(id: $id, text: $text) { id } }',
      { id: quote.id, text: 'Named in the log.' },
      customer.token,
    );
    const admin = await apiLogin(running.app.url, ADMIN);
    const email = `named.${Date.now()}@demo.servicekatalog.example`;
    const { createUser } = await api<{ createUser: { id: string } }>(
      running.app.url,
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          email,
          name: 'Named User',
          password: 'a long enough password 1',
          role: 'ACCOUNT_MANAGER',
          providerCode: 'SA-DK',
        },
      },
      admin.token,
    );
    const page = await openSignedIn(
      running.browser,
      `${running.app.url}/manage/audit?entity=QuoteComment`,
      admin,
    );
    const comment = page.locator('.audit-event').first();
    await comment.waitFor();
    const commentHead = plain(await comment.locator('.audit-event__head').textContent());
    expect(commentHead).toContain(`Quote comment ${quote.reference}`);

    await page.goto(`${running.app.url}/manage/audit?entity=User`);
    const user = page.locator('.audit-event').first();
    await user.getByText(`User ${email}`).waitFor();
    // The heading line names the user; the id is only among the recorded fields below it.
    const userHead = plain(await user.locator('.audit-event__head').textContent());
    expect(userHead).toContain(email);
    expect(userHead).not.toContain(createUser.id);
    expect(pageErrors(page)).toEqual([]);
  });
});
