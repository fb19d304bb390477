import { useQuery } from '@tanstack/react-query';
import { execute } from './graphql/client';
import { graphql } from './graphql/generated';
import type { CatalogueVersionsQuery } from './graphql/generated/graphql';

const CatalogueVersionsDocument = graphql(`
  query CatalogueVersions {
    providers {
      code
      versions {
        number
        status
        validFrom
        inForce
        superseded
      }
    }
  }
`);

export type VersionSummary = CatalogueVersionsQuery['providers'][number]['versions'][number];

/**
 * The catalogue version a customer should see: the one asked for, else the one in force today,
 * else the published version that comes into force next (a centre may publish ahead of its
 * effective date, as the demo catalogues do). Null when the centre has nothing published.
 */
export function pickVersion<T extends VersionSummary>(
  versions: readonly T[],
  requested: number | null,
): T | null {
  if (requested !== null) return versions.find((version) => version.number === requested) ?? null;
  const inForce = versions.find((version) => version.inForce);
  if (inForce) return inForce;
  const upcoming = versions
    .filter((version) => version.status === 'PUBLISHED' && !version.superseded && version.validFrom)
    .sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || b.number - a.number);
  return upcoming[0] ?? null;
}

/** Which catalogue version of a centre to show (see {@link pickVersion}); `data` null = none. */
export function useCatalogueVersion(providerCode: string, requested: number | null) {
  return useQuery({
    queryKey: ['catalogue-versions'],
    queryFn: ({ signal }) =>
      execute(CatalogueVersionsDocument, {}, { signal }).then((data) => data.providers),
    select: (providers) => {
      const provider = providers.find((candidate) => candidate.code === providerCode);
      return provider ? pickVersion(provider.versions, requested) : null;
    },
  });
}
