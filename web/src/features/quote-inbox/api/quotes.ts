import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../../lib/graphql/client';
import { useLiveSubscription } from '../../../lib/graphql/subscriptions';
import { graphql } from '../../../lib/graphql/generated';
import type { ManagerInboxQuery, QuoteDecision, QuoteStatus } from '../../../lib/graphql/generated/graphql';
import { managerKeys } from '../../../lib/manage/versions';
import { quoteKeys, type QuoteDetail } from '../../../lib/quote/quote-queries';

const ManagerInboxDocument = graphql(`
  query ManagerInbox($first: Int!, $after: String, $status: QuoteStatus, $agencyId: ID) {
    quotes(first: $first, after: $after, status: $status, agencyId: $agencyId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayReference
          name
          status
          providerCode
          submittedAt
          validUntil
          expired
          agency {
            id
            name
          }
          price {
            currency
            totals {
              firstYear
              contractTotal
            }
          }
        }
      }
    }
  }
`);

const DecideQuoteDocument = graphql(`
  mutation ManagerDecideQuote(
    $id: ID!
    $decision: QuoteDecision!
    $comment: String
    $expectedVersion: Int!
    $idempotencyKey: String
  ) {
    decideQuote(
      id: $id
      decision: $decision
      comment: $comment
      expectedVersion: $expectedVersion
      idempotencyKey: $idempotencyKey
    ) {
      id
      status
      version
    }
  }
`);

const InboxChangedDocument = graphql(`
  subscription ManagerInboxChanged {
    quoteInboxChanged {
      id
      status
    }
  }
`);

const ManagedQuoteChangedDocument = graphql(`
  subscription ManagerQuoteChanged($id: ID!) {
    quoteChanged(id: $id) {
      id
      status
      version
    }
  }
`);

export type InboxQuote = ManagerInboxQuery['quotes']['edges'][number]['node'];
/** The quote on the decision page: the same query and cache entry as the customer's quote page. */
export type ManagedQuote = QuoteDetail;

/** What the inbox is narrowed to; by default the quotes waiting for a decision, of every agency. */
export interface InboxFilters {
  status: QuoteStatus | null;
  agencyId: string | null;
}

/** Quotes per page of the inbox. */
export const INBOX_PAGE_SIZE = 20;

/**
 * The inbox's query keys, in one place: every change this feature makes or hears refreshes the
 * lists under `all` and the quote's own entry (shared with the customer's page) — nothing else.
 */
export const inboxKeys = {
  all: [...managerKeys.all, 'inbox'] as const,
  list: (filters: InboxFilters) => [...inboxKeys.all, filters.status, filters.agencyId] as const,
};

/**
 * The quotes of the centre's agencies (an administrator: of every centre), newest first, a page at
 * a time (the API's cursor), narrowed by status and agency.
 */
export function useInbox(filters: InboxFilters) {
  return useInfiniteQuery({
    queryKey: inboxKeys.list(filters),
    staleTime: 0,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      execute(
        ManagerInboxDocument,
        { first: INBOX_PAGE_SIZE, after: pageParam, status: filters.status, agencyId: filters.agencyId },
        { signal },
      ).then((data) => data.quotes),
    getNextPageParam: (page) => (page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null),
  });
}

/** Refreshes what a change of one quote touches: its own entry and every inbox page. */
function useQuoteChanged() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: quoteKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: inboxKeys.all }),
    ]);
}

export function useDecideQuote() {
  const changed = useQuoteChanged();
  return useMutation({
    mutationFn: (variables: {
      id: string;
      decision: QuoteDecision;
      comment: string | null;
      expectedVersion: number;
    }) => execute(DecideQuoteDocument, variables).then((data) => data.decideQuote),
    onSuccess: (_, { id }) => changed(id),
  });
}

/**
 * Keeps the inbox current while it is shown: a quote of the centre's agencies submitted, withdrawn,
 * decided or commented (by anyone, in any instance) reloads it. An administrator follows all centres.
 */
export function useLiveInbox() {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: inboxKeys.all });
  useLiveSubscription(InboxChangedDocument, {}, { next: refresh, reconnected: refresh });
}

/**
 * Keeps one quote current while the manager reads it (the agency withdraws it, comments, a
 * colleague decides…); `onEvent` hears the status each event reports.
 */
export function useLiveManagedQuote(id: string, onEvent?: (status: ManagedQuote['status']) => void) {
  const changed = useQuoteChanged();
  const refresh = () => void changed(id);
  useLiveSubscription(
    ManagedQuoteChangedDocument,
    { id },
    {
      next: ({ quoteChanged }) => {
        onEvent?.(quoteChanged.status);
        refresh();
      },
      reconnected: refresh,
    },
  );
}

const InboxAgenciesDocument = graphql(`
  query InboxAgencies($first: Int!) {
    agencies(first: $first) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** As many as one request may ask for: enough to choose from in a filter. */
const AGENCY_CHOICES = 100;

/**
 * The agencies the reader may see (an account manager: their centre's), by name, to narrow the
 * inbox to one; kept under the agencies' key so that saving an agency refreshes them.
 */
export function useInboxAgencies() {
  return useQuery({
    queryKey: [...managerKeys.all, 'agencies', 'inbox-choices'],
    queryFn: ({ signal }) =>
      execute(InboxAgenciesDocument, { first: AGENCY_CHOICES }, { signal }).then((data) =>
        data.agencies.edges.map((edge) => edge.node),
      ),
  });
}
