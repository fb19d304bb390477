import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ConfigurationInput } from '@servicekatalog/shared';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import type { PriceConfigurationQuery } from '../../../lib/graphql/generated/graphql';

const PriceConfigurationDocument = graphql(`
  query PriceConfiguration($input: ConfigurationInput!) {
    priceConfiguration(input: $input) {
      currency
      catalogueVersion
      valid
      lines {
        serviceCode
        componentLabelTranslations
        model
        period
        driverCode
        quantity
        billableQuantity
        amount
        firstYear
        lastYear
      }
      years {
        year
        oneTime
        recurring
        total
      }
      totals {
        monthly
        firstYear
        contractTotal
      }
      issues {
        code
        severity
        serviceCode
        message
      }
    }
  }
`);

export type ApiPriceQuote = PriceConfigurationQuery['priceConfiguration'];

/** The API's quote together with the key of the input it was asked for. */
export interface ApiPriceAnswer {
  key: string;
  quote: ApiPriceQuote;
}

/** A stable key for a configuration input (same input → same key). */
export function inputKey(input: ConfigurationInput): string {
  return JSON.stringify([
    input.providerCode,
    input.catalogueVersion ?? null,
    input.servicePackageCode ?? null,
    input.serviceCodes ?? [],
    input.serviceLevelCode ?? null,
    input.volumes ?? [],
    input.contractYears ?? 1,
  ]);
}

/**
 * The API's price for a configuration: the authority the browser's figure is checked against.
 * `input` null = nothing to confirm. The answer carries the key of the input it belongs to.
 */
export function useApiPrice(input: ConfigurationInput | null) {
  const key = input ? inputKey(input) : null;
  return useQuery<ApiPriceAnswer>({
    queryKey: ['price-configuration', key],
    enabled: input !== null,
    staleTime: Infinity,
    retry: false,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      execute(
        PriceConfigurationDocument,
        { input: toVariables(input as ConfigurationInput) },
        { signal },
      ).then((data) => ({
        key: key as string,
        quote: data.priceConfiguration,
      })),
  });
}

function toVariables(input: ConfigurationInput) {
  return {
    providerCode: input.providerCode,
    catalogueVersion: input.catalogueVersion ?? null,
    servicePackageCode: input.servicePackageCode ?? null,
    serviceCodes: input.serviceCodes ? [...input.serviceCodes] : null,
    serviceLevelCode: input.serviceLevelCode ?? null,
    volumes: input.volumes
      ? input.volumes.map((volume) => ({ driverCode: volume.driverCode, quantity: volume.quantity }))
      : null,
    contractYears: input.contractYears ?? null,
  };
}
