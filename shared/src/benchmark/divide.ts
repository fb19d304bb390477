import { Decimal } from '../money/decimal.js';

/**
 * `dividend ÷ divisor` rounded half up (away from zero on a tie) to `digits` fraction digits, exactly:
 * the quotient is formed on bigint coefficients, never a float.
 * @throws RangeError when the divisor is zero.
 */
export function divideHalfUp(dividend: Decimal, divisor: Decimal, digits: number): Decimal {
  if (divisor.isZero()) throw new RangeError('division by zero');
  // a/10^sa ÷ b/10^sb = a·10^sb / (b·10^sa); times 10^digits to keep `digits` decimals.
  let numerator = dividend.units * 10n ** BigInt(divisor.scale + digits);
  let denominator = divisor.units * 10n ** BigInt(dividend.scale);
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return Decimal.fromUnits(negative ? -rounded : rounded, digits);
}
