import { useMutation } from '@tanstack/react-query';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import { useRefreshCatalogue } from './refresh';

const CreateDraftDocument = graphql(`
  mutation ManagerCreateDraft($providerCode: String!) {
    createDraft(providerCode: $providerCode) {
      id
      number
      version
    }
  }
`);

const DiscardDraftDocument = graphql(`
  mutation ManagerDiscardDraft($id: ID!) {
    discardDraft(id: $id)
  }
`);

const PublishDocument = graphql(`
  mutation ManagerPublish($id: ID!, $validFrom: Date, $expectedVersion: Int) {
    publishCatalogueVersion(id: $id, validFrom: $validFrom, expectedVersion: $expectedVersion) {
      id
      number
      status
      validFrom
    }
  }
`);

const ExportDocument = graphql(`
  query ManagerExport($providerCode: String!, $version: Int) {
    exportCatalogue(providerCode: $providerCode, version: $version)
  }
`);

export function useCreateDraft() {
  const refresh = useRefreshCatalogue();
  return useMutation({
    mutationFn: (providerCode: string) =>
      execute(CreateDraftDocument, { providerCode }).then((d) => d.createDraft),
    onSuccess: refresh,
  });
}

export function useDiscardDraft() {
  const refresh = useRefreshCatalogue();
  return useMutation({
    mutationFn: (id: string) => execute(DiscardDraftDocument, { id }),
    onSuccess: refresh,
  });
}

export function usePublish() {
  const refresh = useRefreshCatalogue();
  return useMutation({
    mutationFn: (variables: { id: string; validFrom: string; expectedVersion: number }) =>
      execute(PublishDocument, variables).then((d) => d.publishCatalogueVersion),
    onSuccess: refresh,
  });
}

/** A version as its catalogue document (the import format). */
export function exportCatalogue(providerCode: string, version: number): Promise<unknown> {
  return execute(ExportDocument, { providerCode, version }).then((data) => data.exportCatalogue);
}
