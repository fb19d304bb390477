import { Decimal, minorDigits, type PriceBreakdown, type PricingInputError } from '@servicekatalog/shared';

/** A configuration priced against one version: its breakdown, or the engine's refusal. */
export type Repriced = { breakdown: PriceBreakdown } | { refusal: PricingInputError };

/** Text order, for sorting by agency name and reference. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** after − before in the currency's minor digits. */
export function difference(after: string, before: string, currency: string): string {
  return Decimal.parse(after)
    .minus(Decimal.parse(before))
    .format(minorDigits(currency) ?? 2);
}

/** The draft side of an impact: the totals against the draft, or why it cannot price. */
export function draftSide(priced: Repriced) {
  const after = 'breakdown' in priced ? priced.breakdown : null;
  const refusal = 'refusal' in priced ? priced.refusal : null;
  return {
    after,
    validAfter: after?.valid ?? null,
    problem: refusal?.message ?? null,
    problems: refusal ? [...refusal.errors] : [],
  };
}
