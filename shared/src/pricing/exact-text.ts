import type { Decimal } from '../money/decimal.js';

/**
 * An exact, unrounded value written for an explanation: no needless trailing zeros, but at least
 * the currency's minor digits ("14422.00", "312.50", "0.125").
 */
export function exactText(value: Decimal, minorDigits: number): string {
  // Most values already have the minor digits or fewer: no need to strip zeros only to add them back.
  if (value.scale <= minorDigits) return value.rescale(minorDigits).toString();
  const reduced = value.normalize();
  return (reduced.scale >= minorDigits ? reduced : reduced.rescale(minorDigits)).toString();
}
