import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { pageViolations, wcagViolations } from './support/axe.js';
import { dialogShown, pageErrors, plain, screenshot } from './support/pages.js';
import {
  ADMIN,
  api,
  apiLogin,
  CUSTOMER,
  MANAGER,
  openSignedIn,
  SESSION_KEY,
  type Login,
} from './support/demo-api.js';

/** A CVR number with a right check digit (weights 2,7,6,5,4,3,2,1: the sum is divisible by 11). */
const VALID_CVR = '10150817';
/** The same digits but the last: the check digit does not match. */
const INVALID_CVR = '10150818';
const AGENCY = 'Testmyndigheden for Digitalisering';
const NEW_USER = 'nina.ny@testmyndigheden.example';

interface Agency {
  id: string;
  name: string;
}

/** The agency the manager registers in the first test; registered through the API when run alone. */
async function theAgency(url: string, manager: Login): Promise<Agency> {
  const { agencies } = await api<{ agencies: { edges: Array<{ node: Agency }> } }>(
    url,
    'query { agencies(providerCode: "SA-DK", first: 100) { edges { node { id name } } } }',
    {},
    manager.token,
  );
  const found = agencies.edges.find((edge) => edge.node.name === AGENCY)?.node;
  if (found) return found;
  const { createAgency } = await api<{ createAgency: Agency }>(
    url,
    'mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id name } }',
    { input: { name: AGENCY, country: 'DK', organisationNumber: VALID_CVR, providerCode: 'SA-DK' } },
    manager.token,
  );
  return createAgency;
}

/** The id of the demo user with this e-mail, as an administrator finds it through the API. */
async function userId(url: string, admin: Login, email: string): Promise<string> {
  const { users } = await api<{ users: { edges: Array<{ node: { id: string; email: string } }> } }>(
    url,
    'query { users(first: 100) { edges { node { id email } } } }',
    {},
    admin.token,
  );
  const user = users.edges.find((edge) => edge.node.email === email);
  if (!user) throw new Error(`No user ${email}`);
  return user.node.id;
}

/** The cells of a table's body rows as people read them. */
async function rows(page: Page, table: string | RegExp): Promise<string[][]> {
  const body = page.getByRole('table', { name: table }).locator('tbody tr');
  const result: string[][] = [];
  for (const row of await body.all()) result.push((await row.locator('th, td').allTextContents()).map(plain));
  return result;
}

describe.runIf(browserAvailable())('agencies and users in Chromium', () => {
  const running = useAppInBrowser();

  it('an account manager registers an agency: a wrong CVR is refused at its field, a right one is listed', async () => {
    const manager = await apiLogin(running.app.url, MANAGER);
    const page = await openSignedIn(running.browser, `${running.app.url}/manage/agencies`, manager);
    // Users are the administrators' business: no link for an account manager.
    await page.getByRole('heading', { level: 1, name: 'Customer agencies' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Manager area' });
    expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Register an agency' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register an agency' }).waitFor();
    await page.getByRole('textbox', { name: 'Name' }).fill(AGENCY);
    expect(await page.getByRole('combobox', { name: 'Country' }).inputValue()).toBe('DK');
    expect(await page.getByRole('textbox', { name: 'Centre' }).inputValue()).toBe('SA-DK');
    const number = page.getByRole('textbox', { name: 'Organisation number' });
    await number.fill(INVALID_CVR);
    await page.getByRole('button', { name: 'Register the agency' }).click();

    await page.locator('ds-error-summary').waitFor();
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    const described = await number.evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(described).toContain('is not a valid Danish CVR number');

    await number.fill(VALID_CVR);
    await page.getByRole('button', { name: 'Register the agency' }).click();
    const notice = page.getByText(`${AGENCY} was registered.`);
    await notice.waitFor();
    expect(new URL(page.url()).pathname).toBe('/manage/agencies');
    // Focus moves to the outcome, so keyboard and screen-reader users hear it where they are.
    await expect
      .poll(() =>
        notice.evaluate((element) => element.closest('.ds-alert')?.contains(document.activeElement)),
      )
      .toBe(true);
    await page.getByRole('row', { name: new RegExp(AGENCY) }).waitFor();
    const listed = await rows(page, /agenc/);
    expect(listed).toContainEqual([AGENCY, VALID_CVR, 'Denmark', 'SA-DK']);
    await screenshot(page, 'manager-agencies');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('an administrator creates a customer user for that agency and sets a one-time password the user must change', async () => {
    const agency = await theAgency(running.app.url, await apiLogin(running.app.url, MANAGER));
    const admin = await apiLogin(running.app.url, ADMIN);
    const page = await openSignedIn(running.browser, `${running.app.url}/manage/users`, admin);
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByRole('link', { name: 'Create a user' }).click();
    await page.getByRole('textbox', { name: 'E-mail' }).fill(NEW_USER);
    await page.getByRole('textbox', { name: 'Name' }).fill('Nina Ny');
    await page.getByRole('combobox', { name: 'Role' }).selectOption('CUSTOMER');
    await page.getByRole('combobox', { name: 'Agency' }).selectOption(agency.id);
    await page.getByRole('combobox', { name: 'Preferred language' }).selectOption('da');
    await page.getByRole('textbox', { name: 'One-time password' }).fill('first-time-2027');
    await page.getByRole('button', { name: 'Create the user' }).click();
    await page.getByText(/^Nina Ny was created\./).waitFor();
    await page.getByRole('row', { name: /Nina Ny/ }).waitFor();
    expect(await rows(page, /users/)).toContainEqual([
      'Nina Ny',
      NEW_USER,
      'Customer (agency user)',
      AGENCY,
      'Active Must change password',
    ]);
    await screenshot(page, 'manager-users');

    // She forgot it: the administrator sets another one.
    await page.getByRole('link', { name: 'Nina Ny' }).click();
    await page.getByRole('heading', { level: 1, name: 'User Nina Ny' }).waitFor();
    await page.getByRole('textbox', { name: 'New one-time password' }).fill('second-time-2027');
    await page.getByRole('button', { name: 'Set the one-time password' }).click();
    await page
      .getByText(
        'The one-time password was set. Tell it to Nina Ny: they must change it when they first sign in.',
      )
      .waitFor();
    expect(pageErrors(page)).toEqual([]);
    await page.close();

    // Through the API's login: signed in, and told to change the password first.
    const { login } = await api<{
      login: { mustChangePassword: boolean; user: { email: string; role: string } };
    }>(
      running.app.url,
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { mustChangePassword user { email role } } }',
      { email: NEW_USER, password: 'second-time-2027' },
    );
    expect(login).toEqual({ mustChangePassword: true, user: { email: NEW_USER, role: 'CUSTOMER' } });

    // And in the browser: signing in leads to changing the password. The browser profile still
    // holds the administrator's session; it is dropped before the app starts, so nothing restores it.
    const signIn = await running.browser.context.newPage();
    await signIn.addInitScript((key) => window.localStorage.removeItem(key), SESSION_KEY);
    await signIn.goto(`${running.app.url}/login`);
    await signIn.getByRole('textbox', { name: 'E-mail' }).fill(NEW_USER);
    await signIn.getByLabel('Password', { exact: true }).fill('second-time-2027');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await signIn.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
    await signIn
      .getByText('Your password was set by an administrator. Choose your own password before you continue.')
      .waitFor();
    await signIn.close();
  });

  it('answers an account manager at the users page with a worded refusal', async () => {
    const manager = await apiLogin(running.app.url, MANAGER);
    const page = await openSignedIn(running.browser, `${running.app.url}/manage/users`, manager);
    await page.getByRole('heading', { level: 1, name: 'Only for administrators' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await page.close();
  });

  for (const language of ['en', 'da']) {
    it(`reports no axe violation on the agency and user pages (${language})`, async () => {
      const manager = await apiLogin(running.app.url, MANAGER);
      const admin = await apiLogin(running.app.url, ADMIN);
      const agency = await theAgency(running.app.url, manager);
      const customerId = await userId(running.app.url, admin, CUSTOMER);
      const pages: Array<[Login, string]> = [
        [manager, '/manage/agencies'],
        [manager, '/manage/agencies/new'],
        [manager, `/manage/agencies/${agency.id}`],
        [manager, '/manage/users'],
        [admin, '/manage/agencies'],
        [admin, '/manage/agencies/new'],
        [admin, '/manage/users'],
        [admin, '/manage/users/new'],
        [admin, `/manage/users/${customerId}`],
      ];
      const found: Record<string, unknown[]> = {};
      for (const [who, path] of pages) {
        const page = await openSignedIn(running.browser, `${running.app.url}${path}`, who, language);
        const result = await pageViolations(page);
        if (result.length) found[`${String(who.user.role)} ${path}`] = result;
        expect(pageErrors(page)).toEqual([]);
        await page.close();
      }
      expect(found).toEqual({});
    });

    it(`reports no axe violation with the agency form's errors and the deactivate dialog open (${language})`, async () => {
      const manager = await apiLogin(running.app.url, MANAGER);
      const admin = await apiLogin(running.app.url, ADMIN);
      const page = await openSignedIn(
        running.browser,
        `${running.app.url}/manage/agencies/new`,
        manager,
        language,
      );
      await page.locator('form.item-form').waitFor();
      await page.locator('form.item-form button[type="submit"]').click();
      await page.locator('ds-error-summary').waitFor();
      expect(await pageViolations(page)).toEqual([]);
      await page.close();

      const customerId = await userId(running.app.url, admin, CUSTOMER);
      const userPage = await openSignedIn(
        running.browser,
        `${running.app.url}/manage/users/${customerId}`,
        admin,
        language,
      );
      await userPage.locator('#user-sign-in-heading').waitFor();
      await userPage.locator('#user-sign-in-heading ~ .button-row button').click();
      await dialogShown(userPage);
      expect(await wcagViolations(userPage)).toEqual([]);
      await userPage.keyboard.press('Escape');
      await userPage.close();
    });
  }
});
