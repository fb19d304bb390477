import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, type Browser } from './chromium.js';
import { startBuiltApp, type RunningApp } from './server.js';

/** The built app and a Chromium, shared by the tests of one describe block. */
export interface AppInBrowser {
  readonly app: RunningApp;
  readonly browser: Browser;
}

/**
 * Starts the built app (demo data, embedded SQLite) and a Chromium before the enclosing describe
 * block's tests, and stops both after them. Read `app` and `browser` inside tests and hooks.
 * Each test fails if any page it opened reported a content security policy violation.
 */
export function useAppInBrowser(locale = 'en-GB'): AppInBrowser {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startBuiltApp();
    browser = await launchBrowser(locale);
  });
  // The web app runs under the API's content security policy: any violation fails the test.
  afterEach(async () => {
    if (browser) expect(await browser.takeCspViolations(), 'content security policy violations').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  return {
    get app() {
      if (!app) throw new Error('the app is not started yet (use it inside a test or hook)');
      return app;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not started yet (use it inside a test or hook)');
      return browser;
    },
  };
}
