import { useQuery } from '@tanstack/react-query';
import { execute } from '../graphql/client';
import { graphql } from '../graphql/generated';
import type { ManagerVersionsQuery } from '../graphql/generated/graphql';
import { SESSION_SCOPE } from '../session';

const ManagerVersionsDocument = graphql(`
  query ManagerVersions {
    providers {
      code
      name
      country
      locale
      versions {
        id
        number
        status
        validFrom
        inForce
        superseded
        currency
      }
    }
  }
`);

export type ManagedProvider = ManagerVersionsQuery['providers'][number];
export type ManagedVersion = ManagedProvider['versions'][number];

/** Query keys of the manager area: under the session scope, since drafts are visible to managers only. */
export const managerKeys = {
  all: [SESSION_SCOPE, 'manager'] as const,
  versions: () => [...managerKeys.all, 'versions'] as const,
  draft: (providerCode: string, number: number) =>
    [...managerKeys.all, 'draft', providerCode, number] as const,
  diff: (providerCode: string, from: number, to: number, language: string) =>
    [...managerKeys.all, 'diff', providerCode, from, to, language] as const,
  impact: (providerCode: string) => [...managerKeys.all, 'impact', providerCode] as const,
  audit: (filters: object) => [...managerKeys.all, 'audit', filters] as const,
};

/** Every centre with its catalogue versions, drafts included where the user may see them. */
export function useManagedProviders() {
  return useQuery({
    queryKey: managerKeys.versions(),
    queryFn: ({ signal }) => execute(ManagerVersionsDocument, {}, { signal }).then((data) => data.providers),
    staleTime: 0,
  });
}

/** One centre with its versions, newest first; undefined while loading, null when unknown. */
export function useManagedProvider(providerCode: string) {
  const query = useManagedProviders();
  const provider = query.data?.find((candidate) => candidate.code === providerCode);
  const versions = provider ? [...provider.versions].sort((a, b) => b.number - a.number) : [];
  return {
    ...query,
    provider: query.data ? (provider ?? null) : undefined,
    versions,
    draft: versions.find((version) => version.status === 'DRAFT') ?? null,
  };
}

export type VersionState = 'draft' | 'inForce' | 'upcoming' | 'superseded' | 'published';

/** Where a version stands today: being edited, in force, coming into force later, or replaced. */
export function versionState(version: ManagedVersion, today: string): VersionState {
  if (version.status === 'DRAFT') return 'draft';
  if (version.inForce) return 'inForce';
  if (version.superseded) return 'superseded';
  if (version.validFrom && version.validFrom > today) return 'upcoming';
  return 'published';
}

/** Today's date in UTC ("2027-01-01"): DESIGN's calendar dates are UTC. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The codes of every centre (for an administrator's filters); empty until loaded or when not asked. */
export function useManagedProviderCodes(enabled: boolean): string[] {
  const query = useQuery({
    queryKey: managerKeys.versions(),
    enabled,
    queryFn: ({ signal }) => execute(ManagerVersionsDocument, {}, { signal }).then((data) => data.providers),
  });
  return query.data?.map((provider) => provider.code) ?? [];
}
