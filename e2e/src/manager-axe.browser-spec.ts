import { beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { pageViolations, wcagViolations } from './support/axe.js';
import { dialogShown, pageErrors, screenshot } from './support/pages.js';
import {
  api,
  apiLogin,
  CUSTOMER,
  MANAGER,
  openSignedIn,
  submittedQuote,
  type Login,
} from './support/demo-api.js';

describe.runIf(browserAvailable())('the manager area for axe-core (WCAG 2.1 A/AA)', () => {
  const running = useAppInBrowser();
  let manager: Login;
  let quoteId: string;

  beforeAll(async () => {
    manager = await apiLogin(running.app.url, MANAGER);
    const customer = await apiLogin(running.app.url, CUSTOMER);
    quoteId = (await submittedQuote(running.app.url, customer.token, 'Accessibility check')).id;
    const { createDraft } = await api<{ createDraft: { id: string; version: number } }>(
      running.app.url,
      'mutation { createDraft(providerCode: "SA-DK") { id version } }',
      {},
      manager.token,
    );
    // A price change, so the changes page has a row to show.
    await api(
      running.app.url,
      `mutation ($id: ID!, $v: Int!) { upsertCategory(id: $id, expectedVersion: $v,
         input: { code: "TRAVEL", name: { en: "Travel", da: "Rejser" } }) { version } }`,
      { id: createDraft.id, v: createDraft.version },
      manager.token,
    );
  });

  const pages = [
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
    '/manage/audit',
  ];

  for (const language of ['en', 'da']) {
    it(`reports no violation on any manager page (${language})`, async () => {
      const found: Record<string, unknown[]> = {};
      for (const path of [...pages, `/manage/quotes/${quoteId}`]) {
        const page = await openSignedIn(running.browser, `${running.app.url}${path}`, manager, language);
        const result = await pageViolations(page);
        if (result.length) found[path] = result;
        expect(pageErrors(page)).toEqual([]);
        await page.close();
      }
      expect(found).toEqual({});
    });

    it(`reports no violation with a form's errors, the publish and discard dialogs open (${language})`, async () => {
      const page = await openSignedIn(
        running.browser,
        `${running.app.url}/manage/centres/SA-DK/draft/services/new`,
        manager,
        language,
      );
      await page.locator('form.item-form').waitFor();
      await page.locator('form.item-form button[type="submit"]').click();
      await page.locator('ds-error-summary').waitFor();
      expect(await pageViolations(page)).toEqual([]);
      await page.goto(`${running.app.url}/manage/centres/SA-DK/draft`);
      await page.locator('.draft-actions .button-row > button').first().click();
      await dialogShown(page);
      expect(await wcagViolations(page)).toEqual([]);
      if (language === 'da') await screenshot(page, 'manager-publish-da');
      await page.keyboard.press('Escape');
      await page
        .locator('dialog[open]')
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await page.locator('.draft-actions .button-row > button').last().click();
      await dialogShown(page);
      expect(await wcagViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('reports no violation on the administrator’s pages (centre choice, inbox and audit log of every centre)', async () => {
    const admin = await apiLogin(running.app.url, 'admin@demo.servicekatalog.example');
    for (const language of ['en', 'da']) {
      for (const path of ['/manage', '/manage/quotes', '/manage/audit']) {
        const page = await openSignedIn(running.browser, `${running.app.url}${path}`, admin, language);
        expect([path, language, await pageViolations(page)]).toEqual([path, language, []]);
        await page.close();
      }
    }
  });

  it('shows the audit log with what changed, readably', async () => {
    const page = await openSignedIn(
      running.browser,
      `${running.app.url}/manage/audit?entity=CatalogueVersion`,
      manager,
    );
    await page.getByText('Added a category').first().waitFor();
    await page
      .getByText(/Show the \d+ changed value/)
      .first()
      .click();
    const details = page.locator('.audit-event details[open]').first();
    await details.getByRole('table').waitFor();
    await details.evaluate((element) =>
      Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)),
    );
    // Designsystemet opens details with a height transition that starts a frame later.
    await page.waitForTimeout(400);
    await screenshot(page, 'manager-audit');
    await page.close();
  });
});
