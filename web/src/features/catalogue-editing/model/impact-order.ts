import type { QuoteImpact } from '../api/impact';

/** The size of a decimal string's difference, for ordering ("-120.50" → 120.5); null stays null. */
function size(difference: string | null | undefined): number | null {
  if (difference == null) return null;
  const value = Math.abs(Number(difference));
  return Number.isFinite(value) ? value : null;
}

/**
 * Quotes by how much the draft changes them: those it cannot price at all first (they need the
 * most attention), then by the largest change in the contract total, then in the first year;
 * ties by reference. (Ordering only: the amounts shown are the API's exact strings.)
 */
export function byLargestChange(impacts: readonly QuoteImpact[]): QuoteImpact[] {
  return [...impacts].sort((a, b) => {
    const aBroken = a.problem != null || a.contractTotalDifference == null;
    const bBroken = b.problem != null || b.contractTotalDifference == null;
    if (aBroken !== bBroken) return aBroken ? -1 : 1;
    const contract = (size(b.contractTotalDifference) ?? 0) - (size(a.contractTotalDifference) ?? 0);
    if (contract !== 0) return contract;
    const firstYear = (size(b.firstYearDifference) ?? 0) - (size(a.firstYearDifference) ?? 0);
    if (firstYear !== 0) return firstYear;
    return a.reference.localeCompare(b.reference) || a.revision - b.revision;
  });
}
