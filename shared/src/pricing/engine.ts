/**
 * The pricing engine: (compiled catalogue version, configuration) → price breakdown. Pure and
 * deterministic — no clock, environment or I/O — so the web app and the API get the same result.
 */
import type { PricingCatalogue } from './compile.js';
import { resolveInput } from './input.js';
import { findIssues } from './issues.js';
import { lineContext, priceLines } from './lines.js';
import { chooseServiceLevel, selectServices } from './selection.js';
import { sumYears } from './totals.js';
import type { ConfigurationInput, ConfigurationIssue, PriceBreakdown } from './types.js';

/**
 * Version of the pricing rules as implemented. Stored with every quote snapshot; bump it on any
 * deliberate change that alters results, so an old snapshot shows which rules produced it.
 */
export const ENGINE_VERSION = '1.1.0';

/**
 * Prices a configuration against a compiled catalogue version (DESIGN pricing rules 1–4). Broken
 * rules come back as `issues` and the configuration is still priced as far as it can be.
 * @throws PricingInputError when the input itself is bad (rule 5): nothing is priced then.
 */
export function priceConfiguration(catalogue: PricingCatalogue, input: ConfigurationInput): PriceBreakdown {
  const resolved = resolveInput(catalogue, input);
  const selected = selectServices(catalogue, resolved);
  const serviceLevel = chooseServiceLevel(catalogue, resolved);
  const { servicePackage, volumes, contractYears } = resolved;
  const priced = priceLines(lineContext(resolved, serviceLevel, catalogue.minorDigits), selected);
  const { years, totals } = sumYears(priced, contractYears, catalogue.minorDigits);
  const issues = findIssues({ catalogue, servicePackage, volumes, contractYears }, selected);
  return {
    currency: catalogue.currency,
    catalogueVersion: catalogue.catalogueVersion,
    valid: !hasError(issues),
    lines: priced.lines,
    years,
    totals,
    issues,
    serviceLevelCode: serviceLevel?.code ?? null,
    servicePackageCode: servicePackage?.code ?? null,
    contractYears,
    engineVersion: ENGINE_VERSION,
  };
}

function hasError(issues: readonly ConfigurationIssue[]): boolean {
  for (const issue of issues) if (issue.severity === 'ERROR') return true;
  return false;
}
