import { useEffect, useMemo } from 'react';
import {
  PricingInputError,
  priceConfiguration,
  type PriceBreakdown,
  type PricingCatalogue,
} from '@servicekatalog/shared';
import { GraphQLRequestError } from '../../../lib/graphql/client';
import { logger } from '../../../lib/logger';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { inputKey, useApiPrice } from '../api/price-configuration';
import { differencesFromApi, figuresShown, type ShownFigures } from '../../../lib/price-authority';
import type { PricingRequest } from '../../../lib/configuration/pricing-input';

/** How long typing must pause before the API is asked to confirm the browser's price. */
export const CONFIRM_DELAY_MS = 350;

/** Where the shown price stands against the API, the authority. */
export type ConfirmationStatus = 'confirming' | 'confirmed' | 'corrected' | 'unavailable';

export type LivePrice =
  | { state: 'priced'; breakdown: PriceBreakdown; shown: ShownFigures; confirmation: ConfirmationStatus }
  | { state: 'unpriceable' };

/**
 * Prices the configuration in the browser on every change with the shared engine (instant), and
 * has the API price the same input once typing pauses. When the API answers for the current input
 * its figures are shown; if they differ from the browser's, the difference is logged.
 */
export function useLivePrice(catalogue: PricingCatalogue, request: PricingRequest): LivePrice {
  const priced = useMemo(() => priceInBrowser(catalogue, request), [catalogue, request]);
  const local = 'breakdown' in priced ? priced.breakdown : null;
  const debouncedInput = useDebouncedValue(local ? request.input : null, CONFIRM_DELAY_MS);
  const api = useApiPrice(debouncedInput);
  const currentKey = inputKey(request.input);
  const answer = api.data?.key === currentKey ? api.data.quote : null;
  const differences = useMemo(
    () => (local && answer ? differencesFromApi(local, answer) : []),
    [local, answer],
  );

  useEffect(() => {
    // The form only sends checked input, so this means a bug or a catalogue mismatch.
    if ('problems' in priced)
      logger.warn('The browser could not price the configuration', { problems: priced.problems });
  }, [priced]);

  useEffect(() => {
    if (differences.length > 0)
      logger.warn('The browser price differs from the API price; showing the API price', {
        input: currentKey,
        differences,
      });
  }, [differences, currentKey]);

  if (!local) return { state: 'unpriceable' };
  let confirmation: ConfirmationStatus = 'confirming';
  if (answer) confirmation = differences.length > 0 ? 'corrected' : 'confirmed';
  else if (
    api.isError &&
    api.error instanceof GraphQLRequestError &&
    debouncedInput &&
    inputKey(debouncedInput) === currentKey
  )
    confirmation = 'unavailable';
  return { state: 'priced', breakdown: local, shown: figuresShown(local, answer), confirmation };
}

function priceInBrowser(
  catalogue: PricingCatalogue,
  request: PricingRequest,
): { breakdown: PriceBreakdown } | { problems: readonly unknown[] } {
  try {
    return { breakdown: priceConfiguration(catalogue, request.input) };
  } catch (error) {
    if (error instanceof PricingInputError) return { problems: error.errors };
    throw error;
  }
}
