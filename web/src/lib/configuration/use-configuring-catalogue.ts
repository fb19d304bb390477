import { useCatalogueVersion } from '../catalogue-version';
import { usePricingCatalogue } from '../pricing/pricing-catalogue';
import { useConfigurationCatalogue } from './configuration-catalogue';

/**
 * Everything a screen that makes configurations loads of a centre's catalogue: which version
 * (`requested`, else the one in force), its names and structure, and its document compiled for
 * the shared engine. `ready` once all three are there; `failed` is the first query that failed.
 * `startDate` (a usable one, when picked): without `requested`, the version in force on that day.
 */
export function useConfiguringCatalogue(
  providerCode: string,
  requested: number | null,
  startDate: string | null = null,
) {
  const picked = useCatalogueVersion(providerCode, requested, startDate);
  const number = picked.data?.number;
  const catalogue = useConfigurationCatalogue(providerCode, number);
  const pricing = usePricingCatalogue(providerCode, catalogue.data ? number : undefined);
  const failed = [picked, catalogue, pricing].find((query) => query.isError);
  const pending =
    picked.isPending || (!!picked.data && (catalogue.isPending || (!!catalogue.data && pricing.isPending)));
  const ready =
    picked.data && catalogue.data && pricing.data
      ? { version: picked.data, catalogue: catalogue.data, pricing: pricing.data }
      : null;
  return { failed, pending, ready, providerName: catalogue.data?.provider.name ?? null };
}
