import { useEffect, useMemo } from 'react';
import {
  PricingInputError,
  priceConfiguration,
  type PriceBreakdown,
  type PricingCatalogue,
} from '@servicekatalog/shared';
import type { PricingRequest } from '../configuration/pricing-input';
import { logger } from '../logger';
import { useDebouncedValue } from '../use-debounced-value';
import { inputsKey, useApiPrices, type ApiPrices } from './api-prices';
import { differencesFromApi, figuresShown, type ShownFigures } from './price-authority';

/** How long typing must pause before the API is asked to confirm the browser's prices. */
export const CONFIRM_DELAY_MS = 350;

/** Where the shown prices stand against the API, the authority. */
export type Confirmation = 'confirming' | 'confirmed' | 'corrected' | 'unavailable';

/** One configuration's price as shown. */
export interface LivePrice {
  request: PricingRequest;
  /** The browser's breakdown; null when it could not price it (a bug or a catalogue mismatch; logged). */
  breakdown: PriceBreakdown | null;
  /** The API's figures once it has answered for the current input, the browser's until then. */
  shown: ShownFigures | null;
  /** The version that comes into force during the contract, once the API has answered; null when none. */
  upcomingChange: UpcomingChange | null;
}

/** A later catalogue version that comes into force during a contract (from the API). */
export interface UpcomingChange {
  catalogueVersion: number;
  validFrom: string;
}

/**
 * Prices 1..N configurations in the browser on every change with the shared engine (instant), and
 * has the API price the same inputs once typing pauses — only when the browser could price them
 * all. When the API answers for the current inputs its figures are shown; a difference from the
 * browser's is logged. `catalogue`: the one every request is of, or one per request (a comparison
 * across centres).
 */
export function useLivePrices(
  catalogue: PricingCatalogue | readonly PricingCatalogue[],
  requests: readonly PricingRequest[],
): { prices: LivePrice[]; confirmation: Confirmation } {
  const local = useMemo(
    () =>
      requests.map((request, i) =>
        priceInBrowser('providerCode' in catalogue ? catalogue : catalogue[i], request),
      ),
    [catalogue, requests],
  );
  const priceable = local.every((priced) => 'breakdown' in priced);
  const inputs = useMemo(() => requests.map((request) => request.input), [requests]);
  const currentKey = inputsKey(inputs);
  const debounced = useDebouncedValue(priceable ? inputs : null, CONFIRM_DELAY_MS);
  const api = useApiPrices(debounced);
  const answer = api.data?.key === currentKey ? api.data.quotes : null;
  const differences = useMemo(() => compareWithApi(local, answer), [local, answer]);

  useEffect(() => {
    // The forms only send checked input, so this means a bug or a catalogue mismatch.
    const problems = local.flatMap((priced) => ('problems' in priced ? priced.problems : []));
    if (problems.length > 0) logger.warn('The browser could not price a configuration', { problems });
  }, [local]);
  useEffect(() => {
    if (differences.length > 0)
      logger.warn('The browser price differs from the API price; showing the API price', {
        input: currentKey,
        differences,
      });
  }, [differences, currentKey]);

  let confirmation: Confirmation = 'confirming';
  if (answer) confirmation = differences.length > 0 ? 'corrected' : 'confirmed';
  else if (api.isError && debounced && inputsKey(debounced) === currentKey) confirmation = 'unavailable';
  const prices = requests.map((request, i): LivePrice => {
    const priced = local[i];
    const upcomingChange = answer?.[i]?.upcomingChange ?? null;
    if (!('breakdown' in priced)) return { request, breakdown: null, shown: null, upcomingChange };
    return {
      request,
      breakdown: priced.breakdown,
      shown: figuresShown(priced.breakdown, answer?.[i] ?? null),
      upcomingChange,
    };
  });
  return { prices, confirmation };
}

type BrowserPrice = { breakdown: PriceBreakdown } | { problems: readonly unknown[] };

function priceInBrowser(catalogue: PricingCatalogue, request: PricingRequest): BrowserPrice {
  try {
    return { breakdown: priceConfiguration(catalogue, request.input) };
  } catch (error) {
    if (error instanceof PricingInputError) return { problems: error.errors };
    throw error;
  }
}

/** Every difference between the browser's and the API's figures, each named by its configuration. */
function compareWithApi(local: readonly BrowserPrice[], answer: ApiAnswer): string[] {
  if (!answer) return [];
  return local.flatMap((priced, i) => {
    if (!('breakdown' in priced) || !answer[i]) return [];
    const differences = differencesFromApi(priced.breakdown, answer[i]);
    return local.length === 1 ? differences : differences.map((difference) => `[${i}] ${difference}`);
  });
}

type ApiAnswer = ApiPrices['quotes'] | null;
