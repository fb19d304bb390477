/**
 * DESIGN pricing rule 2, from a line's base to its amount: the minimum (whenever the line exists,
 * also at billable 0), then the recurring adjustment, then the only rounding in pricing — half up,
 * to the minor unit.
 */
import type { Decimal } from '../money/decimal.js';
import type { Adjustment } from './adjustment.js';
import type { CompiledDecimal } from './compile.js';
import { exactText } from './exact-text.js';
import type { ModelPrice } from './price-models.js';

/** A line's amount and the texts that explain it. */
export interface LineCharge {
  readonly minimumApplied: boolean;
  /** The rounded amount × 10^minorDigits. */
  readonly minorUnits: bigint;
  readonly amount: string;
  readonly baseText: string;
}

export function lineCharge(
  minimum: CompiledDecimal | null,
  modelPrice: ModelPrice,
  adjustment: Adjustment,
  minorDigits: number,
): LineCharge {
  const { base, baseText } = modelPrice;
  const minimumApplied = minimum !== null && minimum.value.gt(base);
  const charged = minimumApplied ? minimum.value : base;
  const adjusted = adjustment.scales ? charged.times(adjustment.factor) : charged;
  const rounded = adjusted.roundHalfUp(minorDigits);
  // Nothing to round and nothing changed: base and amount are the same number written alike, so
  // they share a text, and a FLAT amount's text is ready from compiling.
  const unchanged = sameWriting(rounded, base);
  const amount = unchanged && baseText !== null ? baseText : rounded.toString();
  return {
    minimumApplied,
    minorUnits: rounded.units,
    amount,
    baseText: baseText ?? (unchanged ? amount : exactText(base, minorDigits)),
  };
}

/** Same value with the same scale: the two are written the same. */
function sameWriting(a: Decimal, b: Decimal): boolean {
  return a.scale === b.scale && a.units === b.units;
}
