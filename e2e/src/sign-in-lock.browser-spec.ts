import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { openPage, plain } from './support/pages.js';
import { ADMIN, api, apiLogin, MANAGER, openSignedIn, PASSWORD, SESSION_KEY } from './support/demo-api.js';

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Ten wrong passwords for `email` through the API: the e-mail is locked for 15 minutes. */
async function lock(url: string, email: string): Promise<void> {
  for (let i = 0; i < 10; i += 1) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { email, password: 'not the password' } }),
    });
    expect(response.status).toBe(200);
  }
}

describe.runIf(browserAvailable())('sign-in lock and sign-out in Chromium', () => {
  const running = useAppInBrowser();

  afterEach(async () => {
    const page = await running.browser.context.newPage();
    await page.goto(`${running.app.url}/healthz`);
    await page.evaluate((key) => window.localStorage.removeItem(key), SESSION_KEY);
    await page.close();
  });

  it('says how long to wait after too many failures; an administrator clears the lock; signing out revokes the token', async () => {
    const url = running.app.url;
    await lock(url, MANAGER);
    const loginPage = await openPage(running.browser.context, `${url}/login`);
    await signIn(loginPage, MANAGER, PASSWORD);
    const refusal = loginPage.getByText(/Too many failed attempts/);
    await refusal.waitFor();
    expect(plain(await refusal.textContent())).toBe(
      'Too many failed attempts to sign in with this e-mail or from this network. Try again in 15 minutes.',
    );
    await loginPage.close();

    const admin = await apiLogin(url, ADMIN);
    const { users } = await api<{
      users: { edges: { node: { id: string; email: string; name: string } }[] };
    }>(url, '{ users(first: 100) { edges { node { id email name } } } }', {}, admin.token);
    const manager = users.edges.map((edge) => edge.node).find((user) => user.email === MANAGER)!;
    const adminPage = await openSignedIn(running.browser, `${url}/manage/users/${manager.id}`, admin);
    await adminPage.getByRole('button', { name: 'Clear sign-in lock' }).click();
    const dialog = adminPage.getByRole('dialog', { name: `Clear the sign-in lock of ${manager.name}?` });
    await dialog.getByRole('button', { name: 'Clear sign-in lock' }).click();
    await adminPage
      .getByText(`The sign-in lock of ${manager.name} was cleared. They can sign in now.`)
      .waitFor();
    // The browser profile is shared: the administrator's session must not be the next page's.
    await adminPage.evaluate((key) => window.localStorage.removeItem(key), SESSION_KEY);
    await adminPage.close();

    const page = await openPage(running.browser.context, `${url}/login`);
    await signIn(page, MANAGER, PASSWORD);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const token = await page.evaluate(
      (key) => (JSON.parse(window.localStorage.getItem(key) ?? '{}') as { token?: string }).token ?? null,
      SESSION_KEY,
    );
    expect(token).toBeTruthy();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await expect
      .poll(async () => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ me { id } }' }),
        });
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        return body.errors?.[0]?.extensions?.code ?? 'accepted';
      })
      .toBe('UNAUTHENTICATED');
    await page.close();
  });
});
