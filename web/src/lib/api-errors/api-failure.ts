import { apiErrorCode, apiErrorReason, type ApiErrorCode, type ApiErrorReason } from '@servicekatalog/shared';
import { GraphQLRequestError } from '../graphql/client';

/**
 * Why a request did not succeed, before a page words it: `offline` (no connection, or the request
 * never reached the API), `server` (a fault, or anything that is not the API's answer), or the
 * API's `refused` with the first error's code, reason and input field — codes and reasons from the
 * shared lists (one the client does not know reads as absent, so it is worded as a fault).
 */
export type ApiFailure =
  | { kind: 'offline' }
  | { kind: 'server' }
  | { kind: 'refused'; code?: ApiErrorCode; reason?: ApiErrorReason; field?: string };

/**
 * The one classifier of whatever a request threw; being offline comes before anything the API
 * said. `online`: whether the browser thinks it has a connection.
 */
export function apiFailure(error: unknown, online = true): ApiFailure {
  if (!online || (error instanceof GraphQLRequestError && error.kind === 'network'))
    return { kind: 'offline' };
  if (!(error instanceof GraphQLRequestError) || error.kind !== 'graphql') return { kind: 'server' };
  const field = error.errors[0]?.extensions?.field;
  return {
    kind: 'refused',
    code: apiErrorCode(error.code) ?? undefined,
    reason: apiErrorReason(error.reason) ?? undefined,
    field: typeof field === 'string' ? field : undefined,
  };
}

/** The first error's `extensions` of a refusal by the API; empty for anything else. */
export function refusalExtensions(error: unknown): Record<string, unknown> {
  return error instanceof GraphQLRequestError && error.kind === 'graphql'
    ? (error.errors[0]?.extensions ?? {})
    : {};
}

/** The first error's message of a refusal by the API (for logs and field hints, never shown raw). */
export function refusalMessage(error: unknown): string {
  return error instanceof GraphQLRequestError ? (error.errors[0]?.message ?? '') : '';
}
