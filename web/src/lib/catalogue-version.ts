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

/** The query keys of catalogue reads shared by the features: one factory. */
export const catalogueKeys = {
  all: ['catalogue'] as const,
  versions: () => [...catalogueKeys.all, 'versions'] as const,
  /** A version's names and structure, as a configuration is made from it, in one interface language. */
  forConfiguration: (providerCode: string, version: number | undefined, language: string) =>
    [...catalogueKeys.all, 'configuration', providerCode, version, language] as const,
};

/**
 * The catalogue version a customer sees and prices against: the one asked for, else the one in
 * force today — among the PUBLISHED versions with validFrom ≤ today the latest, as the API marks
 * it `inForce`. Null when none is (a version published ahead is only announced: {@link nextVersion}).
 */
export function pickVersion<T extends VersionSummary>(
  versions: readonly T[],
  requested: number | null,
  startDate: string | null = null,
): T | null {
  if (requested !== null) return versions.find((version) => version.number === requested) ?? null;
  if (startDate !== null) return versionInForceOn(versions, startDate);
  return versions.find((version) => version.inForce) ?? null;
}

/**
 * The version in force on a day, as the API prices a contract starting then: among the PUBLISHED
 * versions with validFrom ≤ date the one with the latest validFrom (the higher number on a tie).
 */
export function versionInForceOn<T extends VersionSummary>(versions: readonly T[], date: string): T | null {
  let best: T | null = null;
  for (const version of versions) {
    if (version.status !== 'PUBLISHED' || version.validFrom === null || version.validFrom > date) continue;
    const later =
      !best ||
      version.validFrom > (best.validFrom ?? '') ||
      (version.validFrom === best.validFrom && version.number > best.number);
    if (later) best = version;
  }
  return best;
}

/**
 * The published version that comes into force next, to announce it (it is shown or priced only
 * when asked for by number until it is in force). Null when none is coming.
 */
export function nextVersion<T extends VersionSummary>(versions: readonly T[]): T | null {
  const coming = versions
    .filter((version) => version.status === 'PUBLISHED' && !version.inForce && !version.superseded)
    .filter((version) => version.validFrom !== null)
    .sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || b.number - a.number);
  return coming[0] ?? null;
}

/** The version of a centre that comes into force next (see {@link nextVersion}); `data` null = none. */
export function useNextVersion(providerCode: string) {
  return useQuery({
    queryKey: catalogueKeys.versions(),
    queryFn: ({ signal }) =>
      execute(CatalogueVersionsDocument, {}, { signal }).then((data) => data.providers),
    select: (providers) => {
      const provider = providers.find((candidate) => candidate.code === providerCode);
      return provider ? nextVersion(provider.versions) : null;
    },
  });
}

/**
 * Which catalogue version of a centre to show (see {@link pickVersion}); `data` null = none.
 * `startDate`: the contract's first day, when one was picked — the version in force then, else
 * (none was in force yet) the one in force today.
 */
export function useCatalogueVersion(
  providerCode: string,
  requested: number | null,
  startDate: string | null = null,
) {
  return useQuery({
    queryKey: catalogueKeys.versions(),
    queryFn: ({ signal }) =>
      execute(CatalogueVersionsDocument, {}, { signal }).then((data) => data.providers),
    select: (providers) => {
      const provider = providers.find((candidate) => candidate.code === providerCode);
      if (!provider) return null;
      // No version in force on the start date: the one in force today (the screen says why).
      return (
        pickVersion(provider.versions, requested, startDate) ?? pickVersion(provider.versions, requested)
      );
    },
  });
}
