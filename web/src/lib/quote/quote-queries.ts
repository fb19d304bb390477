import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { normalizeConfigurationInput, type ConfigurationInput } from '@servicekatalog/shared';
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
  lists: () => [...quoteKeys.all, 'list'] as const,
  list: (status: QuoteStatus | null) => [...quoteKeys.lists(), status] as const,
  detail: (id: string) => [...quoteKeys.all, 'detail', id] as const,
  /** A quote as read in one interface language. */
  detailIn: (id: string, language: string) => [...quoteKeys.detail(id), language] as const,
  /** The agencies a quote for the centre can be saved for (administrators choose). */
  agenciesToQuoteFor: (providerCode: string) =>
    [SESSION_SCOPE, 'agencies-to-quote-for', providerCode] as const,
  /** The names of a quote's catalogue version; the same for everyone. */
  catalogueNames: (providerCode: string, version: number, language: string) =>
    ['quote-catalogue-names', providerCode, version, language] as const,
};

/**
 * One quote. Its price lines' labels come in the interface language, so the language is part of
 * the key. `null` data: not found (or another agency's — the API does not say which).
 */
export function useQuote(id: string) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: quoteKeys.detailIn(id, i18n.language),
    queryFn: ({ signal }) =>
      execute(QuoteDocument, { id }, { language: i18n.language, signal }).then((data) => data.quote),
    staleTime: 0,
  });
}

/** Names of the services, packages, levels and drivers of the catalogue version a quote is pinned to. */
export function useQuoteCatalogueNames(providerCode: string, version: number) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: quoteKeys.catalogueNames(providerCode, version, i18n.language),
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
  return normalizeConfigurationInput(quote.configuration as ConfigurationInput);
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
