import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { execute } from '../../../lib/graphql/client';
import { useLiveSubscription } from '../../../lib/graphql/subscriptions';
import { graphql } from '../../../lib/graphql/generated';
import type {
  ManagerQuoteQuery,
  ManagerInboxQuery,
  QuoteDecision,
} from '../../../lib/graphql/generated/graphql';
import { managerKeys } from '../../../lib/manage/versions';

const ManagerInboxDocument = graphql(`
  query ManagerInbox {
    quotes(status: SUBMITTED, first: 100) {
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
          providerCode
          submittedAt
          validUntil
          expired
          agency {
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

const ManagerQuoteDocument = graphql(`
  query ManagerQuote($id: ID!) {
    quote(id: $id) {
      id
      displayReference
      name
      status
      version
      providerCode
      catalogueVersion
      configuration
      submittedAt
      decidedAt
      decisionComment
      validUntil
      expired
      agency {
        name
        organisationNumber
      }
      comments {
        id
        authorName
        createdAt
        text
      }
      price {
        currency
        contractYears
        servicePackageCode
        serviceLevelCode
        valid
        totals {
          monthly
          firstYear
          contractTotal
        }
        lines {
          serviceCode
          componentLabel
          period
          amount
          firstYear
          lastYear
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

const AddCommentDocument = graphql(`
  mutation ManagerAddQuoteComment($id: ID!, $text: String!) {
    addQuoteComment(id: $id, text: $text) {
      id
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
export type ManagedQuote = NonNullable<ManagerQuoteQuery['quote']>;

/** The submitted quotes of the centre's agencies (an administrator: of every centre), newest first. */
export function useInbox() {
  return useQuery({
    queryKey: managerKeys.quotes(),
    staleTime: 0,
    queryFn: ({ signal }) => execute(ManagerInboxDocument, {}, { signal }).then((data) => data.quotes),
  });
}

export function useManagedQuote(id: string) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...managerKeys.quote(id), i18n.language],
    staleTime: 0,
    queryFn: ({ signal }) =>
      execute(ManagerQuoteDocument, { id }, { signal, language: i18n.language }).then((data) => data.quote),
  });
}

export function useDecideQuote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: {
      id: string;
      decision: QuoteDecision;
      comment: string | null;
      expectedVersion: number;
    }) => execute(DecideQuoteDocument, variables).then((data) => data.decideQuote),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: managerKeys.all }),
  });
}

export function useAddQuoteComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { id: string; text: string }) => execute(AddCommentDocument, variables),
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: managerKeys.quote(id) }),
  });
}

/**
 * Keeps the inbox current while it is shown: a quote of the centre's agencies submitted, withdrawn,
 * decided or commented (by anyone, in any instance) reloads it. An administrator follows all centres.
 */
export function useLiveInbox() {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: managerKeys.quotes() });
  useLiveSubscription(InboxChangedDocument, {}, { next: refresh, reconnected: refresh });
}

/**
 * Keeps one quote current while the manager reads it (the agency withdraws it, comments, a
 * colleague decides…); `onEvent` hears the status each event reports.
 */
export function useLiveManagedQuote(id: string, onEvent?: (status: ManagedQuote['status']) => void) {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: managerKeys.quote(id) });
    void queryClient.invalidateQueries({ queryKey: managerKeys.quotes() });
  };
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
