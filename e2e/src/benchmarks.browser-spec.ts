import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { pageViolations, wcagViolations } from './support/axe.js';
import { dialogShown, openPage, pageErrors, plain, screenshot } from './support/pages.js';
import { apiLogin, openSignedIn } from './support/demo-api.js';

/** DFØ's account manager in the demo data (api/src/seed/demo-data.ts). */
const DFO_MANAGER = 'manager.dfo-no@demo.servicekatalog.example';
/** DFØ's name in its demo catalogue. */
const DFO = 'Direktoratet for forvaltning og økonomistyring (DFØ)';

/** The rows of one KPI's table as people read them: centre, year, value, source. */
async function tableRows(page: Page, caption: RegExp): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption });
  await table.waitFor();
  const rows = await table.locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) => (await row.locator('th, td').allTextContents()).slice(0, 4).map(plain)),
  );
}

describe.runIf(browserAvailable())('benchmarks in the browser', () => {
  const running = useAppInBrowser();

  it("shows an anonymous visitor DFØ's published unit costs from the header link, with no axe violation", async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/`);
    await page.getByRole('link', { name: 'Benchmarks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Benchmarks' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/benchmarks');
    const source = 'DFØ annual reports (årsrapporter): unit costs 2021–2024';
    expect(await tableRows(page, /Cost per payslip/)).toEqual([
      [DFO, '2021', 'NOK 14.00', source],
      [DFO, '2022', 'NOK 12.00', source],
      [DFO, '2023', 'NOK 14.00', source],
      [DFO, '2024', 'NOK 11.00', source],
    ]);
    expect(await tableRows(page, /Cost per outgoing invoice/)).toEqual([[DFO, '2024', 'NOK 3.80', source]]);
    expect(await page.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
    expect(await pageViolations(page)).toEqual([]);
    await screenshot(page, 'benchmarks');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('keeps the filter in the address and formats values for the language (nb), with no axe violation', async () => {
    const page = await openPage(
      running.browser.context,
      `${running.app.url}/benchmarks?kpi=COST_PER_OUTGOING_INVOICE`,
      'nb',
    );
    expect(await tableRows(page, /Kostnad per utgående faktura/)).toEqual([
      [DFO, '2024', '3,80 NOK', 'DFØ annual reports (årsrapporter): unit costs 2021–2024'],
    ]);
    expect(await page.getByRole('table').count()).toBe(1);
    expect(await pageViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('lets DFØ’s account manager record a figure, which then appears in its table', async () => {
    const manager = await apiLogin(running.app.url, DFO_MANAGER);
    const page = await openSignedIn(running.browser, `${running.app.url}/benchmarks`, manager);
    await page.getByRole('heading', { name: 'Record a figure' }).waitFor();
    expect(await page.getByText(`Your centre: ${DFO}`).count()).toBe(1);

    // Sent empty, the form points at its fields first, and stays accessible doing so.
    await page.getByRole('textbox', { name: 'Value' }).fill('');
    await page.getByRole('button', { name: 'Record figure' }).click();
    await page.getByText('Write the cost as a number greater than 0, e.g. 11 or 3.8.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Value' }).getAttribute('aria-invalid')).toBe('true');
    expect(await wcagViolations(page)).toEqual([]);

    await page
      .getByRole('combobox', { name: 'Unit cost', exact: true })
      .selectOption('COST_PER_INCOMING_INVOICE');
    await page.getByRole('textbox', { name: 'Year' }).fill('2024');
    await page.getByRole('textbox', { name: 'Value' }).fill('13,5');
    await page.getByRole('textbox', { name: 'Source' }).fill('DFØ annual report 2024');
    await page.getByRole('button', { name: 'Record figure' }).click();
    await page.getByText('The figure has been recorded.').waitFor();
    expect(await tableRows(page, /Cost per incoming invoice/)).toEqual([
      [DFO, '2024', 'NOK 13.50', 'DFØ annual report 2024'],
    ]);

    // The same unit cost and year again: refused at the year field, in words.
    await page
      .getByRole('combobox', { name: 'Unit cost', exact: true })
      .selectOption('COST_PER_INCOMING_INVOICE');
    await page.getByRole('textbox', { name: 'Year' }).fill('2024');
    await page.getByRole('textbox', { name: 'Value' }).fill('14');
    await page.getByRole('textbox', { name: 'Source' }).fill('Again');
    await page.getByRole('button', { name: 'Record figure' }).click();
    await page
      .getByText('This centre already has a figure for this unit cost and year.', { exact: false })
      .waitFor();
    expect(await page.getByRole('textbox', { name: 'Year' }).getAttribute('aria-invalid')).toBe('true');

    // Deleting asks first; the open dialog has no violation either.
    await page.getByRole('button', { name: `Delete: Cost per incoming invoice, ${DFO}, 2024` }).click();
    await dialogShown(page);
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete figure' }).click();
    await page.getByText('The figure has been deleted.').waitFor();
    expect(await page.getByRole('table', { name: /Cost per incoming invoice/ }).count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
