/** Σ digit × weight over the first `weights.length` digits of `digits`. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + Number(digits[i]) * weight, 0);
}

/**
 * The modulus-11 check digit of `digits` under `weights`, as Norway, Finland and Iceland compute it:
 * remainder r = Σ mod 11; check digit 0 when r is 0, else 11 − r. When r is 1 the check digit would
 * be 10, so no valid number starts with these digits: undefined.
 */
export function mod11CheckDigit(digits: string, weights: readonly number[]): number | undefined {
  const remainder = weightedSum(digits, weights) % 11;
  if (remainder === 0) return 0;
  return remainder === 1 ? undefined : 11 - remainder;
}

/**
 * True when `digits` passes the Luhn (modulus 10) check with its check digit last: from the right,
 * every second digit is doubled and a two-digit product counts as the sum of its digits.
 */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const fromRight = digits.length - 1 - i;
    const digit = Number(digits[i]);
    const doubled = fromRight % 2 === 1 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
}
