import { useMemo } from 'react';
import { useQuoteCatalogueNames } from '../api/quotes';

/** Names of catalogue codes in the interface language; the code itself while loading or when unknown. */
export interface QuoteNames {
  centre: string;
  service(code: string): string;
  servicePackage(code: string): string;
  serviceLevel(code: string): string;
  driver(code: string): string;
}

/** The names in the catalogue version the quote is pinned to (a published version: never changes). */
export function useQuoteNames(quote: { providerCode: string; catalogueVersion: number }): QuoteNames {
  const { data } = useQuoteCatalogueNames(quote.providerCode, quote.catalogueVersion);
  return useMemo(() => {
    const table = (items: readonly { code: string; name: string | null }[] | undefined) => {
      const map = new Map((items ?? []).map((item) => [item.code, item.name ?? item.code]));
      return (code: string) => map.get(code) ?? code;
    };
    return {
      centre: data?.provider.name ?? quote.providerCode,
      service: table(data?.services),
      servicePackage: table(data?.servicePackages),
      serviceLevel: table(data?.serviceLevels),
      driver: table(data?.drivers),
    };
  }, [data, quote.providerCode]);
}
