import { useMutation } from '@tanstack/react-query';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import type { DocumentErrorLike } from '../../../lib/document-errors';
import { useRefreshCatalogue } from './refresh';

const ValidateDocument = graphql(`
  query ManagerValidateCatalogue($document: JSON!) {
    validateCatalogue(document: $document) {
      path
      code
      params
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

/** A problem at a path in a catalogue document, with its code and params for wording it. */
export interface DocumentError extends DocumentErrorLike {
  path: string;
}

/** Checks a catalogue document without writing anything; an empty list means it can be imported. */
export function validateCatalogue(document: unknown): Promise<DocumentError[]> {
  return execute(ValidateDocument, { document }).then((data) => data.validateCatalogue);
}

export function useImportCatalogue() {
  const refresh = useRefreshCatalogue();
  return useMutation({
    mutationFn: (variables: { document: unknown; replaceDraft: boolean }) =>
      execute(ImportDocument, variables).then((data) => data.importCatalogue),
    onSuccess: refresh,
  });
}
