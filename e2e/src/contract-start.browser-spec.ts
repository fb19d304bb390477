import { describe, expect, it } from 'vitest';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { wcagViolations } from './support/axe.js';
import { openPage, pageErrors, plain } from './support/pages.js';
import { api, apiLogin, isoDate, MANAGER } from './support/demo-api.js';
import { apiPrice, shownAs, waitForConfirmation, type ConfigurationInput } from './support/pricing.js';

const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** The SA-DK payroll package with the demo agency's volumes. */
const INPUT: ConfigurationInput = {
  providerCode: 'SA-DK',
  servicePackageCode: 'LON',
  volumes: [
    { driverCode: 'ONACCOUNT_PAYMENTS', quantity: '2' },
    { driverCode: 'PAYSLIPS', quantity: '600' },
    { driverCode: 'REFUNDS', quantity: '10' },
  ],
};
const CONFIGURE =
  '/centres/SA-DK/configure?package=LON&volume.ONACCOUNT_PAYMENTS=2&volume.PAYSLIPS=600&volume.REFUNDS=10';

interface Document {
  serviceLevels: Array<{ surchargePercent: string }>;
  services: Array<{ priceComponents: Array<{ model: string; amount?: string }> }>;
}

/** A decimal amount 100 higher, written as exactly ("9000.00" → "9100.00"). */
const plus100 = (amount: string) => amount.replace(/^\d+/, (whole) => String(Number(whole) + 100));

/**
 * Publishes version 2 of SA-DK, in force from `validFrom`, as the centre's manager does through the
 * API: the current document with every service level's surcharge five points and every flat fee
 * 100 higher.
 */
async function publishFutureVersion(url: string, validFrom: string): Promise<void> {
  const manager = await apiLogin(url, MANAGER);
  const { exportCatalogue } = await api<{ exportCatalogue: Document }>(
    url,
    'query { exportCatalogue(providerCode: "SA-DK") }',
    {},
    manager.token,
  );
  for (const level of exportCatalogue.serviceLevels)
    level.surchargePercent = String(Number(level.surchargePercent) + 5);
  for (const component of exportCatalogue.services.flatMap((service) => service.priceComponents))
    if (component.model === 'FLAT' && component.amount) component.amount = plus100(component.amount);
  const { importCatalogue } = await api<{ importCatalogue: { id: string; version: number; number: number } }>(
    url,
    'mutation ($document: JSON!) { importCatalogue(document: $document) { id version number } }',
    { document: exportCatalogue },
    manager.token,
  );
  expect(importCatalogue.number).toBe(2);
  await api(
    url,
    'mutation ($id: ID!, $expectedVersion: Int, $validFrom: Date) { publishCatalogueVersion(id: $id, expectedVersion: $expectedVersion, validFrom: $validFrom) { number } }',
    { id: importCatalogue.id, expectedVersion: importCatalogue.version, validFrom },
    manager.token,
  );
}

describe.runIf(browserAvailable())('Contract start in Chromium', () => {
  const running = useAppInBrowser();

  it('announces new prices, and prices a configuration from the day they apply with one click, at 0 axe violations', async () => {
    const url = running.app.url;
    const validFrom = isoDate(45);
    await publishFutureVersion(url, validFrom);
    const today = await apiPrice(url, INPUT);
    const then = await apiPrice(url, { ...INPUT, startDate: validFrom });
    expect(then.totals.monthly).not.toBe(today.totals.monthly);

    // The home page announces the version published ahead, with a link to browse it.
    const home = await openPage(running.browser.context, `${url}/`, 'en');
    const errors = pageErrors(home);
    const notice = home.getByText(`New prices from ${longDate(validFrom)}`);
    await notice.waitFor();
    const browse = home.getByRole('link', { name: 'Browse version 2' });
    expect(await browse.getAttribute('href')).toBe('/centres/SA-DK?version=2');
    expect(await wcagViolations(home)).toEqual([]);
    await home.close();

    // The configurator prices today's start and says what applies later, beside the price.
    const page = await openPage(running.browser.context, `${url}${CONFIGURE}`, 'en');
    await waitForConfirmation(page);
    expect(plain(await page.locator('#total-monthly').textContent())).toBe(
      shownAs(today.totals.monthly, 'DKK'),
    );
    await page.getByText(`From ${longDate(validFrom)} version 2 applies.`).waitFor();
    await page
      .getByText(
        "An agreement's prices are fixed for its term; a later price list applies only through an amendment or a renewal.",
      )
      .waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Price from then' }).click();
    const start = page.getByLabel('Contract start', { exact: false });
    await expect.poll(() => start.inputValue()).toBe(validFrom);
    await expect
      .poll(() => page.locator('#total-monthly').textContent().then(plain), { timeout: 10_000 })
      .toBe(shownAs(then.totals.monthly, 'DKK'));
    await waitForConfirmation(page);
    await expect.poll(() => page.url()).toContain(`start=${validFrom}`);
    expect(await wcagViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
