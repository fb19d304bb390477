import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { normalizeConfigurationInput, type ConfigurationInput } from '@servicekatalog/shared';
import { useTranslation } from 'react-i18next';
import { execute } from '../../../lib/graphql/client';
import type { QuotesQuery, QuoteStatus } from '../../../lib/graphql/generated/graphql';
import { quoteKeys, type QuoteDetail } from '../../../lib/quote/quote-queries';
import {
  QuotesDocument,
  ReviseQuoteDocument,
  SaveQuoteDocument,
  SubmitQuoteDocument,
  UpdateQuoteDocument,
  WithdrawQuoteDocument,
} from '../../../lib/quote/quote-documents';

// The quote itself is read and commented on the same way by every page that shows one.
export {
  configurationInput,
  useAddComment,
  useQuote,
  useQuoteCatalogueNames,
  type QuoteDetail,
  type QuoteStatus,
} from '../../../lib/quote/quote-queries';
export type QuoteListItem = QuotesQuery['quotes']['edges'][number]['node'];

/** Quotes per page of the list. */
export const QUOTES_PAGE_SIZE = 20;

/** The quotes the user may see, newest first, a page at a time (Relay connection). */
export function useQuoteList(status: QuoteStatus | null) {
  return useInfiniteQuery({
    queryKey: quoteKeys.list(status),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      execute(QuotesDocument, { first: QUOTES_PAGE_SIZE, after: pageParam, status }, { signal }).then(
        (data) => data.quotes,
      ),
    getNextPageParam: (page) => (page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null),
    staleTime: 0,
  });
}

/** After a change: the detail shows the API's answer at once, and every list is asked again. */
function useRemember() {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return (quote: QuoteDetail) => {
    queryClient.setQueryData(quoteKeys.detailIn(quote.id, i18n.language), quote);
    void queryClient.invalidateQueries({
      queryKey: quoteKeys.detail(quote.id),
      predicate: (query) => query.queryKey.at(-1) !== i18n.language,
    });
    void queryClient.invalidateQueries({ queryKey: quoteKeys.lists() });
  };
}

export function useSaveQuote() {
  const { i18n } = useTranslation();
  const remember = useRemember();
  return useMutation({
    mutationFn: ({
      name,
      configuration,
      agencyId,
    }: {
      name: string;
      configuration: ConfigurationInput;
      /** Administrators name the agency; a customer's quote is always its own agency's. */
      agencyId?: string;
    }) =>
      execute(
        SaveQuoteDocument,
        {
          input: {
            name,
            configuration: normalizeConfigurationInput(configuration),
            ...(agencyId ? { agencyId } : {}),
          },
        },
        { language: i18n.language },
      ).then((data) => data.saveQuote),
    onSuccess: remember,
  });
}

export function useUpdateQuote() {
  const { i18n } = useTranslation();
  const remember = useRemember();
  return useMutation({
    mutationFn: (change: { quote: QuoteDetail; name: string; configuration: ConfigurationInput }) =>
      execute(
        UpdateQuoteDocument,
        {
          id: change.quote.id,
          expectedVersion: change.quote.version,
          input: { name: change.name, configuration: normalizeConfigurationInput(change.configuration) },
        },
        { language: i18n.language },
      ).then((data) => data.updateQuote),
    onSuccess: remember,
  });
}

/** A change of status; each sends the version the person last saw (optimistic locking). */
export type QuoteTransition = 'submit' | 'withdraw' | 'revise';

const TRANSITIONS = {
  submit: (id: string, expectedVersion: number, language: string) =>
    execute(SubmitQuoteDocument, { id, expectedVersion }, { language }).then((data) => data.submitQuote),
  withdraw: (id: string, expectedVersion: number, language: string) =>
    execute(WithdrawQuoteDocument, { id, expectedVersion }, { language }).then((data) => data.withdrawQuote),
  revise: (id: string, expectedVersion: number, language: string) =>
    execute(ReviseQuoteDocument, { id, expectedVersion }, { language }).then((data) => data.reviseQuote),
} satisfies Record<QuoteTransition, (id: string, version: number, language: string) => Promise<QuoteDetail>>;

export function useQuoteTransition() {
  const { i18n } = useTranslation();
  const remember = useRemember();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ transition, quote }: { transition: QuoteTransition; quote: QuoteDetail }) =>
      TRANSITIONS[transition](quote.id, quote.version, i18n.language),
    onSuccess: (quote, { quote: before }) => {
      remember(quote);
      // Revising withdraws the previous revision: its detail must be asked again too.
      if (quote.id !== before.id)
        void queryClient.invalidateQueries({ queryKey: quoteKeys.detail(before.id) });
    },
  });
}

/** Asks the API for the latest of a quote (after a CONFLICT). */
export function useReloadQuote() {
  const queryClient = useQueryClient();
  return (id: string) => queryClient.refetchQueries({ queryKey: quoteKeys.detail(id) });
}

/** Someone changed the quote (a live event): its detail and every list are asked again. */
export function useRefreshQuote() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: quoteKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: quoteKeys.lists() }),
    ]);
}
