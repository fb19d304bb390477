import { describe, expect, it } from 'vitest';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { wcagViolations } from './support/axe.js';
import { languageOf } from './support/language.js';
import { openPage, pageErrors, plain, screenshot } from './support/pages.js';

describe.runIf(browserAvailable())('catalogue browser in Chromium', () => {
  const running = useAppInBrowser();

  it('explains each price component in words, by category, with levels and who does what', async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/centres/SA-DK`);
    await page.getByRole('heading', { level: 1, name: 'Statens Administration' }).waitFor();
    await page.locator('.price-components li').first().waitFor();
    const payroll = page.locator('.service-card', {
      has: page.getByRole('heading', { name: 'Payroll and refund service' }),
    });
    const prices = (await payroll.locator('.price-components li').allTextContents()).map(plain);
    expect(prices).toContain(
      'Per payslip: DKK 38.00 per payslip per month; minimum charge DKK 1,900.00 per month',
    );
    expect(prices).toContain('Payroll base fee: DKK 9,000.00 per month');
    expect(prices).toContain('Onboarding (one-time fee): DKK 25,000.00 one-time');
    expect(await page.getByRole('heading', { level: 3, name: 'Add-ons' }).count()).toBe(1);

    const levels = page.getByRole('table', { name: 'Service levels: surcharge and targets' });
    expect(plain(await levels.getByRole('row').nth(1).textContent())).toBe(
      'Surcharge on recurring charges0%5%12%',
    );

    const lonRegnskab = page.locator('.package-card', {
      has: page.getByRole('heading', { name: 'Payroll and accounting' }),
    });
    await lonRegnskab.getByText('Who does what').click();
    const labour = lonRegnskab.getByRole('table', { name: 'Division of labour in Payroll and accounting' });
    // The details open through Designsystemet's element; poll until the table is shown.
    await expect.poll(() => labour.getByRole('row').count()).toBeGreaterThan(10);
    await expect.poll(() => labour.getByRole('cell', { name: 'Your agency' }).count()).toBeGreaterThan(0);
    await screenshot(page, 'catalogue');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('shows Norwegian content in Norwegian with Norwegian number formats (DFØ, graduated and volume prices)', async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/centres/DFO-NO`, 'nb');
    await page.getByRole('heading', { level: 2, name: 'Tjenestepakker' }).waitFor();
    const accounting = page.locator('.service-card', {
      has: page.getByRole('heading', { name: 'Regnskap – delservice' }),
    });
    const prices = (await accounting.locator('.price-components li').allTextContents()).map(plain);
    expect(
      prices.some((line) =>
        line.includes('16,00 NOK per enhet (faktura) per måned opp til 1 000; over 1 000: 14,00 NOK'),
      ),
    ).toBe(true);
    expect(prices.some((line) => line.includes('Volumpris per'))).toBe(true);
    await page.close();
  });

  it('marks a name that falls back to English with lang="en" on a Norwegian page, not on a Danish one', async () => {
    // SA-DK's texts are in Danish and English only: on a Norwegian page they fall back to English.
    const norwegian = await openPage(running.browser.context, `${running.app.url}/centres/SA-DK`, 'nb');
    const english = norwegian.getByRole('heading', { level: 4, name: 'Payroll and refund service' });
    await english.waitFor();
    expect(await languageOf(english.getByText('Payroll and refund service', { exact: true }))).toEqual({
      language: 'en',
      pageLanguage: false,
    });
    expect(
      await norwegian.locator('[lang="en"]', { hasText: 'Payroll and refund service' }).count(),
    ).toBeGreaterThan(0);
    expect(pageErrors(norwegian)).toEqual([]);
    await norwegian.close();

    const danish = await openPage(running.browser.context, `${running.app.url}/centres/SA-DK`, 'da');
    const name = danish.getByRole('heading', { level: 4, name: 'Løn- og refusionsservice' });
    await name.waitFor();
    expect(await languageOf(name)).toEqual({ language: 'da', pageLanguage: true });
    expect(await name.locator('[lang]').count()).toBe(0);
    expect(await danish.locator('[lang="en"]', { hasText: 'Løn- og refusionsservice' }).count()).toBe(0);
    await danish.close();
  });

  it('links to the catalogue in the open standards, and both links answer from the app', async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/centres/SA-DK`);
    const standards = page.locator('section', {
      has: page.getByRole('heading', { level: 2, name: 'For integrators' }),
    });
    const cpsvAp = standards.getByRole('link', {
      name: 'Version 1 as public service descriptions (CPSV-AP 3.2, JSON-LD)',
    });
    const tmf620 = standards.getByRole('link', {
      name: 'The version in force today as a product catalogue (TM Forum TMF620 v5, JSON)',
    });
    for (const [link, type, text] of [
      [cpsvAp, 'application/ld+json', 'cpsv:PublicService'],
      [tmf620, 'application/json', '"@type":"ProductCatalog"'],
    ] as const) {
      const href = await link.getAttribute('href');
      const answer = await page.request.get(new URL(href ?? '', page.url()).toString());
      expect(answer.status(), href ?? '').toBe(200);
      expect(answer.headers()['content-type']).toContain(type);
      expect(await answer.text()).toContain(text);
    }
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  // nb: the English fallbacks are marked up, and their lang values must be valid too.
  for (const language of ['en', 'da', 'nb']) {
    it(`has no WCAG 2.1 A/AA violation according to axe-core (${language})`, async () => {
      const page = await openPage(running.browser.context, `${running.app.url}/centres/SA-DK`, language);
      await page.locator('.service-card').first().waitFor();
      await page.locator('details summary').first().click();
      expect(await wcagViolations(page)).toEqual([]);
      if (language === 'da') await screenshot(page, 'catalogue-da');
      await page.close();
    });
  }
});
