import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { openSignedIn, type Login } from './support/demo-api.js';
import { openPage, pageErrors, screenshot } from './support/pages.js';
import { loaded, routeWorld, type RouteWorld } from './support/routes.js';

/** A common phone (iPhone 12–15): what "works on a phone" is measured at. */
const PHONE = { width: 390, height: 844 };
/** The header may take at most a quarter of the phone's height, signed in or not. */
const HEADER_MAX = PHONE.height / 4;
/** Pages whose phone picture docs/screenshots keeps (by path prefix). */
const PICTURES: Record<string, string> = {
  '/': 'mobile-home',
  '/centres/SA-DK': 'mobile-catalogue',
  '/quotes': 'mobile-quotes',
  '/benchmarks': 'mobile-benchmarks',
  '/manage/quotes/': 'mobile-manager-quote',
};

interface Fit {
  path: string;
  scrollWidth: number;
  header: number;
  /** The first elements reaching past the right edge, to say what to fix. */
  wide: string[];
}

async function measure(page: Page, path: string): Promise<Fit> {
  await page.setViewportSize(PHONE);
  await loaded(page, path);
  return page.evaluate((path) => {
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()}.${String(element.className).slice(0, 40)}`);
    return {
      path,
      scrollWidth: document.documentElement.scrollWidth,
      header: Math.round(document.querySelector('header')?.getBoundingClientRect().height ?? 0),
      wide,
    };
  }, path);
}

describe.runIf(browserAvailable())('every page on a 390 × 844 phone', () => {
  const running = useAppInBrowser();
  let world: RouteWorld;

  beforeAll(async () => {
    world = await routeWorld(running.app.url, 'Phone');
  });

  /** Opens each path and returns the pages that scroll sideways or whose header is too tall. */
  async function misfits(paths: string[], login?: Login): Promise<Fit[]> {
    const found: Fit[] = [];
    for (const path of paths) {
      const url = `${running.app.url}${path}`;
      const page = login
        ? await openSignedIn(running.browser, url, login)
        : await openPage(running.browser.context, url);
      const fit = await measure(page, path);
      expect(pageErrors(page), path).toEqual([]);
      if (fit.scrollWidth > PHONE.width || fit.header > HEADER_MAX) found.push(fit);
      const picture =
        PICTURES[path] ?? (path.startsWith('/manage/quotes/') ? PICTURES['/manage/quotes/'] : null);
      if (picture && login?.user.role !== 'ADMIN') await screenshot(page, picture);
      await page.close();
    }
    return found;
  }

  it('no page an anonymous visitor can open scrolls sideways, and the header stays small', async () => {
    expect(await misfits(world.anonymousPaths)).toEqual([]);
  });

  it('no page of a customer does', async () => {
    expect(await misfits(world.customerPaths, world.customer)).toEqual([]);
  });

  it('no page of an account manager does', async () => {
    expect(await misfits(world.managerPaths, world.manager)).toEqual([]);
  });

  it('no page of an administrator does', async () => {
    expect(await misfits(world.adminPaths, world.admin)).toEqual([]);
  });

  it('keeps the price in view while a volume is typed in the configurator', async () => {
    const path = '/centres/SA-DK/configure?package=LON-REGNSKAB';
    const page = await openPage(running.browser.context, `${running.app.url}${path}`);
    await measure(page, path);
    const payslips = page.getByRole('textbox', { name: /payslips/i }).first();
    // As a person does: the field takes focus (the browser scrolls it into view), then keys.
    await payslips.evaluate((field: HTMLElement) => field.focus());
    await page.keyboard.type('850');
    const peek = page.locator('#price-peek');
    await expect.poll(() => peek.textContent()).toMatch(/DKK\s[\d,.]+\smonthly charges/);
    const box = await peek.boundingBox();
    const field = await payslips.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= PHONE.height).toBe(true);
    // The field being typed in is not hidden behind it.
    expect(field && box && field.y + field.height <= box.y).toBe(true);
    const before = await peek.textContent();
    await page.keyboard.press('Home');
    await page.keyboard.type('1');
    await expect.poll(() => peek.textContent()).not.toBe(before);
    await screenshot(page, 'mobile-configurator');
    await page.close();
  });
});
