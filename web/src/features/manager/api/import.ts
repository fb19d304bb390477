import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import { managerKeys } from './versions';

const ValidateDocument = graphql(`
  query ManagerValidateCatalogue($document: JSON!) {
    validateCatalogue(document: $document) {
      path
      message
    }
  }
`);

const ImportDocument = graphql(`
  mutation ManagerImportCatalogue($document: JSON!, $replaceDraft: Boolean) {
    importCatalogue(document: $document, replaceDraft: $replaceDraft) {
      id
      number
      provider {
        code
      }
    }
  }
`);

export interface DocumentError {
  path: string;
  message: string;
}

/** Checks a catalogue document without writing anything; an empty list means it can be imported. */
export function validateCatalogue(document: unknown): Promise<DocumentError[]> {
  return execute(ValidateDocument, { document }).then((data) => data.validateCatalogue);
}

export function useImportCatalogue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { document: unknown; replaceDraft: boolean }) =>
      execute(ImportDocument, variables).then((data) => data.importCatalogue),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: managerKeys.all }),
  });
}
