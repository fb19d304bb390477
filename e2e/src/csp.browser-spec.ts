import { beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import type { CspViolation } from './support/csp.js';
import { openPage, pageErrors } from './support/pages.js';
import { openSignedIn, type Login } from './support/demo-api.js';
import { loaded, routeWorld, type RouteWorld } from './support/routes.js';

/** DESIGN "Limits at every entry point", HTTP: the policy the web app must run under. */
const CSP =
  "default-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

describe.runIf(browserAvailable())('the web app under its content security policy', () => {
  const running = useAppInBrowser();
  let world: RouteWorld;

  beforeAll(async () => {
    world = await routeWorld(running.app.url, 'CSP');
  });

  /** Opens each path (signed in as `login`, or anonymous) and returns the violations reported. */
  async function visit(paths: string[], login?: Login): Promise<CspViolation[]> {
    await running.browser.takeCspViolations();
    for (const path of paths) {
      const url = `${running.app.url}${path}`;
      const page = login
        ? await openSignedIn(running.browser, url, login)
        : await openPage(running.browser.context, url);
      await loaded(page, path);
      expect(pageErrors(page), path).toEqual([]);
      await page.close();
    }
    return running.browser.takeCspViolations();
  }

  it('serves every page with the policy DESIGN writes', async () => {
    const page = await running.browser.context.newPage();
    const response = await page.goto(`${running.app.url}/centres/SA-DK/configure`);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    expect(response?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
    await page.close();
  });

  it('sees a violation when there is one, and lets the WebSocket to its own origin through', async () => {
    const page = await openPage(running.browser.context, running.app.url);
    await loaded(page, '/');
    const socket = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(`ws://${location.host}/graphql`, 'graphql-transport-ws');
          ws.onopen = () => {
            ws.close();
            resolve('open');
          };
          ws.onerror = () => resolve('error');
        }),
    );
    expect(socket).toBe('open');
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
      try {
        new WebSocket('ws://other-origin.invalid/graphql');
      } catch {
        // Refused by the policy: the violation event is what this test looks for.
      }
    });
    await expect
      .poll(async () => (await running.browser.takeCspViolations()).map((v) => v.directive).sort(), {
        timeout: 5_000,
      })
      .toEqual(['connect-src', 'style-src-elem']);
    await page.close();
  });

  it('has no violation on any page an anonymous visitor can open', async () => {
    expect(await visit(world.anonymousPaths)).toEqual([]);
  });

  it('has no violation on any page of a customer', async () => {
    expect(await visit(world.customerPaths, world.customer)).toEqual([]);
  });

  it('has no violation on any page of an account manager', async () => {
    expect(await visit(world.managerPaths, world.manager)).toEqual([]);
  });

  it('has no violation on any page of an administrator', async () => {
    expect(await visit(world.adminPaths, world.admin)).toEqual([]);
  });
});
