import { useQuery } from '@tanstack/react-query';
import { compileCatalogue, type CatalogueDocument, type PricingCatalogue } from '@servicekatalog/shared';
import { execute } from '../graphql/client';
import { graphql } from '../graphql/generated';
import { pricingKeys } from './pricing-keys';

const ExportCatalogueDocument = graphql(`
  query ExportCatalogue($providerCode: String!, $version: Int) {
    exportCatalogue(providerCode: $providerCode, version: $version)
  }
`);

/**
 * A catalogue version as its catalogue document, compiled once for the shared pricing engine, so
 * the browser prices every keystroke exactly as the API does (undefined version: wait).
 */
export function usePricingCatalogue(providerCode: string, version: number | undefined) {
  return useQuery({
    queryKey: pricingKeys.catalogue(providerCode, version),
    enabled: version !== undefined,
    staleTime: Infinity,
    queryFn: async ({ signal }): Promise<PricingCatalogue> => {
      const data = await execute(ExportCatalogueDocument, { providerCode, version }, { signal });
      return compileCatalogue(data.exportCatalogue as CatalogueDocument, version ?? 0);
    },
  });
}
