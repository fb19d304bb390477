import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { recordCspViolations, settleCspReports, type CspViolation } from './csp.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Browser tests need Debian's Chromium. Without it they skip with a notice — unless
 * REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.REQUIRE_BROWSER === '1') {
    throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM_PATH} is missing (apt-get install -y chromium)`);
  }
  process.stderr.write(
    `\nNOTICE: browser tests skipped: ${CHROMIUM_PATH} not found. Install it with "apt-get install -y chromium".\n\n`,
  );
  return false;
}

export interface Browser {
  context: BrowserContext;
  /** Content security policy violations reported since the last call, emptied by it. */
  takeCspViolations(): Promise<CspViolation[]>;
  close(): Promise<void>;
}

/**
 * A headless Chromium with a fresh profile (flags from STACK.md: no network beyond localhost),
 * recording every content security policy violation of its pages.
 */
export async function launchBrowser(locale = 'en-GB'): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'sk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    locale,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const violations = await recordCspViolations(context);
  return {
    context,
    takeCspViolations: async () => {
      await settleCspReports(context);
      return violations.splice(0, violations.length);
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
