import { describe, expect, it } from 'vitest';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { wcagViolations } from './support/axe.js';
import { pageErrors, plain } from './support/pages.js';
import { shownAs } from './support/pricing.js';
import {
  api,
  apiLogin,
  CUSTOMER,
  isoDate,
  MANAGER,
  openSignedIn,
  submittedQuote,
  type Login,
} from './support/demo-api.js';

interface RenewalImpact {
  agreementId: string;
  firstYearBefore: string | null;
  firstYearAfter: string | null;
  firstYearDifference: string | null;
}

/** Accepts a new quote of the demo agency as the centre; the agreement it became. */
async function newAgreement(url: string, customer: Login, manager: Login, name: string) {
  const quote = await submittedQuote(url, customer.token, name);
  const { decideQuote } = await api<{
    decideQuote: { agreement: { id: string; reference: string; startDate: string; endDate: string } };
  }>(
    url,
    `mutation ($id: ID!, $expectedVersion: Int!) { decideQuote(id: $id, expectedVersion: $expectedVersion, decision: ACCEPT) {
       agreement { id reference startDate endDate } } }`,
    { id: quote.id, expectedVersion: quote.version },
    manager.token,
  );
  return decideQuote.agreement;
}

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

  it('records a month’s service results with the form and lists them met or missed; the draft impact lists the agreement’s renewal', async () => {
    const url = running.app.url;
    const customer = await apiLogin(url, CUSTOMER);
    const manager = await apiLogin(url, MANAGER);
    const agreement = await newAgreement(url, customer, manager, 'Payroll for service results');
    const month = agreement.startDate.slice(0, 7);

    const page = await openSignedIn(running.browser, `${url}/manage/agreements/${agreement.id}`, manager);
    await page.getByRole('heading', { level: 1, name: agreement.reference }).waitFor();
    const form = page.getByRole('region', { name: 'Record service results' });
    // The LON package's BASIS level: processing within 3 working days (less is better), the
    // accounts statement by day 15 of the month.
    const processing = form.getByLabel(
      'Purchase invoices, travel claims and postings processed within (whole package)',
    );
    await processing.waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await form.getByLabel('Month', { exact: true }).fill(month);
    await processing.fill('2.5');
    await form.getByLabel('Monthly accounts statement by day of month (STATEMENT)').fill('17');
    await form.getByRole('button', { name: 'Record service results' }).click();
    await form.getByText(`2 results recorded for ${month}.`).waitFor();

    // Each target's history: measured, target, met or missed (less is better for both units).
    const history = async (name: string) => {
      const table = page.getByRole('table', { name });
      await table.waitFor();
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: month }) });
      return (await row.getByRole('cell').allTextContents()).map(plain);
    };
    expect(await history('TRANSACTION_PROCESSING, whole package: 1 of 1 months met')).toEqual([
      '2.5',
      '3',
      'Met',
    ]);
    expect(await history('ACCOUNTS_STATEMENT_DAY, STATEMENT: 0 of 1 months met')).toEqual([
      '17',
      '15',
      'Missed',
    ]);
    const { agreement: stored } = await api<{
      agreement: { version: number; serviceResults: { metric: string; value: string; met: boolean }[] };
    }>(
      url,
      'query ($id: ID!, $m: String!) { agreement(id: $id) { version serviceResults(from: $m, to: $m) { metric value met } } }',
      { id: agreement.id, m: month },
      manager.token,
    );
    expect(stored.serviceResults).toEqual([
      { metric: 'ACCOUNTS_STATEMENT_DAY', value: '17', met: false },
      { metric: 'TRANSACTION_PROCESSING', value: '2.5', met: true },
    ]);
    expect(await wcagViolations(page)).toEqual([]);

    // A draft taking effect before the agreement's renewal (the day after its end): the impact view lists it.
    const { createDraft } = await api<{ createDraft: { id: string; version: number } }>(
      url,
      'mutation { createDraft(providerCode: "SA-DK") { id version } }',
      {},
      manager.token,
    );
    await api(
      url,
      `mutation ($id: ID!, $v: Int!, $validFrom: Date) { updateCatalogueVersionSettings(id: $id, expectedVersion: $v,
         input: { validFrom: $validFrom }) { version } }`,
      { id: createDraft.id, v: createDraft.version, validFrom: isoDate(400) },
      manager.token,
    );
    const { draftAgreementImpact } = await api<{ draftAgreementImpact: RenewalImpact[] }>(
      url,
      `query { draftAgreementImpact(providerCode: "SA-DK") { agreementId firstYearBefore firstYearAfter firstYearDifference } }`,
      {},
      manager.token,
    );
    const expected = draftAgreementImpact.find((row) => row.agreementId === agreement.id);
    expect(expected?.firstYearBefore).toBeTruthy();
    await page.goto(`${url}/manage/centres/SA-DK/impact`);
    const renewals = page.getByRole('table', { name: /agreement renewals? priced against the draft$/ });
    const row = renewals.getByRole('row').filter({ hasText: agreement.reference });
    await row.waitFor();
    expect(plain(await row.getByRole('rowheader').textContent())).toContain('Eksempelstyrelsen');
    const cells = (await row.getByRole('cell').allTextContents()).map(plain);
    expect(cells.slice(0, 2)).toEqual([
      shownAs(expected?.firstYearBefore ?? '', 'DKK'),
      shownAs(expected?.firstYearAfter ?? '', 'DKK'),
    ]);
    expect(await wcagViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
