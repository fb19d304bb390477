import type { ExchangeRateFields } from '../exchange-rates/exchange-rate.rules.js';

/** Every demo rate says it is one (DESIGN: demo rates are marked as such). */
export const DEMO_RATE_SOURCE = 'Demo rate — illustrative, not an official exchange rate';
const DEMO_RATE_DATE = '2026-01-01';

/**
 * One demo rate per direction between the five centres' currencies (20), so the benchmark page can
 * convert into any of them: rates are used only in their stored direction, never inverted. Made up
 * from illustrative units per euro (DKK 7.46, NOK 11.75, SEK 11.00, ISK 145), round figures near
 * late-2025 market levels; each cross rate is their quotient rounded half up to 6 decimals.
 */
export const DEMO_EXCHANGE_RATES: readonly ExchangeRateFields[] = [
  ['DKK', 'EUR', '0.134048'],
  ['NOK', 'EUR', '0.085106'],
  ['SEK', 'EUR', '0.090909'],
  ['ISK', 'EUR', '0.006897'],
  ['EUR', 'DKK', '7.46'],
  ['NOK', 'DKK', '0.634894'],
  ['SEK', 'DKK', '0.678182'],
  ['ISK', 'DKK', '0.051448'],
  ['EUR', 'NOK', '11.75'],
  ['DKK', 'NOK', '1.575067'],
  ['SEK', 'NOK', '1.068182'],
  ['ISK', 'NOK', '0.081034'],
  ['EUR', 'SEK', '11.00'],
  ['DKK', 'SEK', '1.474531'],
  ['NOK', 'SEK', '0.936170'],
  ['ISK', 'SEK', '0.075862'],
  ['EUR', 'ISK', '145'],
  ['DKK', 'ISK', '19.436997'],
  ['NOK', 'ISK', '12.340426'],
  ['SEK', 'ISK', '13.181818'],
].map(([from, to, rate]) => ({ date: DEMO_RATE_DATE, from, to, rate, source: DEMO_RATE_SOURCE }));
