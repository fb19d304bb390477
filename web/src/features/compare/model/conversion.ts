import { chooseRate, convertAmount, type AppliedRate } from '@servicekatalog/shared';
import type { ComparedConfiguration } from './compared';

/** A figure converted at a named rate (indicative), or the rate is missing — said, never guessed. */
export type Converted = { amount: string; rate: AppliedRate } | { missing: true; from: string; to: string };

/**
 * Converts one exact figure of `from` into `to` at the rate in use (DESIGN "Centres side by side"):
 * a currency into itself is 1; otherwise only a rate the API named for exactly that direction.
 * amount × rate is rounded half up once, to the minor unit of `to` (shared rule). Null stays null.
 */
export function convertFigure(
  amount: string | null,
  from: string,
  to: string,
  rates: readonly AppliedRate[],
): Converted | null {
  if (amount === null) return null;
  // chooseRate over no stored rates is 1 for a currency into itself, and nothing otherwise.
  const rate = rates.find((r) => r.from === from && r.to === to) ?? chooseRate([], from, to, '');
  return rate ? { amount: convertAmount(amount, rate), rate } : { missing: true, from, to };
}

/** The figures of one configuration converted into `to`: each from its own exact figure, rounded once. */
export interface ConvertedConfiguration {
  monthly: Converted | null;
  firstYear: Converted | null;
  contractTotal: Converted | null;
  years: Array<Converted | null>;
}

export function convertConfiguration(
  compared: ComparedConfiguration,
  from: string,
  to: string,
  rates: readonly AppliedRate[],
): ConvertedConfiguration {
  const convert = (amount: string | null | undefined) => convertFigure(amount ?? null, from, to, rates);
  return {
    monthly: convert(compared.totals?.monthly),
    firstYear: convert(compared.totals?.firstYear),
    contractTotal: convert(compared.totals?.contractTotal),
    years: (compared.years ?? []).map((year) => convert(year.total)),
  };
}

/** The currencies whose rates into `to` are needed: each once, without `to` itself (that is 1). */
export function currenciesToConvert(currencies: readonly string[], to: string): string[] {
  return [...new Set(currencies)].filter((currency) => currency !== to).sort();
}
