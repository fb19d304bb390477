import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { wcagViolations } from './support/axe.js';
import { api, apiLogin, CUSTOMER, isoDate, MANAGER, openSignedIn, type Login } from './support/demo-api.js';
import { openPage, pageErrors, plain } from './support/pages.js';

/** The price panel beside the configurator, as one text. */
async function panel(page: Page): Promise<string> {
  return plain(await page.getByRole('complementary', { name: 'Your price' }).textContent());
}

describe.runIf(browserAvailable())(
  'a configurator and decision screens people can trust (issue findings)',
  () => {
    const running = useAppInBrowser();
    let customer: Login;
    let manager: Login;

    beforeAll(async () => {
      [customer, manager] = await Promise.all([CUSTOMER, MANAGER].map((e) => apiLogin(running.app.url, e)));
    });

    it('an empty configuration says nothing is chosen, never "nothing to fix" (finding 1)', async () => {
      const page = await openSignedIn(
        running.browser,
        `${running.app.url}/centres/SA-DK/configure`,
        customer,
      );
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expect.poll(() => panel(page)).toContain('Choose a service package or at least one service.');
      expect(await panel(page)).not.toContain('Nothing to fix');
      expect(await wcagViolations(page)).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    });

    it('a volume that cannot be read is listed in the panel and marks the price incomplete (finding 2)', async () => {
      const page = await openPage(
        running.browser.context,
        `${running.app.url}/centres/SA-DK/configure?package=LON`,
      );
      const payslips = page.getByRole('textbox', { name: 'Payslips per month' });
      for (const value of ['abc', '-5', '12.5']) {
        await payslips.fill(value);
        await expect.poll(() => panel(page)).toContain('Incomplete price');
        const text = await panel(page);
        expect(text).not.toContain('Nothing to fix');
        expect(text).not.toContain('Confirmed by the centre');
        expect(text).toContain('Payslips per month: ');
      }
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    });

    it('an absurd volume is refused at the field and in the panel, and nothing shows "∞" (finding 3)', async () => {
      const page = await openPage(
        running.browser.context,
        `${running.app.url}/centres/SA-DK/configure?package=LON`,
      );
      await page.getByRole('textbox', { name: 'Payslips per month' }).fill('99999999999999999999999');
      await expect.poll(() => panel(page)).toContain('Use at most 12 digits before the decimal point.');
      expect(await page.locator('body').textContent()).not.toContain('∞');
      await page.close();
    });

    it('the publish dialog proposes a date ahead, and a past date must be confirmed (finding 7)', async () => {
      await api(running.app.url, 'mutation { createDraft(providerCode: "SA-DK") { id } }', {}, manager.token);
      const page = await openSignedIn(
        running.browser,
        `${running.app.url}/manage/centres/SA-DK/draft`,
        manager,
      );
      await page.getByRole('button', { name: 'Publish…' }).click();
      const dialog = page.getByRole('dialog', { name: /^Publish draft version \d+$/ });
      const date = dialog.getByLabel('Comes into force on');
      expect((await date.inputValue()) > isoDate(0)).toBe(true);
      await date.fill(isoDate(-30));
      const publish = dialog.getByRole('button', { name: /^Publish version \d+$/ });
      expect(await publish.isDisabled()).toBe(true);
      await dialog.getByRole('checkbox', { name: /replaces the price list in force at once/ }).check();
      expect(await publish.isDisabled()).toBe(false);
      expect(await wcagViolations(page)).toEqual([]);
      await page.close();
    });

    it('compare ranks only comparable configurations: the catalogue’s packages are not called "Lowest" (finding 10)', async () => {
      const page = await openPage(running.browser.context, `${running.app.url}/centres/SA-DK`);
      await page.getByRole('link', { name: 'Compare the packages side by side' }).click();
      await page.getByRole('heading', { level: 3, name: 'Configuration B' }).waitFor();
      await page.getByText(/^Not ranked: /).waitFor();
      const table = page.getByRole('table', { name: 'Prices per configuration, excluding VAT' });
      expect(await table.getByText('Lowest').count()).toBe(0);
      await page.close();
    });

    it('after saving, the main action updates that quote; a draft is discarded, not withdrawn (finding 12)', async () => {
      const page = await openSignedIn(
        running.browser,
        `${running.app.url}/centres/SA-DK/configure?package=LON&volume.PAYSLIPS=600&volume.REFUNDS=20&volume.ONACCOUNT_PAYMENTS=5`,
        customer,
      );
      await page.getByRole('button', { name: 'Save as quote' }).click();
      const dialog = page.getByRole('dialog', { name: 'Save as quote' });
      await dialog.getByRole('textbox', { name: 'Name of the quote' }).fill('Trust finding 12');
      await dialog.getByRole('button', { name: 'Save the quote' }).click();
      await page.getByText('The quote has been saved.').waitFor();
      const update = page.getByRole('button', { name: /^Update quote SA-DK-\d{4}-\d{4}$/ });
      await update.waitFor();
      expect(await page.getByRole('button', { name: 'Save as quote' }).count()).toBe(0);
      await page.getByRole('link', { name: /^Open the quote SA-DK-\d{4}-\d{4}$/ }).click();
      await page.getByRole('button', { name: 'Discard draft' }).waitFor();
      expect(await page.getByRole('button', { name: 'Withdraw' }).count()).toBe(0);
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    });
  },
);
