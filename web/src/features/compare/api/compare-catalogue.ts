import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import type { CompareCatalogueQuery } from '../../../lib/graphql/generated/graphql';

const CompareCatalogueDocument = graphql(`
  query CompareCatalogue($providerCode: String!, $version: Int) {
    catalogue(providerCode: $providerCode, version: $version) {
      number
      validFrom
      currency
      provider {
        code
        name
      }
      drivers {
        code
        nameTranslations
        unitTranslations
      }
      serviceLevels {
        code
        nameTranslations
        rank
      }
      services {
        code
        nameTranslations
        category
      }
      servicePackages {
        code
        nameTranslations
        serviceLevelCode
      }
    }
  }
`);

export type CompareCatalogue = NonNullable<CompareCatalogueQuery['catalogue']>;

/** The names a comparison shows (packages, levels, drivers, services), in every language. */
export function useCompareCatalogue(providerCode: string, version: number | undefined) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['compare-catalogue', providerCode, version, i18n.language],
    enabled: version !== undefined,
    queryFn: ({ signal }) =>
      execute(CompareCatalogueDocument, { providerCode, version }, { language: i18n.language, signal }).then(
        (data) => data.catalogue,
      ),
  });
}
