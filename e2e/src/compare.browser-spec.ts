import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { wcagViolations } from './support/axe.js';
import { openPage, pageErrors, plain, screenshot } from './support/pages.js';
import { shownAs, type ConfigurationInput, type Totals } from './support/pricing.js';

/** The API's compareConfigurations for the same inputs, asked directly. */
async function apiCompare(url: string, inputs: ConfigurationInput[]): Promise<Totals[]> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'query Compare($inputs: [ConfigurationInput!]!) { compareConfigurations(inputs: $inputs) { totals { monthly firstYear contractTotal } } }',
      variables: { inputs },
    }),
  });
  const body = (await response.json()) as {
    data?: { compareConfigurations: Array<{ totals: Totals }> };
    errors?: unknown;
  };
  if (!body.data) throw new Error(`compareConfigurations failed: ${JSON.stringify(body.errors)}`);
  return body.data.compareConfigurations.map((quote) => quote.totals);
}

/** The figures of one row of the prices table, per configuration (the amount, without the notes). */
async function row(page: Page, label: string): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Prices per configuration, excluding VAT' });
  const cells = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
    .locator('td .amount__value');
  return (await cells.allTextContents()).map(plain);
}

describe.runIf(browserAvailable())('comparison in Chromium', () => {
  const running = useAppInBrowser();

  it('compares three configurations with what-if volumes, as the API prices them, in a shareable address', async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/centres/SA-DK`);
    await page.getByRole('link', { name: 'Compare the packages side by side' }).click();
    await page.getByRole('heading', { level: 3, name: 'Configuration C' }).waitFor();
    // The catalogue's link starts every package at the same sample volumes, and says they are one.
    await page.getByText(/^The volumes below are a sample/).waitFor();
    for (const field of await page.getByRole('textbox', { name: /, configuration [A-D]$/ }).all())
      await field.fill('');

    const volumes: Array<Record<string, string>> = [
      { PAYSLIPS: '600' },
      { INVOICES_IN: '300', INVOICES_OUT: '100' },
      { PAYSLIPS: '650', INVOICES_IN: '300', INVOICES_OUT: '100' },
    ];
    const labels: Record<string, string> = {
      PAYSLIPS: 'Payslips per month',
      INVOICES_IN: 'Purchase invoices per month',
      INVOICES_OUT: 'Sales invoices per month',
    };
    for (const [i, letter] of ['A', 'B', 'C'].entries()) {
      for (const [driver, quantity] of Object.entries(volumes[i])) {
        await page
          .getByRole('textbox', { name: `${labels[driver]}, configuration ${letter}` })
          .fill(quantity);
      }
    }
    await page.getByText('Differs from A').first().waitFor();
    await page.getByText('Confirmed by the centre’s price service.').waitFor({ timeout: 10_000 });

    const packages = ['LON', 'REGNSKAB', 'LON-REGNSKAB'];
    const inputs: ConfigurationInput[] = packages.map((servicePackageCode, i) => ({
      providerCode: 'SA-DK',
      catalogueVersion: 1,
      servicePackageCode,
      volumes: Object.entries(volumes[i]).map(([driverCode, quantity]) => ({ driverCode, quantity })),
    }));
    const totals = await apiCompare(running.app.url, inputs);
    // The last volumes typed reach the table after the address has been updated: wait for the
    // figures to settle on the API's (a slow machine may still show the ones before).
    const settled = { timeout: 10_000 };
    await expect
      .poll(() => row(page, 'Monthly charges'), settled)
      .toEqual(totals.map((t) => shownAs(t.monthly, 'DKK')));
    expect(await row(page, 'First year')).toEqual(totals.map((t) => shownAs(t.firstYear, 'DKK')));
    expect(await row(page, 'Contract total')).toEqual(totals.map((t) => shownAs(t.contractTotal, 'DKK')));
    // Different volumes and service areas: DESIGN ranks none of them, and the page says why.
    expect(
      await page
        .getByRole('table', { name: 'Prices per configuration, excluding VAT' })
        .getByText('Lowest')
        .count(),
    ).toBe(0);
    await page.getByText(/^Not ranked: /).waitFor();
    expect(await page.getByRole('img', { name: /Bar chart of the total cost/ }).count()).toBe(1);
    await screenshot(page, 'compare');

    await expect.poll(() => page.url()).toContain('config=package%3DLON-REGNSKAB%26volume.INVOICES_IN%3D300');
    const shared = await openPage(running.browser.context, page.url());
    await shared.getByText('Confirmed by the centre’s price service.').waitFor({ timeout: 10_000 });
    expect(await row(shared, 'Monthly charges')).toEqual(await row(page, 'Monthly charges'));
    expect(pageErrors(page)).toEqual([]);
    await shared.close();
    await page.close();
  });

  for (const language of ['en', 'da']) {
    it(`has no WCAG 2.1 A/AA violation according to axe-core (${language})`, async () => {
      const search =
        'config=package%3DLON%26volume.PAYSLIPS%3D600&config=package%3DLON%26years%3D3%26volume.PAYSLIPS%3D12a&config=package%3DREGNSKAB%26years%3D2';
      const page = await openPage(
        running.browser.context,
        `${running.app.url}/centres/SA-DK/compare?${search}`,
        language,
      );
      await page.locator('.price-compare').waitFor();
      await page.locator('.recharts-wrapper').waitFor();
      expect(await wcagViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
