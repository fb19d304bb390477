import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import type { ProvidersQuery } from '../../../lib/graphql/generated/graphql';

const ProvidersDocument = graphql(`
  query Providers {
    providers {
      code
      name
      country
      locale
      versions {
        number
        status
        validFrom
        currency
        inForce
        superseded
      }
    }
  }
`);

export type ProviderSummary = ProvidersQuery['providers'][number];

/** The query keys of the list of centres: one factory. */
const providerKeys = {
  all: ['providers'] as const,
  list: (language: string) => [...providerKeys.all, language] as const,
};

/** The centres and their catalogue versions. */
export function useProviders() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: providerKeys.list(i18n.language),
    queryFn: ({ signal }) =>
      execute(ProvidersDocument, {}, { language: i18n.language, signal }).then((data) => data.providers),
  });
}
