import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { wcagViolations } from './support/axe.js';
import { openPage, pageErrors, plain, screenshot } from './support/pages.js';
import { waitForConfirmation } from './support/pricing.js';
import { ADMIN, api, apiLogin, CUSTOMER, openSignedIn, PASSWORD, SESSION_KEY } from './support/demo-api.js';

/** A DRAFT quote of the SA-DK customer, saved through the API, with one comment. */
async function apiQuote(url: string, token: string, name: string): Promise<{ id: string }> {
  const { saveQuote } = await api<{ saveQuote: { id: string } }>(
    url,
    'mutation ($input: SaveQuoteInput!) { saveQuote(input: $input) { id } }',
    {
      input: {
        name,
        configuration: {
          providerCode: 'SA-DK',
          servicePackageCode: 'LON-REGNSKAB',
          volumes: [
            { driverCode: 'PAYSLIPS', quantity: '600' },
            { driverCode: 'REFUNDS', quantity: '20' },
            { driverCode: 'ONACCOUNT_PAYMENTS', quantity: '5' },
            { driverCode: 'INVOICES_IN', quantity: '1200' },
            { driverCode: 'INVOICES_OUT', quantity: '300' },
          ],
          contractYears: 3,
        },
      },
    },
    token,
  );
  await api(
    url,
    'mutation ($id: ID!, $text: String!) { addQuoteComment(id: $id, text: $text) { id } }',
    {
      id: saveQuote.id,
      text: 'Vi forventer flere lønsedler fra 2027.',
    },
    token,
  );
  return saveQuote;
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe.runIf(browserAvailable())('quotes in Chromium', () => {
  const running = useAppInBrowser();

  // The browser profile is shared by the tests: each starts signed out.
  afterEach(async () => {
    const page = await running.browser.context.newPage();
    await page.goto(`${running.app.url}/healthz`);
    await page.evaluate((key) => window.localStorage.removeItem(key), SESSION_KEY);
    await page.close();
  });

  it('logs in, saves a configuration as a quote, finds it in the list, comments and submits it', async () => {
    const page = await openPage(
      running.browser.context,
      `${running.app.url}/centres/SA-DK/configure?package=LON`,
    );
    // Anonymous: invited to sign in, and brought back to the same configuration afterwards.
    await page.getByRole('link', { name: 'Sign in to save this configuration as a quote' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/centres/SA-DK/configure?package=LON');
    await signIn(page, CUSTOMER, PASSWORD);
    await expect.poll(() => page.url()).toBe(`${running.app.url}/centres/SA-DK/configure?package=LON`);
    expect(plain(await page.locator('.session-menu__user').textContent())).toContain(
      'Signed in as Karen Økonomimedarbejder',
    );

    await page.getByRole('textbox', { name: 'Payslips per month' }).pressSequentially('600');
    await page.getByRole('textbox', { name: 'Refund claims per month' }).pressSequentially('20');
    await page.getByRole('textbox', { name: 'On-account payments per month' }).pressSequentially('5');
    await page.getByText('Nothing to fix: this configuration can be submitted.').waitFor();
    await waitForConfirmation(page);
    const firstYear = plain(await page.locator('#total-first-year').textContent());
    await page.getByRole('button', { name: 'Save as quote' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save as quote' });
    await dialog.getByRole('textbox', { name: 'Name of the quote' }).fill('Payroll from 2027');
    await dialog.getByRole('button', { name: 'Save the quote' }).click();
    await page.getByText('The quote has been saved.').waitFor();
    const open = page.getByRole('link', { name: /^Open the quote SA-DK-\d{4}-\d{4}$/ });
    const reference = plain(await open.textContent()).replace('Open the quote ', '');

    await page.getByRole('link', { name: 'See all your quotes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quotes' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(reference) });
    await row.waitFor();
    expect(plain(await row.textContent())).toContain('Payroll from 2027');
    expect(plain(await row.textContent())).toContain('Draft');
    expect(plain(await row.getByRole('cell').nth(3).textContent())).toBe(firstYear);
    await screenshot(page, 'quotes');

    await row.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: 'Payroll from 2027' }).waitFor();
    expect(plain(await page.locator('.lead').first().textContent())).toContain('All prices exclude VAT.');
    // The lines as CSV for a Nordic spreadsheet: UTF-8 with BOM, ';' between columns.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the price lines (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`quote-${reference}.csv`);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv.startsWith('\uFEFFService;Price component;Charged;Volume;Quantity;')).toBe(true);
    expect(csv).toContain(';Per payslip;Monthly;Payslips per month;600;600;');

    await page.getByRole('textbox', { name: 'Add a comment' }).fill('Please confirm the start date.');
    await page.getByRole('button', { name: 'Add comment' }).click();
    await page.locator('.comment__text', { hasText: 'Please confirm the start date.' }).waitFor();
    expect(plain(await page.locator('.comment').first().textContent())).toContain('Karen Økonomimedarbejder');

    await page.getByRole('button', { name: 'Submit to the centre' }).click();
    await page
      .getByText('The quote has been submitted to the centre. Its status is now Submitted.')
      .waitFor();
    // The notice takes the focus, so screen readers hear it at once.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Submitted');
    expect(plain(await page.locator('.lead .ds-tag').first().textContent())).toBe('Submitted');
    expect(await page.getByRole('button', { name: 'Submit to the centre' }).count()).toBe(0);
    await screenshot(page, 'quote');

    const { quotes } = await api<{
      quotes: { edges: Array<{ node: { status: string; displayReference: string } }> };
    }>(
      running.app.url,
      '{ quotes(first: 5) { edges { node { status displayReference } } } }',
      {},
      (await apiLogin(running.app.url, CUSTOMER)).token,
    );
    expect(quotes.edges.find((edge) => edge.node.displayReference === reference)?.node.status).toBe(
      'SUBMITTED',
    );
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('changes a draft in the configurator, saves it back, and renames it', async () => {
    const login = await apiLogin(running.app.url, CUSTOMER);
    const { id } = await apiQuote(running.app.url, login.token, 'Three years');
    const page = await openSignedIn(running.browser, `${running.app.url}/quotes/${id}`, login);
    await page.getByRole('link', { name: 'Change the configuration' }).click();
    const payslips = page.getByRole('textbox', { name: 'Payslips per month' });
    expect(await payslips.inputValue()).toBe('600');
    expect(new URL(page.url()).searchParams.get('package')).toBe('LON-REGNSKAB');
    await payslips.fill('');
    await payslips.pressSequentially('700');
    await waitForConfirmation(page);
    await page.getByRole('button', { name: 'Save the changes to the quote' }).click();
    await page.getByText(/^Your changes to the quote have been saved\./).waitFor();
    expect(page.url()).toBe(`${running.app.url}/quotes/${id}`);
    const payslipLine = page.getByRole('row', { name: /Per payslip/ });
    expect(plain(await payslipLine.getByRole('cell').nth(2).textContent())).toBe('700');

    await page.getByRole('button', { name: 'Rename' }).click();
    const name = page.getByRole('textbox', { name: 'Name of the quote' });
    expect(await name.evaluate((element) => element === document.activeElement)).toBe(true);
    await name.fill('Three years, 700 payslips');
    await page.getByRole('button', { name: 'Save the name' }).click();
    await page.getByText('The quote has been renamed.').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Three years, 700 payslips');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('lets an administrator save a configuration for an agency the centre serves', async () => {
    const login = await apiLogin(running.app.url, ADMIN);
    const volumes = 'volume.PAYSLIPS=600&volume.REFUNDS=20&volume.ONACCOUNT_PAYMENTS=5';
    const page = await openSignedIn(
      running.browser,
      `${running.app.url}/centres/SA-DK/configure?package=LON&${volumes}`,
      login,
    );
    await waitForConfirmation(page);
    await page.getByRole('button', { name: 'Save as quote' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save as quote' });
    await dialog.getByRole('textbox', { name: 'Name of the quote' }).fill('Saved by the administrator');
    await dialog.getByRole('button', { name: 'Save the quote' }).click();
    await dialog.getByText('Choose the agency the quote is for.').waitFor();
    // Only the agencies SA-DK serves are offered.
    const agency = dialog.getByRole('combobox', { name: 'Customer agency' });
    expect(await agency.locator('option').allTextContents()).toEqual([
      'Choose the agency',
      'Eksempelstyrelsen (31250005)',
    ]);
    // The dialog with its worded error, as a screen reader meets it.
    expect(await wcagViolations(page)).toEqual([]);
    await agency.selectOption({ label: 'Eksempelstyrelsen (31250005)' });
    await dialog.getByRole('button', { name: 'Save the quote' }).click();
    await page.getByText('The quote has been saved.').waitFor();
    await page.getByRole('link', { name: /^Open the quote SA-DK-\d{4}-\d{4}$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Saved by the administrator' }).waitFor();
    const facts = page.getByRole('region', { name: 'About this quote' });
    expect(plain(await facts.textContent())).toContain('Eksempelstyrelsen');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('offers Revise only on the latest revision', async () => {
    const login = await apiLogin(running.app.url, CUSTOMER);
    const { id } = await apiQuote(running.app.url, login.token, 'Revised once');
    const page = await openSignedIn(running.browser, `${running.app.url}/quotes/${id}`, login);
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await page.getByRole('button', { name: 'Discard the draft' }).click();
    await page.getByText('The draft has been discarded.').waitFor();
    await page.getByRole('button', { name: 'Revise' }).click();
    await page.getByText(/^A new draft revision has been made/).waitFor();
    expect(page.url()).not.toBe(`${running.app.url}/quotes/${id}`);
    await page.goBack();
    await page.getByText(/^This is an older revision, kept for the record\./).waitFor();
    expect(await page.getByRole('button', { name: 'Revise' }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('says the same worded message for a wrong password and an unknown e-mail', async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/login`);
    await signIn(page, CUSTOMER, 'not-the-password');
    const message = 'The e-mail or password is not right. Check both and try again.';
    await page.getByText(message).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(message);
    await signIn(page, 'nobody@nowhere.example', 'not-the-password');
    await page.getByText(message).waitFor();
    expect(page.url()).toBe(`${running.app.url}/login`);
    await page.close();
  });

  it('sends anonymous visitors of the quotes to the sign-in page and back', async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/quotes?status=DRAFT`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signIn(page, CUSTOMER, PASSWORD);
    await expect.poll(() => page.url()).toBe(`${running.app.url}/quotes?status=DRAFT`);
    expect(await page.getByLabel('Show').inputValue()).toBe('DRAFT');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.url()).toBe(`${running.app.url}/`);
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate((key) => window.localStorage.getItem(key), SESSION_KEY)).toBeNull();
    await page.close();
  });

  for (const language of ['en', 'da']) {
    it(`has no WCAG 2.1 A/AA violation on the login, list, quote and print pages (${language})`, async () => {
      const login = await apiLogin(running.app.url, CUSTOMER);
      const { id } = await apiQuote(running.app.url, login.token, `Axe ${language}`);

      const loginPage = await openPage(running.browser.context, `${running.app.url}/login`, language);
      await loginPage.locator('form.login-form').waitFor();
      expect(await wcagViolations(loginPage)).toEqual([]);
      await loginPage.close();

      const list = await openSignedIn(running.browser, `${running.app.url}/quotes`, login, language);
      await list.locator('.quote-table').waitFor();
      expect(await wcagViolations(list)).toEqual([]);
      await list.close();

      const detail = await openSignedIn(running.browser, `${running.app.url}/quotes/${id}`, login, language);
      await detail.locator('.quote-lines').waitFor();
      await detail.locator('.comment').first().waitFor();
      expect(await wcagViolations(detail)).toEqual([]);
      await detail.close();

      const print = await openSignedIn(
        running.browser,
        `${running.app.url}/quotes/${id}/print`,
        login,
        language,
      );
      await print.locator('.quote-print .quote-lines').waitFor();
      expect(await wcagViolations(print)).toEqual([]);
      await print.emulateMedia({ media: 'print' });
      // On paper: no site header, footer or buttons; the reference, validity and VAT note remain.
      expect(await print.locator('.site-header').isVisible()).toBe(false);
      expect(await print.getByRole('button').first().isVisible()).toBe(false);
      const text = plain(await print.locator('.quote-print__header').textContent());
      expect(text).toMatch(language === 'en' ? /valid until .*exclude VAT/ : /gælder til .*ekskl\. moms/);
      if (language === 'en') await screenshot(print, 'quote-print');
      await print.close();
    });
  }
});
