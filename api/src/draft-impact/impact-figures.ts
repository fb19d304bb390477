import { Decimal, minorDigits, type PriceBreakdown, type PricingInputError } from '@servicekatalog/shared';
import type { DraftPricedModel } from './models/draft-priced.model.js';

/** A configuration priced against one version: its breakdown, or the engine's refusal. */
export type Repriced = { breakdown: PriceBreakdown } | { refusal: PricingInputError };

/**
 * The first day the draft can be in force: its validFrom, or — without one, as publishing may still
 * set it — today.
 */
export function takesEffect(draft: { version: { validFrom: string | null } }, today: string): string {
  return draft.version.validFrom ?? today;
}

/** Text order, for sorting by agency name and reference. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** after − before in the currency's minor digits. */
function difference(after: string, before: string, currency: string): string {
  return Decimal.parse(after)
    .minus(Decimal.parse(before))
    .format(minorDigits(currency) ?? 2);
}

/**
 * The draft's side of an impact row: the totals against the draft (or why it cannot price the
 * configuration) and the differences from `before`, when both exist in the same currency.
 */
export function draftPriced(
  before: { firstYear: string; contractTotal: string } | null,
  currency: string,
  priced: Repriced,
  draftCurrency: string,
): DraftPricedModel {
  const after = 'breakdown' in priced ? priced.breakdown : null;
  const refusal = 'refusal' in priced ? priced.refusal : null;
  const comparable = after !== null && before !== null && after.currency === currency;
  return {
    draftCurrency,
    firstYearAfter: after?.totals.firstYear ?? null,
    firstYearDifference: comparable ? difference(after.totals.firstYear, before.firstYear, currency) : null,
    contractTotalAfter: after?.totals.contractTotal ?? null,
    contractTotalDifference: comparable
      ? difference(after.totals.contractTotal, before.contractTotal, currency)
      : null,
    validAfter: after?.valid ?? null,
    problem: refusal?.message ?? null,
    problems: refusal ? [...refusal.errors] : [],
  };
}
