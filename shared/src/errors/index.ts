/**
 * The error codes and reasons a client of the API can meet, as typed lists (DESIGN, "Errors"):
 * one vocabulary for the API that sends them and the web that words them.
 */

/** Expected failures a service refuses on purpose, in `extensions.code`. */
export const DOMAIN_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/**
 * Requests refused before any resolver ran, passed through as they are: Apollo's own codes, and
 * TOO_MANY_REQUESTS from the subscription limits of a WebSocket connection.
 */
export const REQUEST_ERROR_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_REQUEST',
  'TOO_MANY_REQUESTS',
] as const;
export type RequestErrorCode = (typeof REQUEST_ERROR_CODES)[number];

/** Failures on the server's side: the database out of reach, or anything unexpected (masked). */
export const SERVER_ERROR_CODES = ['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR'] as const;
export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];

/** Every `extensions.code` the API sends. */
export type ErrorCode = DomainErrorCode | RequestErrorCode | ServerErrorCode;

/** Why a change was refused with CONFLICT, in `extensions.reason`. */
export const CONFLICT_REASONS = [
  /** Someone else's change committed first: reload and try again. */
  'STALE_VERSION',
  'WRONG_STATUS',
  'EXPIRED',
  'ALREADY_REVISED',
  'PUBLISHED_VERSION',
  'DRAFT_EXISTS',
  'CONCURRENT_CHANGE',
  'IDEMPOTENCY_KEY_REUSED',
  'MOVE_NOT_ALLOWED',
  'CLOSED',
  'ALREADY_VOTED',
  'NOT_VOTED',
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/** Reasons carried by other codes: a duplicate input (BAD_USER_INPUT), a one-time password (FORBIDDEN). */
export const OTHER_REASONS = ['DUPLICATE', 'PASSWORD_CHANGE_REQUIRED'] as const;
export type ErrorReason = ConflictReason | (typeof OTHER_REASONS)[number];

/** True when `code` is one of the codes a service throws on purpose. */
export function isDomainErrorCode(code: unknown): code is DomainErrorCode {
  return (DOMAIN_ERROR_CODES as readonly unknown[]).includes(code);
}

/** True when `code` is one of the request-level codes passed through as they are. */
export function isRequestErrorCode(code: unknown): code is RequestErrorCode {
  return (REQUEST_ERROR_CODES as readonly unknown[]).includes(code);
}
