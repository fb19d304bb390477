import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * Runs axe-core in the page with the WCAG 2.1 A and AA rules and returns the violations. axe is
 * evaluated in the page, not added as a `<script>`: the app's content security policy refuses
 * inline scripts, as it should.
 */
export async function wcagViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

/** A whole page once it has loaded: waits for its main heading and for the network to settle, then runs {@link wcagViolations}. */
export async function pageViolations(page: Page): Promise<unknown[]> {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  return wcagViolations(page);
}
