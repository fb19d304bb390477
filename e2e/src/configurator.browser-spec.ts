import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { wcagViolations } from './support/axe.js';
import { openPage, pageErrors, plain, screenshot } from './support/pages.js';
import {
  apiPrice,
  shownAs,
  shownTotals,
  waitForConfirmation,
  type ConfigurationInput,
} from './support/pricing.js';

/** Presses `key` until `target` has the keyboard focus (at most `max` presses). */
async function pressUntilFocused(page: Page, target: Locator, key = 'Tab', max = 60): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`pressed ${key} ${max} times without reaching the element`);
}

/**
 * Whether the focused element shows a visible focus indicator (outline or focus-ring shadow) — on
 * itself, or for a radio or checkbox on its Designsystemet field, which rings the box and its label.
 */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const ringed = (element: Element | null) => {
      if (!element) return false;
      const style = getComputedStyle(element);
      return (
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'
      );
    };
    const element = document.activeElement;
    return ringed(element) || ringed(element?.closest('.ds-field') ?? null);
  });
}

async function expectTotalsFromApi(
  page: Page,
  url: string,
  input: ConfigurationInput,
  currency: string,
): Promise<void> {
  await waitForConfirmation(page);
  const { totals } = await apiPrice(url, input);
  expect(await shownTotals(page)).toEqual({
    monthly: shownAs(totals.monthly, currency),
    firstYear: shownAs(totals.firstYear, currency),
    contractTotal: shownAs(totals.contractTotal, currency),
  });
}

describe.runIf(browserAvailable())('configurator in Chromium', () => {
  const running = useAppInBrowser();

  it('configures a package and shows the same totals as the API’s priceConfiguration, in a shareable address', async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/centres/SA-DK/configure`);
    await page.getByRole('radio', { name: 'Payroll and accounting', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Invoice manager in IndFak' }).check();
    await page.getByRole('radio', { name: 'Plus' }).check();
    await page.getByLabel('Contract length').selectOption('3');
    const volumes = {
      PAYSLIPS: '600',
      REFUNDS: '20',
      ONACCOUNT_PAYMENTS: '5',
      INVOICES_IN: '1200',
      INVOICES_OUT: '300',
    };
    const labels: Record<string, string> = {
      PAYSLIPS: 'Payslips per month',
      REFUNDS: 'Refund claims per month',
      ONACCOUNT_PAYMENTS: 'On-account payments per month',
      INVOICES_IN: 'Purchase invoices per month',
      INVOICES_OUT: 'Sales invoices per month',
    };
    for (const [driver, quantity] of Object.entries(volumes))
      await page.getByRole('textbox', { name: labels[driver] }).pressSequentially(quantity);

    const input: ConfigurationInput = {
      providerCode: 'SA-DK',
      catalogueVersion: 1,
      servicePackageCode: 'LON-REGNSKAB',
      serviceCodes: ['INDFAK'],
      serviceLevelCode: 'PLUS',
      volumes: Object.entries(volumes).map(([driverCode, quantity]) => ({ driverCode, quantity })),
      contractYears: 3,
    };
    await expectTotalsFromApi(page, running.app.url, input, 'DKK');
    expect(plain(await page.getByText('Nothing to fix').textContent())).toBe(
      'Nothing to fix: this configuration can be submitted.',
    );
    expect(await page.getByRole('table', { name: 'Price per contract year' }).getByRole('row').count()).toBe(
      5,
    );
    const steps = (await page.locator('.lines-table .line-steps li').allTextContents()).map(plain);
    expect(steps).toContain('1,200 minus 100 included in the package = 1,100 charged');
    expect(steps).toContain('Service level surcharge +12%');
    await screenshot(page, 'configurator');

    // The address carries the configuration: opening it elsewhere gives the same price.
    await expect.poll(() => page.url()).toContain('package=LON-REGNSKAB');
    const shared = await openPage(running.browser.context, page.url());
    await waitForConfirmation(shared);
    expect(await shownTotals(shared)).toEqual(await shownTotals(page));
    expect(pageErrors(page)).toEqual([]);
    await shared.close();
    await page.close();
  });

  it('resolves issues with their one-click fixes', async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/centres/SA-DK/configure`);
    await page.getByRole('checkbox', { name: 'Invoice manager in IndFak' }).check();
    const row = page.locator('#service-row-INDFAK');
    await row.getByText('Invoice manager in IndFak requires Accounting.').waitFor();
    await screenshot(page, 'configurator-issue');
    await row.getByRole('button', { name: 'Add Accounting' }).click();
    expect(await page.getByRole('checkbox', { name: 'Accounting', exact: true }).isChecked()).toBe(true);
    await expect.poll(() => page.getByText('requires Accounting').count()).toBe(0);
    // Focus lands on the service that was added, so a keyboard user continues from there.
    expect(
      await page
        .getByRole('checkbox', { name: 'Accounting', exact: true })
        .evaluate((element) => element === document.activeElement),
    ).toBe(true);

    const dfo = await openPage(
      running.browser.context,
      `${running.app.url}/centres/DFO-NO/configure?package=LONN-BASIS`,
    );
    await dfo.getByRole('checkbox', { name: 'Payroll – partial service (delservice)' }).check();
    const remove = dfo.getByRole('button', { name: 'Remove Payroll – partial service (delservice)' });
    await remove.click();
    expect(
      await dfo.getByRole('checkbox', { name: 'Payroll – partial service (delservice)' }).isChecked(),
    ).toBe(false);
    await expect.poll(() => dfo.getByText('cannot be combined').count()).toBe(0);
    await dfo.close();
    await page.close();
  });

  it('can be done with the keyboard alone', async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/centres/SSC-SE/configure`);
    const noPackage = page.getByRole('radio', { name: 'No package – I choose the services myself' });
    await noPackage.waitFor();

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await pressUntilFocused(page, noPackage);
    await page.keyboard.press('ArrowDown'); // wraps to the first package and selects it
    expect(await page.getByRole('radio', { name: 'Payroll', exact: true }).isChecked()).toBe(true);

    // The one-click fix for a missing volume takes the keyboard to the field.
    await pressUntilFocused(page, page.getByRole('button', { name: 'Enter Payslips per month' }).first());
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    const payslips = page.getByRole('textbox', { name: 'Payslips per month' });
    expect(await payslips.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('250');

    const travel = page.getByRole('checkbox', { name: 'Travel claims in self-service' });
    await pressUntilFocused(page, travel, 'Shift+Tab');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    expect(await travel.isChecked()).toBe(true);
    await pressUntilFocused(page, page.getByRole('radio', { name: 'Basic' }));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Extended' }).isChecked()).toBe(true);
    // On to the contract length (the contract's start date comes first since it exists).
    await pressUntilFocused(page, page.getByLabel('Contract length'));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Contract length').inputValue()).toBe('2');
    await pressUntilFocused(page, page.getByRole('textbox', { name: 'Travel claims per month' }));
    await page.keyboard.type('40');

    await expectTotalsFromApi(
      page,
      running.app.url,
      {
        providerCode: 'SSC-SE',
        catalogueVersion: 1,
        servicePackageCode: 'LON',
        serviceCodes: ['TRAVEL-SELF'],
        serviceLevelCode: 'UTOKAD',
        volumes: [
          { driverCode: 'PAYSLIPS', quantity: '250' },
          { driverCode: 'TRAVEL_CLAIMS', quantity: '40' },
        ],
        contractYears: 2,
      },
      'SEK',
    );
    await expect
      .poll(() => page.getByText('Nothing to fix: this configuration can be submitted.').count())
      .toBe(1);
    await page.close();
  });

  it('explains an unreadable quantity at the field', async () => {
    const page = await openPage(
      running.browser.context,
      `${running.app.url}/centres/SA-DK/configure?package=LON`,
    );
    const payslips = page.getByRole('textbox', { name: 'Payslips per month' });
    await payslips.pressSequentially('1.000');
    await expect.poll(() => payslips.getAttribute('aria-invalid')).toBe('true');
    const described = await payslips.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? ''),
    );
    expect(described).toContain('Write the number without a thousands separator, for example 1200.');
    await page.close();
  });

  for (const language of ['en', 'da']) {
    it(`has no WCAG 2.1 A/AA violation according to axe-core (${language})`, async () => {
      const page = await openPage(
        running.browser.context,
        `${running.app.url}/centres/SA-DK/configure?package=LON-REGNSKAB&services=INDFAK,CONSULTING&years=3&volume.PAYSLIPS=600&volume.INVOICES_IN=12a`,
        language,
      );
      await page.locator('#total-monthly').waitFor();
      await page.locator('.issue').first().waitFor();
      expect(await wcagViolations(page)).toEqual([]);
      if (language === 'da') await screenshot(page, 'configurator-da');
      await page.close();
    });
  }
});
