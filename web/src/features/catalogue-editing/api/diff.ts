import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import type { ManagerDiffQuery } from '../../../lib/graphql/generated/graphql';
import { managerKeys } from '../../../lib/manage/versions';

const ManagerDiffDocument = graphql(`
  query ManagerDiff($providerCode: String!, $from: Int!, $to: Int!) {
    catalogueDiff(providerCode: $providerCode, from: $from, to: $to) {
      from
      to
      changes {
        kind
        change
        code
        name
        path
        before
        after
        fields {
          field
          before
          after
        }
      }
    }
    before: catalogue(providerCode: $providerCode, version: $from) {
      currency
      drivers {
        code
        unit
      }
      services {
        code
        name
      }
    }
    after: catalogue(providerCode: $providerCode, version: $to) {
      currency
      drivers {
        code
        unit
      }
      services {
        code
        name
      }
    }
  }
`);

export type CatalogueChange = ManagerDiffQuery['catalogueDiff']['changes'][number];
export type DiffData = ManagerDiffQuery;

/** What changes from version `from` to `to`, with the names needed to put prices in words. */
export function useCatalogueDiff(providerCode: string, from: number | null, to: number | null) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: managerKeys.diff(providerCode, from ?? 0, to ?? 0, i18n.language),
    enabled: from !== null && to !== null && from !== to,
    staleTime: 0,
    queryFn: ({ signal }) =>
      execute(
        ManagerDiffDocument,
        { providerCode, from: from ?? 0, to: to ?? 0 },
        { signal, language: i18n.language },
      ),
  });
}
