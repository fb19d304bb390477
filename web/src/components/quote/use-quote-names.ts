import { useMemo } from 'react';
import { useCatalogueStrings, type CatalogueString } from '../ui/CatalogueText';
import type { LevelTarget } from '../ui/LevelTargets';
import { useQuoteCatalogueNames } from '../../lib/quote/quote-queries';

/**
 * Names of catalogue codes in the interface language where the catalogue has it, else with the
 * language they fall back to (show them with <LangText>; `.text` where only plain text fits, as in
 * a file). The code itself while loading or when unknown.
 */
export interface QuoteNames {
  centre: string;
  service(code: string): CatalogueString;
  servicePackage(code: string): CatalogueString;
  serviceLevel(code: string): CatalogueString;
  driver(code: string): CatalogueString;
  /** What a service level promises (none while loading or when unknown). */
  levelTargets(code: string): readonly LevelTarget[];
  /** The categories and the services in them, that targets are grouped by. */
  structure: {
    categories: readonly { code: string; nameTranslations: unknown }[];
    services: readonly { code: string; category: string }[];
  };
}

/** The names in the catalogue version the quote is pinned to (a published version: never changes). */
export function useQuoteNames(quote: { providerCode: string; catalogueVersion: number }): QuoteNames {
  const { data } = useQuoteCatalogueNames(quote.providerCode, quote.catalogueVersion);
  const resolve = useCatalogueStrings();
  return useMemo(() => {
    const table = (items: readonly { code: string; nameTranslations: unknown }[] | undefined) => {
      const map = new Map((items ?? []).map((item) => [item.code, item.nameTranslations]));
      return (code: string) => resolve(map.get(code), code);
    };
    return {
      centre: data?.provider.name ?? quote.providerCode,
      service: table(data?.services),
      servicePackage: table(data?.servicePackages),
      serviceLevel: table(data?.serviceLevels),
      driver: table(data?.drivers),
      levelTargets: (code: string) => data?.serviceLevels.find((level) => level.code === code)?.targets ?? [],
      structure: { categories: data?.categories ?? [], services: data?.services ?? [] },
    };
  }, [data, quote.providerCode, resolve]);
}
