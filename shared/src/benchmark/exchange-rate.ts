import { Decimal } from '../money/decimal.js';
import { type DecimalBounds, type DecimalProblem, decimalTextProblem } from '../limits/decimal-bounds.js';

/** An exchange rate: positive, at most 10 decimals (DESIGN) and 8 digits before the point (1 EUR is some 150 ISK; the GraphQL Decimal text is at most 20 characters). */
export const EXCHANGE_RATE_BOUNDS: DecimalBounds = { wholeDigits: 8, fractionDigits: 10 };

/** What is wrong with a rate's text; null when it is a usable rate. Zero converts nothing: refused. */
export function exchangeRateProblem(text: unknown): DecimalProblem | { code: 'ZERO' } | null {
  const problem = decimalTextProblem(text, EXCHANGE_RATE_BOUNDS);
  if (problem !== null) return problem;
  return Decimal.parse(text as string).isZero() ? { code: 'ZERO' } : null;
}

/** A stored exchange rate: 1 `from` = `rate` `to`, valid from `date` (YYYY-MM-DD). */
export interface ExchangeRateFact {
  id: string;
  date: string;
  from: string;
  to: string;
  /** Plain decimal string, up to 10 decimals. */
  rate: string;
  source: string;
}

/** The rate a conversion used; `id`, `date` and `source` are null for a currency into itself. */
export interface AppliedRate {
  id: string | null;
  date: string | null;
  from: string;
  to: string;
  rate: string;
  source: string | null;
}

/**
 * The rate for `from` → `to` on `at` (DESIGN "Centres side by side"): a currency into itself is 1;
 * otherwise the stored rate in exactly that direction with the latest date on or before `at` — no
 * inverses, no cross rates. Undefined when there is none: a missing rate is said, never guessed.
 * Dates compare as YYYY-MM-DD text.
 */
export function chooseRate(
  rates: readonly ExchangeRateFact[],
  from: string,
  to: string,
  at: string,
): AppliedRate | undefined {
  if (from === to) return { id: null, date: null, from, to, rate: '1', source: null };
  let best: ExchangeRateFact | undefined;
  for (const rate of rates) {
    if (rate.from !== from || rate.to !== to || rate.date > at) continue;
    if (best === undefined || rate.date > best.date) best = rate;
  }
  if (best === undefined) return undefined;
  const { id, date, rate, source } = best;
  return { id, date, from, to, rate, source };
}
