import { describe, expect, it } from 'vitest';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { wcagViolations } from './support/axe.js';
import { pageErrors, plain } from './support/pages.js';
import { api, apiLogin, CUSTOMER, MANAGER, openSignedIn, submittedQuote } from './support/demo-api.js';

describe.runIf(browserAvailable())('My services in Chromium', () => {
  const running = useAppInBrowser();

  it("shows the customer's agreement once the centre accepts, with its terms and price schedule, at 0 axe violations", async () => {
    const url = running.app.url;
    const customer = await apiLogin(url, CUSTOMER);
    const manager = await apiLogin(url, MANAGER);
    const quote = await submittedQuote(url, customer.token, 'Payroll for My services');
    const { decideQuote } = await api<{
      decideQuote: { reference: string; price: { years: { total: string }[] } };
    }>(
      url,
      `mutation ($id: ID!, $expectedVersion: Int!) { decideQuote(id: $id, expectedVersion: $expectedVersion, decision: ACCEPT) {
         reference price { years { total } } } }`,
      { id: quote.id, expectedVersion: quote.version },
      manager.token,
    );
    const reference = `${decideQuote.reference}-A`;

    const page = await openSignedIn(running.browser, `${url}/`, customer);
    await page.getByRole('link', { name: 'My services' }).click();
    await page.getByRole('heading', { level: 1, name: 'My services' }).waitFor();
    const link = page.getByRole('link', { name: reference });
    await link.waitFor();
    expect(plain(await page.getByRole('row').filter({ has: link }).textContent())).toContain('Active');
    expect(await wcagViolations(page)).toEqual([]);

    await link.click();
    await page.getByRole('heading', { level: 1, name: reference }).waitFor();
    await page.getByRole('heading', { level: 3, name: /^Agreed term, / }).waitFor();
    const schedule = page.getByRole('table', { name: 'Price schedule per contract year' });
    const rows = await schedule.getByRole('row').allTextContents();
    expect(
      rows
        .slice(1)
        .map(plain)
        .map((row) => row.startsWith('Year')),
    ).toEqual([true, true, true]);
    expect(
      await page.getByText(/a later price list applies only through an amendment or renewal/).count(),
    ).toBe(1);
    expect(await wcagViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
