/**
 * ISO 4217 currencies the catalogue accepts, with their minor-unit digits. DESIGN: DKK, NOK, SEK,
 * EUR have 2; ISK has 0 (Iceland's króna has no minor unit in use).
 */
export const CURRENCY_MINOR_DIGITS: Readonly<Record<string, number>> = {
  DKK: 2,
  NOK: 2,
  SEK: 2,
  EUR: 2,
  ISK: 0,
  GBP: 2,
  USD: 2,
  CHF: 2,
};

/** Minor-unit digits of an ISO 4217 code, or undefined for a currency the catalogue does not know. */
export function minorDigits(currency: string): number | undefined {
  return CURRENCY_MINOR_DIGITS[currency];
}
