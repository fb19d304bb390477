import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import type { CspViolation } from './support/csp.js';
import { openPage, pageErrors } from './support/pages.js';
import {
  ADMIN,
  api,
  apiLogin,
  CUSTOMER,
  MANAGER,
  openSignedIn,
  saveQuote,
  submittedQuote,
  type Login,
} from './support/demo-api.js';

/** DESIGN "Limits at every entry point", HTTP: the policy the web app must run under. */
const CSP =
  "default-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Waits until a page has drawn its heading and stopped loading (a lazy route's chunk, its data). */
async function loaded(page: Page, path: string): Promise<void> {
  try {
    await page.locator('h1').first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
  } catch (error) {
    throw new Error(`${path} did not load: ${error instanceof Error ? error.message : String(error)}`);
  }
}

describe.runIf(browserAvailable())('the web app under its content security policy', () => {
  const running = useAppInBrowser();
  let centres: string[];
  let customer: Login;
  let manager: Login;
  let admin: Login;
  let draftId: string;
  let submittedId: string;
  let agencyId: string;
  let userId: string;

  beforeAll(async () => {
    const url = running.app.url;
    centres = (
      await api<{ providers: Array<{ code: string }> }>(url, '{ providers { code } }')
    ).providers.map((p) => p.code);
    [customer, manager, admin] = await Promise.all([CUSTOMER, MANAGER, ADMIN].map((e) => apiLogin(url, e)));
    draftId = (await saveQuote(url, customer.token, 'CSP draft')).id;
    submittedId = (await submittedQuote(url, customer.token, 'CSP submitted')).id;
    const { agencies } = await api<{ agencies: { edges: Array<{ node: { id: string } }> } }>(
      url,
      '{ agencies(first: 1) { edges { node { id } } } }',
      {},
      admin.token,
    );
    agencyId = agencies.edges[0].node.id;
    const { users } = await api<{ users: { edges: Array<{ node: { id: string } }> } }>(
      url,
      '{ users(first: 1) { edges { node { id } } } }',
      {},
      admin.token,
    );
    userId = users.edges[0].node.id;
    // A draft of the centre's next catalogue, so the draft editor's pages have something to show.
    await api(url, 'mutation { createDraft(providerCode: "SA-DK") { id } }', {}, manager.token);
  });

  /** Opens each path (signed in as `login`, or anonymous) and returns the violations reported. */
  async function visit(paths: string[], login?: Login): Promise<CspViolation[]> {
    await running.browser.takeCspViolations();
    for (const path of paths) {
      const url = `${running.app.url}${path}`;
      const page = login
        ? await openSignedIn(running.browser, url, login)
        : await openPage(running.browser.context, url);
      await loaded(page, path);
      expect(pageErrors(page), path).toEqual([]);
      await page.close();
    }
    return running.browser.takeCspViolations();
  }

  it('serves every page with the policy DESIGN writes', async () => {
    const page = await running.browser.context.newPage();
    const response = await page.goto(`${running.app.url}/centres/SA-DK/configure`);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    expect(response?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
    await page.close();
  });

  it('sees a violation when there is one, and lets the WebSocket to its own origin through', async () => {
    const page = await openPage(running.browser.context, running.app.url);
    await loaded(page, '/');
    const socket = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(`ws://${location.host}/graphql`, 'graphql-transport-ws');
          ws.onopen = () => {
            ws.close();
            resolve('open');
          };
          ws.onerror = () => resolve('error');
        }),
    );
    expect(socket).toBe('open');
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
      try {
        new WebSocket('ws://other-origin.invalid/graphql');
      } catch {
        // Refused by the policy: the violation event is what this test looks for.
      }
    });
    await expect
      .poll(async () => (await running.browser.takeCspViolations()).map((v) => v.directive).sort(), {
        timeout: 5_000,
      })
      .toEqual(['connect-src', 'style-src-elem']);
    await page.close();
  });

  it('has no violation on any page an anonymous visitor can open', async () => {
    const paths = ['/', '/benchmarks', '/login', '/quotes', '/no-such-page'];
    for (const centre of centres)
      paths.push(`/centres/${centre}`, `/centres/${centre}/configure`, `/centres/${centre}/compare`);
    expect(await visit(paths)).toEqual([]);
  });

  it('has no violation on any page of a customer', async () => {
    const paths = [
      '/',
      '/centres/SA-DK',
      '/centres/SA-DK/configure',
      '/centres/SA-DK/compare',
      '/centres/SA-DK/proposals',
      '/quotes',
      `/quotes/${draftId}`,
      `/quotes/${draftId}/edit`,
      `/quotes/${submittedId}`,
      `/quotes/${submittedId}/print`,
      '/benchmarks',
      '/change-password',
    ];
    expect(await visit(paths, customer)).toEqual([]);
  });

  it('has no violation on any page of an account manager', async () => {
    const paths = [
      '/manage',
      '/manage/centres/SA-DK',
      '/manage/centres/SA-DK/draft',
      '/manage/centres/SA-DK/draft?section=packages',
      '/manage/centres/SA-DK/draft/services/PAY',
      '/manage/centres/SA-DK/draft/services/new',
      '/manage/centres/SA-DK/draft/service-levels/PLUS',
      '/manage/centres/SA-DK/draft/packages/LON-REGNSKAB',
      '/manage/centres/SA-DK/draft/categories/PAYROLL',
      '/manage/centres/SA-DK/draft/drivers/PAYSLIPS',
      '/manage/centres/SA-DK/draft/settings/version',
      '/manage/centres/SA-DK/changes',
      '/manage/centres/SA-DK/impact',
      '/manage/centres/SA-DK/import',
      '/manage/quotes',
      `/manage/quotes/${submittedId}`,
      '/manage/audit',
      '/manage/agencies',
      '/manage/agencies/new',
      '/centres/SA-DK/proposals',
      '/benchmarks',
    ];
    expect(await visit(paths, manager)).toEqual([]);
  });

  it('has no violation on any page of an administrator', async () => {
    const paths = [
      '/manage',
      '/manage/users',
      '/manage/users/new',
      `/manage/users/${userId}`,
      '/manage/agencies',
      `/manage/agencies/${agencyId}`,
      '/manage/quotes',
      `/manage/quotes/${submittedId}`,
      '/manage/audit',
      '/benchmarks',
      '/quotes',
      `/quotes/${draftId}/edit`,
    ];
    for (const centre of centres) paths.push(`/manage/centres/${centre}`, `/centres/${centre}/proposals`);
    expect(await visit(paths, admin)).toEqual([]);
  });
});
