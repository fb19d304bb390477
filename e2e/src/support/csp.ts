import type { BrowserContext } from 'playwright-core';

/** One `securitypolicyviolation` a page reported: what was blocked, by which directive, where. */
export interface CspViolation {
  page: string;
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

/** The name under which pages report violations to the test (a Playwright binding). */
const BINDING = '__servicekatalogCspViolation';

/**
 * Records every content security policy violation of every page the context opens, from the
 * first script on: an init script listens for `securitypolicyviolation` and reports each to
 * the test at once, so a violation is kept even if its page navigates or closes right after.
 */
export async function recordCspViolations(context: BrowserContext): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  await context.exposeBinding(BINDING, ({ page }, violation: Omit<CspViolation, 'page'>) => {
    violations.push({ page: page.url(), ...violation });
  });
  await context.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (violation: unknown) => void>)[binding];
      report({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
        sample: event.sample,
      });
    });
  }, BINDING);
  return violations;
}

/**
 * Lets every open page deliver the violations it has already seen: a round trip to each page
 * runs after the reports queued before it.
 */
export async function settleCspReports(context: BrowserContext): Promise<void> {
  await Promise.all(
    context
      .pages()
      .map((page) =>
        page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0))).catch(() => undefined),
      ),
  );
}
