import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';

/** docs/screenshots in the repository: the browser tests keep the main screens' pictures there. */
export const SCREENSHOTS = resolve(fileURLToPath(import.meta.url), '../../../../docs/screenshots');

/** The key under which the web app remembers the interface language. */
const LANGUAGE_KEY = 'servicekatalog.language';

/**
 * Opens `url` in a new page with the interface in `language` and any further `storage` entries
 * (e.g. a signed-in session) in localStorage before the app starts; collects page errors.
 */
export async function openPage(
  context: BrowserContext,
  url: string,
  language = 'en',
  storage: Record<string, string> = {},
): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(
    (entries) => {
      for (const [key, value] of entries) window.localStorage.setItem(key, value);
    },
    Object.entries({ ...storage, [LANGUAGE_KEY]: language }),
  );
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(url);
  return page;
}

/** Errors the page reported (uncaught exceptions and console errors) since it was opened. */
export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** Saves a full-page screenshot as docs/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Text as people read it: non-breaking and narrow spaces (Intl's separators) as plain spaces. */
export function plain(text: string | null): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
}

/** Waits until the open dialog has finished fading in (axe would measure contrast half-way). */
export async function dialogShown(page: Page): Promise<void> {
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor();
  await dialog.evaluate((element) =>
    Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)),
  );
}
