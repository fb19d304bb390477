import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { catalogueKeys } from '../catalogue-version';
import { execute } from '../graphql/client';
import { graphql } from '../graphql/generated';
import type { ConfigurationCatalogueQuery } from '../graphql/generated/graphql';

const ConfigurationCatalogueDocument = graphql(`
  query ConfigurationCatalogue($providerCode: String!, $version: Int) {
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
        targets {
          metric
          nameTranslations
          value
          unit
          serviceCode
        }
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

/** A catalogue version as configurations are made from it: the configurator and the comparison. */
export type ConfigurationCatalogue = NonNullable<ConfigurationCatalogueQuery['catalogue']>;
export type CatalogueService = ConfigurationCatalogue['services'][number];
export type CataloguePackage = ConfigurationCatalogue['servicePackages'][number];
export type CatalogueDriver = ConfigurationCatalogue['drivers'][number];
export type CatalogueLevel = ConfigurationCatalogue['serviceLevels'][number];

/**
 * The catalogue version's names (every translation: see CatalogueText) and structure, in one shape
 * for every screen that makes configurations, so they share one cached answer.
 */
export function useConfigurationCatalogue(providerCode: string, version: number | undefined) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: catalogueKeys.forConfiguration(providerCode, version, i18n.language),
    enabled: version !== undefined,
    queryFn: ({ signal }) =>
      execute(
        ConfigurationCatalogueDocument,
        { providerCode, version },
        { language: i18n.language, signal },
      ).then((data) => data.catalogue),
  });
}
