import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ConfigurationInput } from '@servicekatalog/shared';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import type { CompareConfigurationsQuery } from '../../../lib/graphql/generated/graphql';

const CompareConfigurationsDocument = graphql(`
  query CompareConfigurations($inputs: [ConfigurationInput!]!) {
    compareConfigurations(inputs: $inputs) {
      currency
      valid
      lines {
        serviceCode
        period
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
        serviceCode
      }
    }
  }
`);

export type ApiComparedQuote = CompareConfigurationsQuery['compareConfigurations'][number];

export interface ApiComparison {
  /** The key of the inputs the API priced. */
  key: string;
  quotes: ApiComparedQuote[];
}

/** A stable key for a list of inputs. */
export function inputsKey(inputs: readonly ConfigurationInput[]): string {
  return JSON.stringify(inputs);
}

/** The API's prices for the configurations side by side (the authority); `inputs` null = nothing to ask. */
export function useApiComparison(inputs: readonly ConfigurationInput[] | null) {
  const key = inputs ? inputsKey(inputs) : null;
  return useQuery<ApiComparison>({
    queryKey: ['compare-configurations', key],
    enabled: inputs !== null,
    staleTime: Infinity,
    retry: false,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      execute(CompareConfigurationsDocument, { inputs: (inputs ?? []).map(toVariables) }, { signal }).then(
        (data) => ({
          key: key as string,
          quotes: data.compareConfigurations,
        }),
      ),
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
      ? input.volumes.map(({ driverCode, quantity }) => ({ driverCode, quantity }))
      : null,
    contractYears: input.contractYears ?? null,
  };
}
