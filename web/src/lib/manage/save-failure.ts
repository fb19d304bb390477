import { GraphQLRequestError } from '../graphql/client';
import type { DocumentErrorLike } from '../document-errors';

/**
 * One problem the API found, at a document path ("services[3].code") or an input path
 * ("input.code"); a catalogue-document error also has its code and params.
 */
export interface ApiProblem extends DocumentErrorLike {
  path: string;
}

/**
 * Why a save failed, in the terms a page words it:
 * - `conflict`: someone else changed it since it was opened (STALE_VERSION), or it was published;
 * - `invalid`: the API refused the content, with every problem at its path;
 * - `gone`: it no longer exists (discarded, or not yours to see);
 * - `draftExists`: a draft was started meanwhile (createDraft, import);
 * - `forbidden`, `network`, `server`: said in words, with nothing to map to a field.
 */
export type SaveFailure =
  | { kind: 'conflict'; reason: string | null }
  | { kind: 'invalid'; problems: ApiProblem[]; field: string | null; message: string }
  | { kind: 'gone' }
  | { kind: 'draftExists' }
  | { kind: 'forbidden' }
  | { kind: 'network' }
  | { kind: 'server' };

function problemsOf(extensions: Record<string, unknown> | undefined): ApiProblem[] {
  const errors = extensions?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (error): error is ApiProblem =>
      typeof error === 'object' && error !== null && typeof (error as ApiProblem).path === 'string',
  );
}

/** Classifies whatever a mutation threw. */
export function saveFailure(error: unknown): SaveFailure {
  if (!(error instanceof GraphQLRequestError)) return { kind: 'server' };
  if (error.kind === 'network') return { kind: 'network' };
  if (error.kind === 'server') return { kind: 'server' };
  const first = error.errors[0];
  const extensions = first?.extensions;
  switch (extensions?.code) {
    case 'CONFLICT':
      return extensions.reason === 'DRAFT_EXISTS'
        ? { kind: 'draftExists' }
        : { kind: 'conflict', reason: extensions.reason ?? null };
    case 'BAD_USER_INPUT':
      return {
        kind: 'invalid',
        problems: problemsOf(extensions),
        field: typeof extensions.field === 'string' ? extensions.field : null,
        message: first.message,
      };
    case 'NOT_FOUND':
      return { kind: 'gone' };
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
      return { kind: 'forbidden' };
    default:
      return { kind: 'server' };
  }
}
