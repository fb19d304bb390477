import type { DocumentErrorLike } from '../document-errors';
import { apiFailure, refusalExtensions, refusalMessage } from './api-failure';

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

/** The problems a BAD_USER_INPUT lists in `extensions.errors`, each at its path. */
export function refusalProblems(error: unknown): ApiProblem[] {
  const errors = refusalExtensions(error).errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (item): item is ApiProblem =>
      typeof item === 'object' && item !== null && typeof (item as ApiProblem).path === 'string',
  );
}

/** Classifies whatever a save (a mutation of an editor) threw. */
export function saveFailure(error: unknown): SaveFailure {
  const failure = apiFailure(error);
  if (failure.kind === 'offline') return { kind: 'network' };
  if (failure.kind === 'server') return { kind: 'server' };
  switch (failure.code) {
    case 'CONFLICT':
      return failure.reason === 'DRAFT_EXISTS'
        ? { kind: 'draftExists' }
        : { kind: 'conflict', reason: failure.reason ?? null };
    case 'BAD_USER_INPUT':
      return {
        kind: 'invalid',
        problems: refusalProblems(error),
        field: failure.field ?? null,
        message: refusalMessage(error),
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
