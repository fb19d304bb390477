/**
 * DESIGN pricing rule 2's factors on recurring lines: × (1 − discount/100) for package items and
 * × (1 + surcharge/100) for every selected service; ONE_TIME lines get neither. A catalogue has only
 * a few combinations of package and level, so each is built once when the catalogue is compiled and
 * every configuration shares it.
 */
import { Decimal } from '../money/decimal.js';
import type { CompiledDecimal } from './compile.js';

/** How a recurring line is adjusted: the factor and the percentages that make it up. */
export interface Adjustment {
  readonly factor: Decimal;
  /** False when the factor is 1: lines skip multiplying by it. */
  readonly scales: boolean;
  readonly discountPercent: string | null;
  readonly surchargePercent: string | null;
}

/** Factor 1: ONE_TIME lines, and recurring lines with neither a discount nor a level. */
export const NO_ADJUSTMENT: Adjustment = Object.freeze({
  factor: Decimal.ONE,
  scales: false,
  discountPercent: null,
  surchargePercent: null,
});

/** 1 + surcharge/100 of a service level: what extra services' recurring lines get. */
export function levelAdjustment(surchargePercent: CompiledDecimal): Adjustment {
  const factor = Decimal.ONE.plus(surchargePercent.value.divideByPowerOfTen(2)).normalize();
  return Object.freeze({
    factor,
    scales: !factor.eq(Decimal.ONE),
    discountPercent: null,
    surchargePercent: surchargePercent.text,
  });
}

/** (1 − discount/100) × the level's factor: what a package's items' recurring lines get under `level`. */
export function packageItemAdjustment(discountPercent: CompiledDecimal, level: Adjustment): Adjustment {
  const discount = Decimal.ONE.minus(discountPercent.value.divideByPowerOfTen(2));
  const factor = discount.times(level.factor).normalize();
  return Object.freeze({
    factor,
    scales: !factor.eq(Decimal.ONE),
    discountPercent: discountPercent.text,
    surchargePercent: level.surchargePercent,
  });
}
