import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import type { CatalogueBrowserQuery } from '../../../lib/graphql/generated/graphql';

const CatalogueBrowserDocument = graphql(`
  query CatalogueBrowser($providerCode: String!, $version: Int) {
    catalogue(providerCode: $providerCode, version: $version) {
      id
      number
      status
      validFrom
      currency
      inForce
      provider {
        code
        name
        country
        locale
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
        standardMeasure
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
        descriptionTranslations
        kind
        status
        category
        requires
        excludes
        limits {
          driverCode
          min
          max
        }
        priceComponents {
          labelTranslations
          model
          period
          driverCode
          amount
          unitPrice
          tiers {
            upTo
            unitPrice
            flatFee
          }
          minimumCharge
          fromYear
          toYear
        }
        responsibilities {
          taskTranslations
          party
        }
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

export type BrowsedCatalogue = NonNullable<CatalogueBrowserQuery['catalogue']>;
export type BrowsedService = BrowsedCatalogue['services'][number];
export type BrowsedPriceComponent = BrowsedService['priceComponents'][number];
export type BrowsedPackage = BrowsedCatalogue['servicePackages'][number];
export type BrowsedServiceLevel = BrowsedCatalogue['serviceLevels'][number];
export type BrowsedDriver = BrowsedCatalogue['drivers'][number];

/** The query keys of the catalogue browser: one factory. */
const browsedCatalogueKeys = {
  all: ['catalogue-browser'] as const,
  version: (providerCode: string, version: number | undefined, language: string) =>
    [...browsedCatalogueKeys.all, providerCode, version, language] as const,
};

/**
 * A centre's catalogue version with every translation of its texts (undefined version: wait): a
 * text may lack the interface language, and what it falls back to must be marked with its language.
 */
export function useBrowsedCatalogue(providerCode: string, version: number | undefined) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: browsedCatalogueKeys.version(providerCode, version, i18n.language),
    enabled: version !== undefined,
    queryFn: ({ signal }) =>
      execute(CatalogueBrowserDocument, { providerCode, version }, { language: i18n.language, signal }).then(
        (data) => data.catalogue,
      ),
  });
}
