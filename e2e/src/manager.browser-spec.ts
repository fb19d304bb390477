import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { languageOf } from './support/language.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { openPage, pageErrors, plain, screenshot } from './support/pages.js';
import {
  api,
  apiLogin,
  CUSTOMER,
  isoDate,
  MANAGER,
  openSignedIn,
  PASSWORD,
  saveQuote,
  submittedQuote,
} from './support/demo-api.js';
import { shownAs } from './support/pricing.js';

interface Impact {
  reference: string;
  firstYearBefore: string;
  firstYearAfter: string;
  firstYearDifference: string;
  contractTotalBefore: string;
  contractTotalAfter: string;
  contractTotalDifference: string;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The texts an input's aria-describedby points at (its help and its errors), as a screen reader reads them. */
async function describedBy(input: Locator): Promise<string> {
  const text = await input.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.querySelector('.field-error')?.textContent ?? '')
      .join(''),
  );
  return plain(text);
}

/** The cells of a table's body rows as people read them. */
async function rows(page: Page, table: string): Promise<string[][]> {
  const body = page.getByRole('table', { name: table }).locator('tbody tr');
  const result: string[][] = [];
  for (const row of await body.all()) result.push((await row.locator('th, td').allTextContents()).map(plain));
  return result;
}

describe.runIf(browserAvailable())('account managers in Chromium', () => {
  const running = useAppInBrowser();

  it('starts a draft, edits a price, sees it in the changes and in the quotes’ totals, and publishes on a future date', async () => {
    const customer = await apiLogin(running.app.url, CUSTOMER);
    const quote = await saveQuote(running.app.url, customer.token, 'Payroll from 2027');

    const page = await openPage(running.browser.context, `${running.app.url}/manage`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signIn(page, MANAGER);
    await page
      .getByRole('heading', { level: 1, name: 'Catalogue versions of Statens Administration' })
      .waitFor();
    await page.getByRole('button', { name: 'Start a draft' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Draft version 2 of Statens Administration' })
      .waitFor();
    expect(plain(await page.getByRole('status').filter({ hasText: 'new draft' }).textContent())).toBe(
      'A new draft was started as a copy of the latest version.',
    );
    await screenshot(page, 'manager-draft');

    // Edit a price: the payslip price of the payroll service, 38.00 → 40.00.
    await page.getByRole('link', { name: 'Payroll and refund service' }).click();
    const component = page.getByRole('group', { name: 'Price component 2', exact: true });
    const unitPrice = component.getByRole('textbox', { name: 'Price per unit (DKK)' });
    expect(await unitPrice.inputValue()).toBe('38.00');
    await unitPrice.fill('40.00');
    expect(plain(await component.locator('.component-preview').textContent())).toBe(
      'Customers will read: DKK 40.00 per payslip per month; minimum charge DKK 1,900.00 per month',
    );
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = page.getByText('The service Payroll and refund service (PAY) was saved in the draft.');
    await saved.waitFor();
    // Focus moves to the outcome, so keyboard and screen-reader users hear it where they are.
    expect(
      await saved.evaluate((element) => element.closest('.ds-alert')?.contains(document.activeElement)),
    ).toBe(true);
    await screenshot(page, 'manager-service');

    // The changes: the price component, before → after, in words.
    await page.getByRole('link', { name: 'Back to the draft' }).click();
    await page.getByRole('link', { name: 'See what changes from version 1' }).click();
    await page.getByRole('heading', { level: 2, name: '1 change' }).waitFor();
    expect(await rows(page, 'Changes, item by item')).toEqual([
      [
        'Price component Payroll and refund service › Per payslip',
        'Changed',
        'DKK 38.00 per payslip per month; minimum charge DKK 1,900.00 per month',
        'DKK 40.00 per payslip per month; minimum charge DKK 1,900.00 per month',
      ],
    ]);
    await screenshot(page, 'manager-diff');

    // The impact: the quote re-priced against the draft, as the API computes it.
    await page.goto(`${running.app.url}/manage/centres/SA-DK/impact`);
    const impactTable = 'open quote priced against the draft';
    await page.getByRole('table', { name: new RegExp(impactTable) }).waitFor();
    const manager = await apiLogin(running.app.url, MANAGER);
    const { draftImpact } = await api<{ draftImpact: Impact[] }>(
      running.app.url,
      `query { draftImpact(providerCode: "SA-DK") { reference firstYearBefore firstYearAfter firstYearDifference
         contractTotalBefore contractTotalAfter contractTotalDifference } }`,
      {},
      manager.token,
    );
    const expected = draftImpact.find((row) => row.reference === quote.reference);
    expect(expected).toBeDefined();
    // 600 payslips × DKK 2.00 more × 12 months, less the package discount where it applies: more than nothing.
    expect(Number(expected?.firstYearDifference)).toBeGreaterThan(0);
    const [row] = await rows(page, `1 ${impactTable}`);
    expect(row[0]).toContain(quote.reference);
    expect(row[0]).toContain('Eksempelstyrelsen');
    expect(row.slice(1)).toEqual([
      shownAs(expected?.firstYearBefore ?? '', 'DKK'),
      shownAs(expected?.firstYearAfter ?? '', 'DKK'),
      `+${shownAs(expected?.firstYearDifference ?? '', 'DKK')}`,
      shownAs(expected?.contractTotalBefore ?? '', 'DKK'),
      shownAs(expected?.contractTotalAfter ?? '', 'DKK'),
      `+${shownAs(expected?.contractTotalDifference ?? '', 'DKK')}`,
    ]);
    await screenshot(page, 'manager-impact');

    // Publish with a date a month ahead: version 1 stays in force until the day before.
    const validFrom = isoDate(30);
    const longDate = (iso: string) =>
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      );
    await page.getByRole('link', { name: 'Back to the draft' }).click();
    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish draft version 2' });
    await dialog.getByLabel('Comes into force on').fill(validFrom);
    expect(plain(await dialog.locator('.publish-explanation').textContent())).toBe(
      `Version 2 is published now and comes into force on ${longDate(validFrom)}. Version 1 stays in force until ${longDate(isoDate(29))}. Quotes already made keep the version they were priced with.`,
    );
    await screenshot(page, 'manager-publish');
    await dialog.getByRole('button', { name: 'Publish version 2' }).click();
    await page.getByText(`Version 2 was published. It comes into force on ${longDate(validFrom)}.`).waitFor();
    expect(await rows(page, 'Catalogue versions, newest first')).toEqual([
      [
        'Version 2',
        `Comes into force on ${longDate(validFrom)}`,
        longDate(validFrom),
        'DKK',
        expect.any(String),
      ],
      ['Version 1', 'In force', expect.any(String), 'DKK', expect.any(String)],
    ]);
    await screenshot(page, 'manager-versions');
    const inForce = async (at: string) =>
      (
        await api<{ catalogue: { number: number } }>(
          running.app.url,
          'query ($at: Date) { catalogue(providerCode: "SA-DK", at: $at) { number } }',
          { at },
        )
      ).catalogue.number;
    expect(await inForce(isoDate(29))).toBe(1);
    expect(await inForce(validFrom)).toBe(2);
    expect(pageErrors(page)).toEqual([]);
  });

  it('tells the manager in words when someone else changed the draft meanwhile, and reloads it', async () => {
    const manager = await apiLogin(running.app.url, MANAGER);
    const { createDraft } = await api<{ createDraft: { id: string; version: number } }>(
      running.app.url,
      'mutation { createDraft(providerCode: "SA-DK") { id version } }',
      {},
      manager.token,
    );
    const page = await openSignedIn(
      running.browser,
      `${running.app.url}/manage/centres/SA-DK/draft/service-levels/PLUS`,
      manager,
    );
    const surcharge = page.getByRole('textbox', { name: 'Surcharge (%)' });
    await surcharge.waitFor();
    // A colleague changes the draft after this page was opened.
    await api(
      running.app.url,
      'mutation ($id: ID!, $v: Int!) { updateCatalogueVersionSettings(id: $id, expectedVersion: $v, input: { currency: "DKK" }) { version } }',
      { id: createDraft.id, v: createDraft.version },
      manager.token,
    );
    await surcharge.fill('15');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const message = page.getByText(
      'Someone else changed this draft since you opened it — reload to see their change.',
      {
        exact: false,
      },
    );
    await message.waitFor();
    await screenshot(page, 'manager-conflict');
    await page.getByRole('button', { name: 'Reload to see their change' }).click();
    await expect.poll(() => surcharge.inputValue()).not.toBe('15');
    await surcharge.fill('15');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('The service level Plus (PLUS) was saved in the draft.').waitFor();

    // A refused value is explained at its field, and listed at the top with a link to it.
    const rank = page.getByRole('textbox', { name: 'Rank' });
    await rank.fill('1');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const summary = page.locator('ds-error-summary');
    await summary.waitFor();
    expect(await rank.getAttribute('aria-invalid')).toBe('true');
    const link = summary.getByRole('link').first();
    expect(await link.getAttribute('href')).toBe(`#${await rank.getAttribute('id')}`);
    await link.click();
    expect(await rank.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(plain(await link.textContent())).toBe(
      'Rank 1 is already used by serviceLevels[0]; ranks must be unique so that the default level is clear.',
    );
    await screenshot(page, 'manager-errors');

    // The API sends the error's code and params, so the page words it in the interface language:
    // switching to Danish rewords the message shown, and a new refusal comes in Danish too.
    const danish =
      'Rang 1 bruges allerede af serviceLevels[0]; rangene skal være unikke, så det er klart, hvilket niveau der er standard.';
    await page.getByLabel('Language', { exact: true }).selectOption('da');
    const rangDa = page.getByRole('textbox', { name: 'Rang' });
    await expect.poll(() => describedBy(rangDa)).toBe(danish);
    expect(await languageOf(summary.getByText(danish))).toEqual({ language: 'da', pageLanguage: true });
    const refusal = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        /ManagerUpsertServiceLevel/.test(response.request().postData() ?? ''),
    );
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    const { errors } = (await (await refusal).json()) as { errors: { extensions: { errors: unknown[] } }[] };
    expect(errors[0].extensions.errors).toEqual([
      {
        path: 'serviceLevels[2].rank',
        code: 'DUPLICATE_RANK',
        params: { rank: 1, first: 0 },
        message:
          'Rank 1 is already used by serviceLevels[0]; ranks must be unique so that the default level is clear.',
      },
    ]);
    await page.getByRole('heading', { name: '1 ting skal rettes, før der kan gemmes' }).waitFor();
    expect(plain(await summary.getByRole('link').first().textContent())).toBe(danish);
    expect(await describedBy(rangDa)).toBe(danish);
    expect(pageErrors(page)).toEqual([]);
  });

  it('accepts a submitted quote from the inbox', async () => {
    const customer = await apiLogin(running.app.url, CUSTOMER);
    const quote = await submittedQuote(running.app.url, customer.token, 'Payroll, submitted');
    const manager = await apiLogin(running.app.url, MANAGER);
    const page = await openSignedIn(running.browser, `${running.app.url}/manage/quotes`, manager);
    const link = page.getByRole('link', { name: `${quote.reference}: Payroll, submitted` });
    await link.waitFor();
    await screenshot(page, 'manager-inbox');
    await link.click();
    await page
      .getByRole('heading', { level: 1, name: `Quote ${quote.reference}: Payroll, submitted` })
      .waitFor();
    await page.getByRole('textbox', { name: 'Add a comment' }).fill('We can start on 1 March.');
    await page.getByRole('button', { name: 'Add comment' }).click();
    await page.getByText('Your comment has been added.').waitFor();
    await page.getByText('We can start on 1 March.').waitFor();
    await page.getByRole('radio', { name: 'Accept the quote' }).check();
    await screenshot(page, 'manager-quote');
    await page.getByRole('button', { name: 'Send the decision' }).click();
    await page.getByText(`Quote ${quote.reference} was accepted.`).waitFor();
    const { quote: decided } = await api<{ quote: { status: string; comments: { text: string }[] } }>(
      running.app.url,
      'query ($id: ID!) { quote(id: $id) { status comments { text } } }',
      { id: quote.id },
      customer.token,
    );
    expect(decided.status).toBe('ACCEPTED');
    expect(decided.comments.map((comment) => comment.text)).toContain('We can start on 1 March.');
    expect(await page.getByRole('link', { name: new RegExp(quote.reference) }).count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });
});
