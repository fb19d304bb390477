import { useRatesInUse } from '../api/centres';
import type { ComparedConfiguration } from '../model/compared';
import { convertConfiguration, currenciesToConvert, type ConvertedConfiguration } from '../model/conversion';

/**
 * The figures of configurations of several centres converted into `currency` at the rates the API
 * names (today's), each from its own exact figure; `figures` null when nothing is converted (one
 * centre) or while the rates load. `needed`: the currencies that need a rate.
 */
export function useConversion(
  across: boolean,
  compared: readonly ComparedConfiguration[],
  currencies: readonly string[],
  currency: string,
) {
  const needed = across ? currenciesToConvert(currencies, currency) : [];
  const rates = useRatesInUse(needed, currency);
  const usable = needed.length === 0 ? [] : rates.data;
  const figures: ConvertedConfiguration[] | null =
    across && usable
      ? compared.map((c, i) => convertConfiguration(c, currencies[i], currency, usable))
      : null;
  return { needed, rates: usable, failed: rates.isError, figures };
}
