import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { englishCatalogueTexts, languageDefects } from './support/mixed-languages.js';
import { openPage, pageErrors, plain } from './support/pages.js';

// Each interface language on a catalogue written in other languages (and English): its texts fall
// back to English, marked with lang="en", and never sit inside a sentence of the interface's own
// words (issue 14, finding 9; DESIGN "Centres side by side", Languages). English reads SA-DK,
// which has English texts, so nothing of its catalogue should be marked at all.
const CASES: Array<[language: string, centre: string]> = [
  ['en', 'SA-DK'],
  ['da', 'PALKEET-FI'],
  ['nb', 'SA-DK'],
  ['sv', 'FJS-IS'],
  ['fi', 'DFO-NO'],
  ['is', 'SSC-SE'],
];

/** Waits until the page has settled (texts loaded, price confirmed) before it is read. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
}

describe.runIf(browserAvailable())('no mixed languages inside one sentence (finding 9)', () => {
  const running = useAppInBrowser();

  for (const [language, centre] of CASES) {
    it(`${language} interface on ${centre}: catalogue, configurator and compare`, async () => {
      const english = await englishCatalogueTexts(running.app.url, centre);
      expect(english.length).toBeGreaterThan(20);
      const page = await openPage(running.browser.context, `${running.app.url}/centres/${centre}`, language);
      await page.locator('.service-card').first().waitFor();
      await settled(page);
      // The division of labour and the service levels' targets open too.
      for (const summary of await page.locator('main details summary').all()) await summary.click();
      const compare = await page.locator('a[href*="/compare?"]').first().getAttribute('href');
      const configure = await page.locator('a[href*="/configure?package="]').first().getAttribute('href');
      const pages: Array<[string, string | null]> = [
        ['catalogue', null],
        // One volume only, so the panel lists the missing ones by name.
        ['configurator', `${configure}&volume.PAYSLIPS=600`],
        ['compare', compare],
      ];
      for (const [name, path] of pages) {
        if (path) {
          await page.goto(`${running.app.url}${path}`);
          await settled(page);
        }
        expect(await page.evaluate(() => document.documentElement.lang), name).toBe(language);
        expect(await languageDefects(page, english), `${name} of ${centre} in ${language}`).toEqual([]);
        const marked = await page.locator('main [lang="en"]').count();
        if (language === 'en') expect(marked, name).toBe(0);
        else expect(marked, `${name}: English fallbacks marked`).toBeGreaterThan(5);
      }
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    });
  }

  it('the check itself sees the sentences the issue saw mixed, marked or not', async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/centres/SA-DK`, 'nb');
    await settled(page);
    await page.evaluate(() => {
      const sample = document.createElement('div');
      sample.id = 'mixed-sample';
      sample.innerHTML = [
        '<p>Telles per <span lang="en">payslip</span>.</p>',
        '<p>Pakken har tjenestenivå <span lang="en">Basic</span></p>',
        '<a>Sett sammen <span lang="en">Payroll</span></a>',
        '<p>Payroll and refund service Inkludert</p>',
        '<p>Enhet: <span lang="en">payslip</span>.</p>',
        '<p><span lang="en">Payroll</span> og <span lang="en">Accounting</span></p>',
      ].join('');
      // A button-like link lays its words out as flex items (set through the CSSOM: the policy refuses style attributes).
      (sample.querySelector('a') as HTMLElement).style.display = 'flex';
      document.querySelector('main')?.append(sample);
    });
    const defects = await languageDefects(page, await englishCatalogueTexts(running.app.url, 'SA-DK'));
    expect(defects).toEqual([
      {
        kind: 'unmarked',
        english: 'Payroll and refund service',
        sentence: 'Payroll and refund service Inkludert',
      },
      { kind: 'mixed', english: 'payslip', sentence: 'Telles per [payslip]' },
      { kind: 'mixed', english: 'Basic', sentence: 'Pakken har tjenestenivå [Basic]' },
      { kind: 'mixed', english: 'Payroll', sentence: 'Sett sammen [Payroll]' },
    ]);
    await page.close();
  });

  it('nb on SA-DK: the sentences the issue saw mixed now keep the English apart', async () => {
    const page = await openPage(
      running.browser.context,
      `${running.app.url}/centres/SA-DK/configure?package=LON&volume.PAYSLIPS=600`,
      'nb',
    );
    await settled(page);
    const main = plain(await page.locator('main').textContent());
    for (const mixed of [
      /Telles per payslip/i,
      /tjenestenivå Basic/i,
      /Payroll and refund service Inkludert/i,
    ])
      expect(main).not.toMatch(mixed);
    expect(main).toContain('Enhet: payslip.');
    expect(main).toMatch(/tjenestenivå: Basic/);
    expect(main).toMatch(/Payroll and refund service: Inkludert/);
    expect(await page.locator('[lang="en"]', { hasText: /^payslip$/ }).count()).toBeGreaterThan(0);
    expect(await page.locator('[lang="en"]', { hasText: /^Basic$/ }).count()).toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
