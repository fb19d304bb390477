import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { pageViolations, wcagViolations } from './support/axe.js';
import { pageErrors, plain, screenshot } from './support/pages.js';
import { ADMIN, api, apiLogin, CUSTOMER, MANAGER, openSignedIn } from './support/demo-api.js';

const TITLE = 'Year-end close in January';
/** The demo agency's own proposal (api/src/seed/demo-proposals.ts), which it votes for. */
const DEMO_TITLE = 'Payslips in English for international staff';

/** The card of one proposal (an article named by its title). */
function card(page: Page, title: string) {
  return page.getByRole('article', { name: title });
}

function voteButton(page: Page, title: string) {
  return card(page, title).getByRole('button', { name: new RegExp(`^Vote\\W+${title}$`) });
}

/** The polite announcements of the page (its live region) as read. */
async function announced(page: Page): Promise<string> {
  return plain(await page.locator('main [role="status"].visually-hidden').last().textContent());
}

describe.runIf(browserAvailable())('customer proposals in Chromium', () => {
  const running = useAppInBrowser();

  it('a customer proposes and votes, the manager responds, the customer sees the response', async () => {
    const customer = await apiLogin(running.app.url, CUSTOMER);
    const page = await openSignedIn(running.browser, `${running.app.url}/centres/SA-DK`, customer);
    await page.getByRole('link', { name: 'Customer proposals' }).click();
    await page.getByRole('heading', { level: 1, name: 'Customer proposals' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/centres/SA-DK/proposals');
    // The demo agency votes for its own demo proposal: the toggle says so.
    expect(await voteButton(page, DEMO_TITLE).getAttribute('aria-pressed')).toBe('true');
    expect(await pageViolations(page)).toEqual([]);

    // Sent empty, the form lists what is missing, at the fields too, and stays accessible.
    await page.getByRole('button', { name: 'Write a proposal' }).click();
    await page.getByRole('button', { name: 'Send the proposal' }).click();
    await page.getByRole('heading', { name: 'Correct 2 things before sending the proposal' }).waitFor();
    expect(await page.getByRole('textbox', { name: /^Title/ }).getAttribute('aria-invalid')).toBe('true');
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: /^Title/ }).fill(TITLE);
    await page
      .getByRole('textbox', { name: /^What and why/ })
      .fill('Our auditors ask for the year-end close by 20 January.\nPlease start it a week earlier.');
    await page
      .getByRole('combobox', { name: 'Service' })
      .selectOption({ label: 'Change to Year-end close (YEAR-END)' });
    await page.getByRole('button', { name: 'Send the proposal' }).click();
    await card(page, TITLE).waitFor();
    await expect.poll(() => announced(page)).toBe(`Your proposal “${TITLE}” is published.`);
    expect(plain(await card(page, TITLE).textContent())).toContain(
      'Changes the service Year-end close (YEAR-END)',
    );
    expect(plain(await card(page, TITLE).textContent())).toContain('0 votes');

    // Voting: the toggle is pressed, the count moves, and the new count is announced.
    expect(await voteButton(page, TITLE).getAttribute('aria-pressed')).toBe('false');
    await voteButton(page, TITLE).click();
    await expect.poll(() => voteButton(page, TITLE).getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => announced(page))
      .toBe(`Your agency's vote for “${TITLE}” is counted. It has 1 vote.`);
    expect(plain(await card(page, TITLE).textContent())).toContain('1 vote');
    expect(await pageViolations(page)).toEqual([]);
    await screenshot(page, 'proposals');

    // The centre's account manager answers.
    const manager = await apiLogin(running.app.url, MANAGER);
    const managerPage = await openSignedIn(
      running.browser,
      `${running.app.url}/centres/SA-DK/proposals`,
      manager,
    );
    await card(managerPage, TITLE).waitFor();
    expect(await managerPage.getByRole('button', { name: /^Vote/ }).count()).toBe(0);
    await card(managerPage, TITLE)
      .getByRole('button', { name: new RegExp(`^Respond\\W+${TITLE}$`) })
      .click();
    await managerPage.getByRole('combobox', { name: 'New status' }).selectOption({ label: 'Under review' });
    await managerPage
      .getByRole('textbox', { name: /^Response to the agencies/ })
      .fill('We will look at the year-end plan with our auditors and answer at the spring customer forum.');
    expect(await wcagViolations(managerPage)).toEqual([]);
    await managerPage.getByRole('button', { name: 'Send the response' }).click();
    await expect
      .poll(() => announced(managerPage))
      .toBe(`Response to “${TITLE}” sent; the proposal is now Under review.`);
    expect(pageErrors(managerPage)).toEqual([]);
    await managerPage.close();

    // The customer sees the response and the new status.
    await page.reload();
    const answered = card(page, TITLE);
    await answered.getByRole('heading', { name: "The centre's response" }).waitFor();
    const text = plain(await answered.textContent());
    expect(text).toContain('Under review');
    expect(text).toContain('We will look at the year-end plan with our auditors');
    expect(text).toContain('Mette Kundeansvarlig');
    expect(await pageViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('tells the manager in words when someone else responded meanwhile, and reloads', async () => {
    const customer = await apiLogin(running.app.url, CUSTOMER);
    const { createProposal } = await api<{ createProposal: { id: string; version: number } }>(
      running.app.url,
      'mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id version } }',
      { input: { providerCode: 'SA-DK', title: 'Raced response', description: 'Two answers at once.' } },
      customer.token,
    );
    const manager = await apiLogin(running.app.url, MANAGER);
    const page = await openSignedIn(
      running.browser,
      `${running.app.url}/centres/SA-DK/proposals?status=OPEN`,
      manager,
    );
    await card(page, 'Raced response')
      .getByRole('button', { name: /^Respond/ })
      .click();
    // Meanwhile an administrator answers through the API.
    const admin = await apiLogin(running.app.url, ADMIN);
    await api(
      running.app.url,
      `mutation ($id: ID!, $expectedVersion: Int!) {
         respondToProposal(id: $id, status: DECLINED, response: "Out of scope.", expectedVersion: $expectedVersion) { id } }`,
      { id: createProposal.id, expectedVersion: createProposal.version },
      admin.token,
    );
    await page.getByRole('textbox', { name: /^Response to the agencies/ }).fill('Under review from us.');
    await page.getByRole('button', { name: 'Send the response' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(plain(await alert.textContent())).toContain('Someone else changed the proposal meanwhile');
    expect(await wcagViolations(page)).toEqual([]);
    await alert.getByRole('button', { name: 'Reload the proposals' }).click();
    // Reloaded: the proposal is DECLINED now, so it has left the list of OPEN proposals.
    await expect.poll(() => card(page, 'Raced response').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
