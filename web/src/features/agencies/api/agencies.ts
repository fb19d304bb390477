import { useInfiniteQuery, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import type {
  CreateAgencyInput,
  ManagerAgenciesQuery,
  ManagerAgencyDriversQuery,
  ManagerAgencyQuery,
  UpdateAgencyInput,
} from '../../../lib/graphql/generated/graphql';
import { managerKeys } from '../../../lib/manage/versions';

const ManagerAgenciesDocument = graphql(`
  query ManagerAgencies($providerCode: String, $first: Int!, $after: String) {
    agencies(providerCode: $providerCode, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          organisationNumber
          country
          providerCode
        }
      }
    }
  }
`);

const ManagerAgencyDocument = graphql(`
  query ManagerAgency($id: ID!) {
    agency(id: $id) {
      id
      name
      organisationNumber
      country
      providerCode
      defaultVolumes {
        driverCode
        quantity
      }
      version
    }
  }
`);

const ManagerAgencyDriversDocument = graphql(`
  query ManagerAgencyDrivers($providerCode: String!) {
    catalogue(providerCode: $providerCode) {
      number
      drivers {
        code
        nameTranslations
        unitTranslations
        integer
      }
    }
  }
`);

const ManagerCreateAgencyDocument = graphql(`
  mutation ManagerCreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      id
      name
      version
    }
  }
`);

const ManagerUpdateAgencyDocument = graphql(`
  mutation ManagerUpdateAgency($id: ID!, $input: UpdateAgencyInput!, $expectedVersion: Int!) {
    updateAgency(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

export type ListedAgency = ManagerAgenciesQuery['agencies']['edges'][number]['node'];
export type ManagedAgency = NonNullable<ManagerAgencyQuery['agency']>;
/** A centre's catalogue in force, as far as default volumes need it; null when none is in force. */
export type AgencyDrivers = ManagerAgencyDriversQuery['catalogue'];
export type AgencyDriver = NonNullable<AgencyDrivers>['drivers'][number];

export const agencyKeys = {
  all: [...managerKeys.all, 'agencies'] as const,
  list: (providerCode: string | null) => [...agencyKeys.all, 'list', providerCode] as const,
  one: (id: string) => [...agencyKeys.all, 'one', id] as const,
  /**
   * Catalogue data, not the agencies': outside `all`, so saving an agency neither asks for a
   * centre's drivers again nor drops them.
   */
  drivers: (providerCode: string) => [...managerKeys.all, 'agency-drivers', providerCode] as const,
};

const PAGE_SIZE = 50;

/** The agencies by name, 50 a page (the API shows an account manager only their centre's). */
export function useAgencyList(providerCode: string | null) {
  return useInfiniteQuery({
    queryKey: agencyKeys.list(providerCode),
    staleTime: 0,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      execute(ManagerAgenciesDocument, { providerCode, first: PAGE_SIZE, after: pageParam }, { signal }).then(
        (data) => data.agencies,
      ),
    getNextPageParam: (page) => (page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null),
  });
}

/** One agency with its lock counter; `null` when the API does not know it. */
export function useAgency(id: string) {
  return useQuery({
    queryKey: agencyKeys.one(id),
    staleTime: 0,
    queryFn: ({ signal }) => execute(ManagerAgencyDocument, { id }, { signal }).then((data) => data.agency),
  });
}

/**
 * The volume drivers of a centre's catalogue in force today — what an agency's default volumes
 * may name (the API checks them against the same version).
 */
export function useAgencyDrivers(providerCode: string) {
  return useQuery({
    queryKey: agencyKeys.drivers(providerCode),
    enabled: providerCode !== '',
    queryFn: ({ signal }) =>
      execute(ManagerAgencyDriversDocument, { providerCode }, { signal }).then((data) => data.catalogue),
  });
}

/** The drivers {@link useAgencyDrivers} has loaded for the centre; undefined while it has not. */
export function loadedAgencyDrivers(
  queryClient: QueryClient,
  providerCode: string,
): AgencyDrivers | undefined {
  return queryClient.getQueryData<AgencyDrivers>(agencyKeys.drivers(providerCode));
}

/** Registers an agency; resolves to its lock counter. */
export function createAgency(input: CreateAgencyInput): Promise<number> {
  return execute(ManagerCreateAgencyDocument, { input }).then((data) => data.createAgency.version);
}

/** Changes an agency if it is still at `expectedVersion` (else CONFLICT); resolves to its new lock counter. */
export function updateAgency(id: string, input: UpdateAgencyInput, expectedVersion: number): Promise<number> {
  return execute(ManagerUpdateAgencyDocument, { id, input, expectedVersion }).then(
    (data) => data.updateAgency.version,
  );
}

/**
 * The one way the agencies' pages refresh the cache after a save: a change is refetched in the
 * background (the form stays open with what was typed); a new agency drops the lists, so the list
 * the page goes to never shows its old rows under the notice that it was added. Also the drivers
 * a form has loaded for a centre, to read default volumes from.
 */
export function useAgencyCache() {
  const queryClient = useQueryClient();
  return {
    changed: () => void queryClient.invalidateQueries({ queryKey: agencyKeys.all }),
    created: () => void queryClient.resetQueries({ queryKey: agencyKeys.all }),
    loadedDrivers: (providerCode: string) => loadedAgencyDrivers(queryClient, providerCode),
  };
}
