import { useQuery } from '@tanstack/react-query';
import type { CatalogueDocument } from '@servicekatalog/shared';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import { managerKeys } from '../../../lib/manage/versions';

const ManagerDraftDocument = graphql(`
  query ManagerDraft($providerCode: String!, $version: Int!) {
    catalogue(providerCode: $providerCode, version: $version) {
      id
      number
      status
      version
      validFrom
      currency
    }
    exportCatalogue(providerCode: $providerCode, version: $version)
  }
`);

/** A draft: its identity and lock counter, and its whole content as a catalogue document. */
export interface LoadedDraft {
  id: string;
  number: number;
  status: string;
  /** The optimistic-locking counter every edit sends back as `expectedVersion`. */
  version: number;
  validFrom: string | null;
  currency: string;
  /**
   * The content in the document format, defaults written out. The forms edit items in this shape,
   * so the API's document paths point straight at form fields.
   */
  document: CatalogueDocument;
}

/** The draft `number` of a centre, loaded whole (null: it no longer exists). */
export function useDraft(providerCode: string, number: number | undefined) {
  return useQuery({
    queryKey: managerKeys.draft(providerCode, number ?? 0),
    enabled: number !== undefined,
    staleTime: 0,
    queryFn: async ({ signal }): Promise<LoadedDraft | null> => {
      const data = await execute(ManagerDraftDocument, { providerCode, version: number ?? 0 }, { signal });
      if (!data.catalogue) return null;
      return { ...data.catalogue, document: data.exportCatalogue as CatalogueDocument };
    },
  });
}
