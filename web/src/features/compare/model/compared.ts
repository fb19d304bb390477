import type { PriceBreakdown } from '@servicekatalog/shared';
import type { PricingRequest } from '../../../lib/configuration/pricing-input';
import type { LivePrice } from '../../../lib/pricing/use-live-prices';

/** One configuration of the comparison: its request, and the figures shown for it. */
export interface ComparedConfiguration {
  request: PricingRequest;
  /** Null when the browser could not price it (a bug or a catalogue mismatch; logged). */
  breakdown: PriceBreakdown | null;
  totals: PriceBreakdown['totals'] | null;
  years: PriceBreakdown['years'] | null;
  errorCount: number;
}

/** A live price as the comparison's columns show it. */
export function comparedConfiguration({ request, breakdown, shown }: LivePrice): ComparedConfiguration {
  return {
    request,
    breakdown,
    totals: shown?.totals ?? null,
    years: shown?.years ?? null,
    errorCount: breakdown?.issues.filter((issue) => issue.severity === 'ERROR').length ?? 0,
  };
}
