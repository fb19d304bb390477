import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, type Browser } from './support/chromium.js';
import { startBuiltApp, type RunningApp } from './support/server.js';
import { wcagViolations } from './support/axe.js';

const SCREENSHOTS = resolve(fileURLToPath(import.meta.url), '../../../docs/screenshots');

describe.runIf(browserAvailable())('home page in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startBuiltApp();
    browser = await launchBrowser('en-GB');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lists the three demo centres from the API, served on the same port', async () => {
    const page = await browser.context.newPage();
    await page.goto(app.url);
    await expect.poll(() => page.getByRole('listitem').count()).toBe(3);
    for (const name of ['Statens Administration', 'DFØ', 'Statens servicecenter']) {
      expect(await page.getByRole('heading', { name: new RegExp(name) }).count()).toBeGreaterThan(0);
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'home.png'), fullPage: true });
    await page.close();
  });

  it('switches to Danish and remembers the choice after a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(app.url);
    await page.getByLabel('Language').selectOption('da');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Statslige servicecentre');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Statslige servicecentre');
    await page.getByLabel('Sprog').selectOption('en');
    await page.close();
  });

  it('has no WCAG 2.1 A/AA violation according to axe-core', async () => {
    const page = await browser.context.newPage();
    await page.goto(app.url);
    await expect.poll(() => page.getByRole('listitem').count()).toBe(3);
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });

  it('sends the web app for client routes and 404 for unknown API paths', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(`${app.url}/catalogue/SA-DK`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Servicekatalog');
    const missing = await fetch(`${app.url}/graphql/unknown`, { headers: { accept: 'text/html' } });
    expect(missing.status).toBe(404);
    await page.close();
  });
});
