import { minorDigits } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import type { CentreOffered } from './centre-price.js';
import { perPayslip } from './centre-price.js';
import type { AppliedRate } from './exchange-rate.js';
import type { StandardProfile } from './profiles.js';

/** A centre's price in the asked currency, with the rate that made it. */
export interface ConvertedPrice {
  currency: string;
  /** year 1 total × rate, rounded half up once, to the target currency's minor unit. */
  total: string;
  /** year 1 total × rate ÷ yearly payslips, rounded half up once; null without payslips. */
  pricePerPayslip: string | null;
  rate: AppliedRate;
}

/**
 * Converts a centre's year-1 total at `rate` (DESIGN "Centres side by side"): the exact product is
 * rounded once, at the end, half up to the target currency's minor unit. Converted figures are
 * indicative.
 * @throws Error when the target currency has no known minor unit.
 */
export function convertOffer(
  offer: CentreOffered,
  rate: AppliedRate,
  profile: StandardProfile,
): ConvertedPrice {
  const digits = targetDigits(rate);
  const exact = Decimal.parse(offer.total).times(Decimal.parse(rate.rate));
  return {
    currency: rate.to,
    total: exact.roundHalfUp(digits).toString(),
    pricePerPayslip: perPayslip(exact, profile, digits),
    rate,
  };
}

/**
 * Converts one amount of `rate.from` into `rate.to` (DESIGN "Centres side by side"): amount × rate,
 * exact, rounded half up once, at the end, to the target currency's minor unit — the rule of the
 * benchmark's converted total, for any figure (the compare page's converted column). Indicative.
 * @throws Error when the target currency has no known minor unit.
 */
export function convertAmount(amount: string, rate: AppliedRate): string {
  return Decimal.parse(amount).times(Decimal.parse(rate.rate)).format(targetDigits(rate));
}

function targetDigits(rate: AppliedRate): number {
  const digits = minorDigits(rate.to);
  if (digits === undefined) throw new Error(`Unknown currency ${rate.to}`);
  return digits;
}
