import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  configurationInputKey,
  normalizeConfigurationInput,
  type ConfigurationInput,
} from '@servicekatalog/shared';
import { execute } from '../graphql/client';
import { graphql } from '../graphql/generated';
import type { PriceQuoteFieldsFragment } from '../graphql/generated/graphql';
import { pricingKeys } from './pricing-keys';

const PriceConfigurationDocument = graphql(`
  query PriceConfiguration($input: ConfigurationInput!) {
    priceConfiguration(input: $input) {
      ...PriceQuoteFields
    }
  }
`);

const CompareConfigurationsDocument = graphql(`
  query CompareConfigurations($inputs: [ConfigurationInput!]!) {
    compareConfigurations(inputs: $inputs) {
      ...PriceQuoteFields
    }
  }
`);

/** The API's prices together with the key of the inputs they were asked for. */
export interface ApiPrices {
  key: string;
  quotes: PriceQuoteFieldsFragment[];
}

/** A stable key for a list of inputs (same inputs → same key). */
export function inputsKey(inputs: readonly ConfigurationInput[]): string {
  return `[${inputs.map(configurationInputKey).join(',')}]`;
}

/**
 * The API's prices for 1..N configurations: the authority the browser's figures are checked
 * against. One configuration is asked with priceConfiguration, several side by side with
 * compareConfigurations. `inputs` null = nothing to confirm; the answer carries its inputs' key.
 */
export function useApiPrices(inputs: readonly ConfigurationInput[] | null) {
  const key = inputs ? inputsKey(inputs) : null;
  return useQuery<ApiPrices>({
    queryKey: pricingKeys.confirmation(key),
    enabled: inputs !== null,
    staleTime: Infinity,
    retry: false,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) => ({ key: key as string, quotes: await askApi(inputs ?? [], signal) }),
  });
}

async function askApi(
  inputs: readonly ConfigurationInput[],
  signal: AbortSignal,
): Promise<PriceQuoteFieldsFragment[]> {
  const variables = inputs.map(normalizeConfigurationInput);
  if (variables.length === 1) {
    const data = await execute(PriceConfigurationDocument, { input: variables[0] }, { signal });
    return [data.priceConfiguration];
  }
  const data = await execute(CompareConfigurationsDocument, { inputs: variables }, { signal });
  return data.compareConfigurations;
}
