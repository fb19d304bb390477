import { describe, expect, it } from 'vitest';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { wcagViolations } from './support/axe.js';
import { pageErrors, plain } from './support/pages.js';
import { shownAs } from './support/pricing.js';
import { api, apiLogin, CUSTOMER, MANAGER, openSignedIn, submittedQuote } from './support/demo-api.js';

interface Recorded {
  agreement: { version: number; usage: { month: string; actualAmount: string | null }[] };
}

describe.runIf(browserAvailable())("The centre's agreement pages in Chromium", () => {
  const running = useAppInBrowser();

  it('refuses a volumes file with a bad row by its line and writes nothing, then records a good one and shows the actuals', async () => {
    const url = running.app.url;
    const customer = await apiLogin(url, CUSTOMER);
    const manager = await apiLogin(url, MANAGER);
    const quote = await submittedQuote(url, customer.token, 'Payroll for volumes upload');
    const { decideQuote } = await api<{
      decideQuote: { agreement: { id: string; reference: string; startDate: string } };
    }>(
      url,
      `mutation ($id: ID!, $expectedVersion: Int!) { decideQuote(id: $id, expectedVersion: $expectedVersion, decision: ACCEPT) {
         agreement { id reference startDate } } }`,
      { id: quote.id, expectedVersion: quote.version },
      manager.token,
    );
    const { id, reference, startDate } = decideQuote.agreement;
    const month = startDate.slice(0, 7);
    const recorded = () =>
      api<Recorded>(
        url,
        'query ($id: ID!, $m: String!) { agreement(id: $id) { version usage(from: $m, to: $m) { month actualAmount } } }',
        { id, m: month },
        manager.token,
      ).then((data) => data.agreement);
    const before = await recorded();
    expect(before.usage).toEqual([{ month, actualAmount: null }]);

    const page = await openSignedIn(running.browser, `${url}/manage/agreements`, manager);
    await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
    const link = page.getByRole('link', { name: reference });
    await link.waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await link.click();
    await page.getByRole('heading', { level: 1, name: reference }).waitFor();
    await page.getByRole('table', { name: /^Usage per month/ }).waitFor();

    const file = page.getByLabel('CSV file');
    const upload = async (text: string) => {
      await file.setInputFiles({
        name: 'volumes.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(text, 'utf8'),
      });
      await page.getByRole('button', { name: 'Upload volumes' }).click();
    };
    await upload(`month;driver;quantity\n${month};PAYSLIPS;610\n${month};REFUNDS;1.000,5\n`);
    await page.getByText(/^Line 3: the quantity must be a number/).waitFor();
    expect(await page.getByText(/^Line 2:/).count()).toBe(0);
    expect(await recorded()).toEqual(before);
    expect(await wcagViolations(page)).toEqual([]);

    await upload(`\uFEFFmonth;driver;quantity\r\n${month};PAYSLIPS;610\r\n`);
    await page.getByText('1 row recorded.').waitFor();
    const after = await recorded();
    expect(after.version).toBe(before.version + 1);
    expect(after.usage[0]?.actualAmount).not.toBeNull();

    const table = page.getByRole('table', { name: /^Usage per month/ });
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: month }) });
    await row.getByText(/PAYSLIPS: 600 forecast, 610 actual/).waitFor();
    // The month's actual charges as the API computes them, in the actual column (no longer "Not recorded").
    const cells = await row.getByRole('cell').allTextContents();
    expect(plain(cells[1] ?? '')).toBe(shownAs(after.usage[0]?.actualAmount ?? '', 'DKK'));
    expect(await page.getByRole('img', { name: 'Forecast and actual monthly charges' }).count()).toBe(1);
    expect(await wcagViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
