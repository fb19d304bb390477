import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import type { ConfiguratorCatalogueQuery } from '../../../lib/graphql/generated/graphql';

const ConfiguratorCatalogueDocument = graphql(`
  query ConfiguratorCatalogue($providerCode: String!, $version: Int) {
    catalogue(providerCode: $providerCode, version: $version) {
      number
      validFrom
      currency
      provider {
        code
        name
      }
      categories {
        code
        nameTranslations
      }
      drivers {
        code
        nameTranslations
        unitTranslations
        integer
      }
      serviceLevels {
        code
        nameTranslations
        rank
        surchargePercent
      }
      services {
        code
        nameTranslations
        kind
        status
        category
      }
      servicePackages {
        code
        nameTranslations
        descriptionTranslations
        serviceLevelCode
        discountPercent
        allowedAddOns
        items {
          serviceCode
          included {
            driverCode
            quantity
          }
        }
      }
    }
  }
`);

export type ConfiguratorCatalogue = NonNullable<ConfiguratorCatalogueQuery['catalogue']>;
export type ConfiguratorService = ConfiguratorCatalogue['services'][number];
export type ConfiguratorPackage = ConfiguratorCatalogue['servicePackages'][number];
export type ConfiguratorDriver = ConfiguratorCatalogue['drivers'][number];
export type ConfiguratorLevel = ConfiguratorCatalogue['serviceLevels'][number];

/** The catalogue version's names (every translation: see CatalogueText) and structure. */
export function useConfiguratorCatalogue(providerCode: string, version: number | undefined) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['configurator-catalogue', providerCode, version, i18n.language],
    enabled: version !== undefined,
    queryFn: ({ signal }) =>
      execute(
        ConfiguratorCatalogueDocument,
        { providerCode, version },
        { language: i18n.language, signal },
      ).then((data) => data.catalogue),
  });
}
