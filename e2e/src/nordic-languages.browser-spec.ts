import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { wcagViolations } from './support/axe.js';
import { openPage, pageErrors, plain, screenshot } from './support/pages.js';
import { apiPrice } from './support/pricing.js';

/** The three totals of the configurator's price summary, as shown. */
async function totals(page: Page): Promise<string[]> {
  return Promise.all(
    ['total-monthly', 'total-first-year', 'total-contract'].map(async (id) =>
      plain(await page.locator(`#${id}`).textContent()),
    ),
  );
}

// Palkeet (EUR; fi, sv, en) and Fjársýslan (ISK, no minor unit; is, en) in their own languages:
// numbers, money and dates the local way, volumes typed with the language's separators.
describe.runIf(browserAvailable())('Finnish and Icelandic in Chromium', () => {
  const running = useAppInBrowser();

  it('switches to Finnish and to Icelandic, loading each language’s texts when it is chosen', async () => {
    const page = await openPage(running.browser.context, running.app.url);
    await page.getByRole('heading', { level: 1, name: 'Shared service centres' }).waitFor();
    await page.getByLabel('Language').selectOption('fi');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Palvelukeskukset');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
    await page.getByLabel('Kieli').selectOption('is');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Þjónustumiðstöðvar');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('is');
    // Country names in Icelandic, also in a Chromium without Icelandic locale data.
    const main = plain(await page.locator('main').textContent());
    for (const country of ['Danmörk', 'Noregur', 'Svíþjóð', 'Finnland', 'Ísland'])
      expect(main).toContain(country);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('shows Palkeet’s catalogue in Finnish with euros the Finnish way, without an axe violation', async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/centres/PALKEET-FI`, 'fi');
    const payroll = page.locator('.service-card', {
      has: page.getByRole('heading', { name: 'Palkanlaskenta' }),
    });
    await payroll.locator('.price-components li').first().waitFor();
    const prices = (await payroll.locator('.price-components li').allTextContents()).map(plain);
    expect(prices).toContain('Palkkahallinnon perusmaksu: 1 200,00 € kuukaudessa');
    expect(
      prices.some((line) =>
        line.startsWith('Palkkalaskelmaa kohden: 4,20 € / yksikkö (palkkalaskelma) kuukaudessa'),
      ),
    ).toBe(true);
    expect(plain(await page.locator('main').textContent())).toContain('voimassa 1. tammikuuta 2026 alkaen');
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, 'catalogue-fi');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('shows Fjársýslan’s catalogue in Icelandic with whole krónur, without an axe violation', async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/centres/FJS-IS`, 'is');
    const payroll = page.locator('.service-card', {
      has: page.getByRole('heading', { name: 'Launavinnsla í Orra' }),
    });
    await payroll.locator('.price-components li').first().waitFor();
    const prices = (await payroll.locator('.price-components li').allTextContents()).map(plain);
    expect(prices).toContain('Grunngjald launavinnslu: 180.000 kr. á mánuði');
    expect(prices.some((line) => line.includes('650 kr. á einingu (launaseðill) á mánuði'))).toBe(true);
    expect(plain(await page.locator('main').textContent())).toContain('gildir frá 1. janúar 2026');
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, 'catalogue-is');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('prices a Palkeet package in Finnish from volumes typed the Finnish way, as the API does', async () => {
    const page = await openPage(
      running.browser.context,
      `${running.app.url}/centres/PALKEET-FI/configure`,
      'fi',
    );
    await page.getByRole('radio', { name: 'Palkkahallinto', exact: true }).check();
    const payslips = page.getByRole('textbox', { name: 'Palkkalaskelmat kuukaudessa' });
    // A point is refused in Finnish, said at the field; a space groups thousands.
    await payslips.fill('1.000');
    await page.getByText('Käytä desimaalierottimena pilkkua, esimerkiksi 7,5.').first().waitFor();
    expect(await payslips.getAttribute('aria-invalid')).toBe('true');
    await payslips.fill('1 000');
    await page.getByRole('textbox', { name: 'Kela-korvaushakemukset kuukaudessa' }).fill('20');
    await page.getByText('Palvelukeskuksen hintapalvelu on vahvistanut hinnan.').waitFor({ timeout: 10_000 });
    // 1 200 + 1 000 × 4,20 + 20 × 6,50 = 5 530,00 € a month; the first year adds 4 000 € onboarding.
    expect(await totals(page)).toEqual(['5 530,00 €', '70 360,00 €', '70 360,00 €']);
    const { totals: api } = await apiPrice(running.app.url, {
      providerCode: 'PALKEET-FI',
      servicePackageCode: 'PALKKA',
      volumes: [
        { driverCode: 'PAYSLIPS', quantity: '1000' },
        { driverCode: 'REFUNDS', quantity: '20' },
      ],
    });
    expect(api).toEqual({ monthly: '5530.00', firstYear: '70360.00', contractTotal: '70360.00' });
    expect(page.url()).toContain('volume.PAYSLIPS=1+000');
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, 'configurator-fi');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('prices a Fjársýslan package in Icelandic from volumes typed the Icelandic way, as the API does', async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/centres/FJS-IS/configure`, 'is');
    await page.getByRole('radio', { name: 'Laun og bókhald', exact: true }).check();
    // In Icelandic "." groups thousands and "," marks decimals.
    await page.getByRole('textbox', { name: 'Launaseðlar á mánuði' }).fill('1.200');
    await page.getByRole('textbox', { name: 'Innkomnir reikningar á mánuði' }).fill('250');
    await page.getByText('Staðfest af verðþjónustu þjónustumiðstöðvarinnar.').waitFor({ timeout: 10_000 });
    // (180 000 + 1 200 × 650 + 220 000 + (250 − 50) × 480) × 0,97 = 1 237 720 kr. a month.
    const { totals: api } = await apiPrice(running.app.url, {
      providerCode: 'FJS-IS',
      servicePackageCode: 'LAUN-BOKHALD',
      volumes: [
        { driverCode: 'PAYSLIPS', quantity: '1200' },
        { driverCode: 'INVOICES_IN', quantity: '250' },
      ],
    });
    expect(api).toEqual({ monthly: '1237720', firstYear: '16202640', contractTotal: '16202640' });
    expect(await totals(page)).toEqual(['1.237.720 kr.', '16.202.640 kr.', '16.202.640 kr.']);
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, 'configurator-is');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
