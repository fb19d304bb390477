import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConfigurationInput } from '@servicekatalog/shared';
import { useTranslation } from 'react-i18next';
import { execute } from '../graphql/client';
import type { QuoteDetailFieldsFragment, QuoteStatus } from '../graphql/generated/graphql';
import { SESSION_SCOPE } from '../session';
import { AddQuoteCommentDocument, QuoteCatalogueNamesDocument, QuoteDocument } from './quote-documents';

/**
 * One quote as every page that shows one reads it (the customer's quote page and the manager's
 * decision page share the query, its cache entry and the comment thread).
 */
export type QuoteDetail = QuoteDetailFieldsFragment;
export type { QuoteStatus };

/** Quotes depend on who is signed in: their keys start with SESSION_SCOPE (see lib/session). */
export const quoteKeys = {
  all: [SESSION_SCOPE, 'quotes'] as const,
  list: (status: QuoteStatus | null) => [SESSION_SCOPE, 'quotes', 'list', status] as const,
  detail: (id: string) => [SESSION_SCOPE, 'quotes', 'detail', id] as const,
};

/**
 * One quote. Its price lines' labels come in the interface language, so the language is part of
 * the key. `null` data: not found (or another agency's — the API does not say which).
 */
export function useQuote(id: string) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...quoteKeys.detail(id), i18n.language],
    queryFn: ({ signal }) =>
      execute(QuoteDocument, { id }, { language: i18n.language, signal }).then((data) => data.quote),
    staleTime: 0,
  });
}

/** Names of the services, packages, levels and drivers of the catalogue version a quote is pinned to. */
export function useQuoteCatalogueNames(providerCode: string, version: number) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['quote-catalogue-names', providerCode, version, i18n.language],
    queryFn: ({ signal }) =>
      execute(
        QuoteCatalogueNamesDocument,
        { providerCode, version },
        { language: i18n.language, signal },
      ).then((data) => data.catalogue),
    staleTime: Infinity,
  });
}

/** The stored configuration as the API's input type (the JSON has exactly its fields). */
export function configurationInput(quote: Pick<QuoteDetail, 'configuration'>): ConfigurationInput {
  const stored = quote.configuration as ConfigurationInput;
  return {
    providerCode: stored.providerCode,
    catalogueVersion: stored.catalogueVersion ?? null,
    servicePackageCode: stored.servicePackageCode ?? null,
    serviceCodes: stored.serviceCodes ?? null,
    serviceLevelCode: stored.serviceLevelCode ?? null,
    volumes:
      stored.volumes?.map((volume) => ({ driverCode: volume.driverCode, quantity: volume.quantity })) ?? null,
    contractYears: stored.contractYears ?? null,
  };
}

export function useAddComment(quoteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      execute(AddQuoteCommentDocument, { id: quoteId, text }).then((data) => data.addQuoteComment),
    onSuccess: (comment) => {
      queryClient.setQueriesData<QuoteDetail | null>({ queryKey: quoteKeys.detail(quoteId) }, (quote) =>
        quote ? { ...quote, comments: [...quote.comments, comment] } : quote,
      );
      void queryClient.invalidateQueries({ queryKey: quoteKeys.detail(quoteId) });
    },
  });
}
