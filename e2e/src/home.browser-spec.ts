import { describe, expect, it } from 'vitest';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { wcagViolations } from './support/axe.js';
import { openPage, pageErrors, screenshot } from './support/pages.js';

describe.runIf(browserAvailable())('home page in Chromium', () => {
  const running = useAppInBrowser();

  it('lists the five demo centres from the API, served on the same port', async () => {
    const page = await openPage(running.browser.context, running.app.url);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBe(5);
    for (const name of ['Statens Administration', 'DFØ', 'Statens servicecenter', 'Palkeet', 'Fjársýslan']) {
      expect(await page.getByRole('heading', { level: 2, name: new RegExp(name) }).count()).toBe(1);
    }
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Shared service centres');
    expect(
      await page
        .getByRole('link', { name: 'Browse the catalogue of Statens Administration' })
        .getAttribute('href'),
    ).toBe('/centres/SA-DK');
    await screenshot(page, 'home');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('switches to Danish and remembers the choice after a reload', async () => {
    const page = await running.browser.context.newPage();
    await page.goto(running.app.url);
    await page.getByLabel('Language').selectOption('da');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Statslige servicecentre');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Statslige servicecentre');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    await page.getByLabel('Sprog').selectOption('en');
    await page.close();
  });

  for (const language of ['en', 'da', 'nb', 'sv', 'fi', 'is']) {
    it(`has no WCAG 2.1 A/AA violation according to axe-core (${language})`, async () => {
      const page = await openPage(running.browser.context, running.app.url, language);
      await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBe(5);
      expect(await wcagViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('sends the web app for client routes and 404 for unknown API paths', async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/centres/SA-DK`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Statens Administration');
    const missing = await fetch(`${running.app.url}/graphql/unknown`, { headers: { accept: 'text/html' } });
    expect(missing.status).toBe(404);
    await page.close();
  });

  it('says so for an address the app does not know', async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/no/such/page`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });
});
