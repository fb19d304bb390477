import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VolumeEntry } from '@servicekatalog/shared';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import { useLiveSubscription } from '../../../lib/graphql/subscriptions';
import type {
  AgreementStatus,
  ManagerAgreementQuery,
  ManagerAgreementsQuery,
} from '../../../lib/graphql/generated/graphql';
import { managerKeys } from '../../../lib/manage/versions';

const ManagerAgreementsDocument = graphql(`
  query ManagerAgreements(
    $first: Int!
    $after: String
    $status: AgreementStatus
    $agencyId: ID
    $endingBefore: Date
  ) {
    agreements(
      first: $first
      after: $after
      status: $status
      agencyId: $agencyId
      endingBefore: $endingBefore
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          status
          providerCode
          startDate
          endDate
          agency {
            id
            name
          }
          current {
            price {
              currency
              totals {
                monthly
              }
            }
          }
        }
      }
    }
  }
`);

const ManagerAgreementDocument = graphql(`
  query ManagerAgreement($id: ID!) {
    agreement(id: $id) {
      id
      reference
      status
      providerCode
      startDate
      endDate
      version
      terminationReason
      agency {
        id
        name
      }
      current {
        catalogueVersion
        configuration
        price {
          serviceLevelCode
        }
      }
      terms {
        kind
        startDate
        endDate
        catalogueVersion
        price {
          currency
          contractYears
          totals {
            monthly
          }
          years {
            year
            oneTime
            recurring
            total
          }
        }
      }
    }
  }
`);

const ManagerAgreementUsageDocument = graphql(`
  query ManagerAgreementUsage($id: ID!, $from: String!, $to: String!) {
    agreement(id: $id) {
      id
      version
      trueUp(from: $from, to: $to)
      usage(from: $from, to: $to) {
        month
        actualAmount
        forecastAmount
        engineVersion
        lines {
          driverCode
          forecast
          actual
        }
      }
      serviceResults(from: $from, to: $to) {
        month
        metric
        serviceCode
        target
        value
        met
      }
    }
  }
`);

const ManagerTerminateAgreementDocument = graphql(`
  mutation ManagerTerminateAgreement(
    $id: ID!
    $expectedVersion: Int!
    $endDate: Date!
    $reason: String!
    $idempotencyKey: String
  ) {
    terminateAgreement(
      id: $id
      expectedVersion: $expectedVersion
      endDate: $endDate
      reason: $reason
      idempotencyKey: $idempotencyKey
    ) {
      id
      status
      endDate
      version
      terminationReason
    }
  }
`);

const ManagerRecordVolumesDocument = graphql(`
  mutation ManagerRecordVolumes(
    $agreementId: ID!
    $expectedVersion: Int!
    $entries: [VolumeEntryInput!]!
    $idempotencyKey: String
  ) {
    recordVolumes(
      agreementId: $agreementId
      expectedVersion: $expectedVersion
      entries: $entries
      idempotencyKey: $idempotencyKey
    ) {
      id
      version
    }
  }
`);

const ManagerRecordServiceResultsDocument = graphql(`
  mutation ManagerRecordServiceResults(
    $agreementId: ID!
    $expectedVersion: Int!
    $entries: [ServiceResultInput!]!
    $idempotencyKey: String
  ) {
    recordServiceResults(
      agreementId: $agreementId
      expectedVersion: $expectedVersion
      entries: $entries
      idempotencyKey: $idempotencyKey
    ) {
      id
      version
    }
  }
`);

const ManagerTermCatalogueDocument = graphql(`
  query ManagerTermCatalogue($providerCode: String!, $version: Int!) {
    catalogue(providerCode: $providerCode, version: $version) {
      id
      drivers {
        code
        integer
        nameTranslations
      }
      serviceLevels {
        code
        targets {
          metric
          serviceCode
          nameTranslations
          value
          unit
        }
      }
    }
  }
`);

export type AdminAgreementRow = ManagerAgreementsQuery['agreements']['edges'][number]['node'];
export type AdminAgreement = NonNullable<ManagerAgreementQuery['agreement']>;

/** What the list is narrowed to: status, agency and "ends before" (renewal work); null for any. */
export interface AgreementFilters {
  status: AgreementStatus | null;
  agencyId: string | null;
  endingBefore: string | null;
}

export const AGREEMENTS_PAGE_SIZE = 20;

/** The feature's query keys: every write refreshes everything under `all`. */
export const agreementKeys = {
  all: [...managerKeys.all, 'agreements'] as const,
  list: (filters: AgreementFilters) =>
    [...agreementKeys.all, 'list', filters.status, filters.agencyId, filters.endingBefore] as const,
  detail: (id: string) => [...agreementKeys.all, 'detail', id] as const,
  usage: (id: string, from: string, to: string) => [...agreementKeys.all, 'usage', id, from, to] as const,
};

/** The agreements the manager may see, newest first, a page at a time (the API's cursor). */
export function useAdminAgreements(filters: AgreementFilters) {
  return useInfiniteQuery({
    queryKey: agreementKeys.list(filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      execute(
        ManagerAgreementsDocument,
        { first: AGREEMENTS_PAGE_SIZE, after: pageParam, ...filters },
        { signal },
      ).then((data) => data.agreements),
    getNextPageParam: (page) => (page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null),
  });
}

export function useAdminAgreement(id: string) {
  return useQuery({
    queryKey: agreementKeys.detail(id),
    queryFn: ({ signal }) =>
      execute(ManagerAgreementDocument, { id }, { signal }).then((data) => data.agreement),
  });
}

/** Usage, true-up and service results of the months `from`–`to` (both included). */
export function useAgreementUsage(id: string, from: string, to: string) {
  return useQuery({
    queryKey: agreementKeys.usage(id, from, to),
    queryFn: ({ signal }) =>
      execute(ManagerAgreementUsageDocument, { id, from, to }, { signal }).then((data) => data.agreement),
  });
}

function useRefreshAgreements() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: agreementKeys.all });
}

export function useTerminateAgreement() {
  const refresh = useRefreshAgreements();
  return useMutation({
    mutationFn: (variables: { id: string; expectedVersion: number; endDate: string; reason: string }) =>
      execute(ManagerTerminateAgreementDocument, variables).then((data) => data.terminateAgreement),
    onSuccess: refresh,
  });
}

export function useRecordVolumes() {
  const refresh = useRefreshAgreements();
  return useMutation({
    mutationFn: (variables: { agreementId: string; expectedVersion: number; entries: VolumeEntry[] }) =>
      execute(ManagerRecordVolumesDocument, variables).then((data) => data.recordVolumes),
    onSuccess: refresh,
  });
}

export interface ServiceResultEntry {
  month: string;
  metric: string;
  serviceCode: string | null;
  value: string;
}

export function useRecordServiceResults() {
  const refresh = useRefreshAgreements();
  return useMutation({
    mutationFn: (variables: {
      agreementId: string;
      expectedVersion: number;
      entries: ServiceResultEntry[];
    }) => execute(ManagerRecordServiceResultsDocument, variables).then((data) => data.recordServiceResults),
    onSuccess: refresh,
  });
}

/** The drivers and service-level targets of the catalogue version a term is pinned to (it never changes). */
export function useTermCatalogue(providerCode: string, version: number) {
  return useQuery({
    queryKey: [...managerKeys.all, 'term-catalogue', providerCode, version],
    staleTime: Infinity,
    queryFn: ({ signal }) =>
      execute(ManagerTermCatalogueDocument, { providerCode, version }, { signal }).then(
        (data) => data.catalogue,
      ),
  });
}

const AgreementAgenciesDocument = graphql(`
  query ManagerAgreementAgencies($first: Int!) {
    agencies(first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** The agencies the manager may see, to narrow the list to one. */
export function useAgreementAgencies() {
  return useQuery({
    queryKey: [...managerKeys.all, 'agencies', 'choices'],
    queryFn: ({ signal }) =>
      execute(AgreementAgenciesDocument, { first: 100 }, { signal }).then((data) =>
        data.agencies.edges.map((edge) => edge.node),
      ),
  });
}

const AgreementChangedDocument = graphql(`
  subscription ManagerAgreementChanged($id: ID!) {
    agreementChanged(id: $id) {
      id
      version
      status
    }
  }
`);

/**
 * Keeps the agreement current while the manager reads it: a colleague's termination, a batch of
 * volumes from the centre's own systems or an accepted amendment reloads it (and its usage).
 */
export function useLiveAgreement(id: string) {
  const refresh = useRefreshAgreements();
  const reload = () => void refresh();
  useLiveSubscription(AgreementChangedDocument, { id }, { next: reload, reconnected: reload });
}
