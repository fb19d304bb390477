import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PricingInputError,
  priceConfiguration,
  type PriceBreakdown,
  type PricingCatalogue,
} from '@servicekatalog/shared';
import type { Configuration } from '../../../lib/configuration/configuration';
import { buildPricingRequest, type PricingRequest } from '../../../lib/configuration/pricing-input';
import { logger } from '../../../lib/logger';
import { differencesFromApi } from '../../../lib/price-authority';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { inputsKey, useApiComparison } from '../api/compare-configurations';

const CONFIRM_DELAY_MS = 350;

/** One configuration of the comparison: its request, and the figures shown for it. */
export interface ComparedConfiguration {
  request: PricingRequest;
  /** Null when the browser could not price it (a bug or a catalogue mismatch; logged). */
  breakdown: PriceBreakdown | null;
  totals: PriceBreakdown['totals'] | null;
  years: PriceBreakdown['years'] | null;
  errorCount: number;
}

export type ComparisonConfirmation = 'confirming' | 'confirmed' | 'corrected' | 'unavailable';

/**
 * Prices every configuration in the browser as it changes (the shared engine), and has the API's
 * compareConfigurations price them all once typing pauses. The API's figures are shown when they
 * are for the current configurations; any difference from the browser's is logged.
 */
export function useComparedPrices(catalogue: PricingCatalogue, configurations: readonly Configuration[]) {
  const { i18n } = useTranslation();
  const local = useMemo(
    () =>
      configurations.map((configuration) => {
        const request = buildPricingRequest(configuration, catalogue, i18n.language);
        try {
          return { request, breakdown: priceConfiguration(catalogue, request.input) };
        } catch (error) {
          if (error instanceof PricingInputError) return { request, breakdown: null };
          throw error;
        }
      }),
    [catalogue, configurations, i18n.language],
  );
  const priceable = local.every((item) => item.breakdown !== null);
  const inputs = useMemo(() => local.map((item) => item.request.input), [local]);
  const api = useApiComparison(useDebouncedValue(priceable ? inputs : null, CONFIRM_DELAY_MS));
  const answer = api.data?.key === inputsKey(inputs) ? api.data.quotes : null;
  const differences = useMemo(
    () =>
      answer
        ? local.flatMap((item, i) =>
            item.breakdown && answer[i]
              ? differencesFromApi(item.breakdown, answer[i]).map((d) => `[${i}] ${d}`)
              : [],
          )
        : [],
    [answer, local],
  );

  useEffect(() => {
    if (differences.length > 0)
      logger.warn('Browser and API prices differ in a comparison; showing the API prices', { differences });
  }, [differences]);
  useEffect(() => {
    if (!priceable) logger.warn('The browser could not price a compared configuration', { inputs });
  }, [priceable, inputs]);

  const compared: ComparedConfiguration[] = local.map((item, i) => {
    const shown = answer?.[i] ?? item.breakdown;
    return {
      request: item.request,
      breakdown: item.breakdown,
      totals: shown?.totals ?? null,
      years: shown?.years ?? null,
      errorCount: item.breakdown?.issues.filter((issue) => issue.severity === 'ERROR').length ?? 0,
    };
  });
  let confirmation: ComparisonConfirmation = 'confirming';
  if (answer) confirmation = differences.length > 0 ? 'corrected' : 'confirmed';
  else if (api.isError) confirmation = 'unavailable';
  return { compared, confirmation };
}
