import type { Page } from 'playwright-core';
import {
  ADMIN,
  api,
  apiLogin,
  CUSTOMER,
  MANAGER,
  saveQuote,
  submittedQuote,
  type Login,
} from './demo-api.js';

/** Every page of the web app, per kind of visitor, with demo data behind each (quotes, a draft). */
export interface RouteWorld {
  customer: Login;
  manager: Login;
  admin: Login;
  anonymousPaths: string[];
  customerPaths: string[];
  managerPaths: string[];
  adminPaths: string[];
}

/**
 * Signs in as the demo customer, account manager and administrator and makes what their pages
 * show (a draft and a submitted quote, a draft of SA-DK's next catalogue), then lists every route
 * each of them can open. Specs that must visit every page (the content security policy, a phone's
 * width) share this list, so a new page is added in one place.
 */
export async function routeWorld(url: string, label: string): Promise<RouteWorld> {
  const centres = (
    await api<{ providers: Array<{ code: string }> }>(url, '{ providers { code } }')
  ).providers.map((p) => p.code);
  const [customer, manager, admin] = await Promise.all(
    [CUSTOMER, MANAGER, ADMIN].map((e) => apiLogin(url, e)),
  );
  const draftId = (await saveQuote(url, customer.token, `${label} draft`)).id;
  const submittedId = (await submittedQuote(url, customer.token, `${label} submitted`)).id;
  const first = async (field: 'agencies' | 'users') =>
    (
      await api<Record<string, { edges: Array<{ node: { id: string } }> }>>(
        url,
        `{ ${field}(first: 1) { edges { node { id } } } }`,
        {},
        admin.token,
      )
    )[field].edges[0].node.id;
  const agencyId = await first('agencies');
  const userId = await first('users');
  // A draft of the centre's next catalogue, so the draft editor's pages have something to show.
  await api(url, 'mutation { createDraft(providerCode: "SA-DK") { id } }', {}, manager.token);

  const anonymousPaths = ['/', '/benchmarks', '/login', '/quotes', '/no-such-page'];
  for (const centre of centres)
    anonymousPaths.push(`/centres/${centre}`, `/centres/${centre}/configure`, `/centres/${centre}/compare`);
  const customerPaths = [
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
  const managerPaths = [
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
  const adminPaths = [
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
  for (const centre of centres) adminPaths.push(`/manage/centres/${centre}`, `/centres/${centre}/proposals`);
  return { customer, manager, admin, anonymousPaths, customerPaths, managerPaths, adminPaths };
}

/** Waits until a page has drawn its heading and stopped loading (a lazy route's chunk, its data). */
export async function loaded(page: Page, path: string): Promise<void> {
  try {
    await page.locator('h1').first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
  } catch (error) {
    throw new Error(`${path} did not load: ${error instanceof Error ? error.message : String(error)}`);
  }
}
