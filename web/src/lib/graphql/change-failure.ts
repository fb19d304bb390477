import { GraphQLRequestError } from './client';

/**
 * Why a change (a mutation) did not happen, before a page words it: `offline` (no connection, or the
 * request never reached the API), `server` (a fault, or anything that is not the API's answer), or
 * the API's `refused` with the first error's code, reason and input field.
 */
export type ChangeFailure =
  | { kind: 'offline' }
  | { kind: 'server' }
  | { kind: 'refused'; code?: string; reason?: string; field?: string };

/** Classifies whatever a mutation threw; being offline comes before anything the API said. */
export function changeFailure(error: unknown, online: boolean): ChangeFailure {
  if (!online || (error instanceof GraphQLRequestError && error.kind === 'network'))
    return { kind: 'offline' };
  if (!(error instanceof GraphQLRequestError) || error.kind !== 'graphql') return { kind: 'server' };
  const field = error.errors[0]?.extensions?.field;
  return {
    kind: 'refused',
    code: error.code,
    reason: error.reason,
    field: typeof field === 'string' ? field : undefined,
  };
}
