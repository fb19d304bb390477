/**
 * Every `extensions.code` and `extensions.reason` the API sends, as typed lists, so that a client
 * can classify a refusal exhaustively and the API's errors name only values listed here.
 */

/** Codes of expected refusals: a domain rule, a missing right, a racing change. */
export const DOMAIN_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
] as const;

/**
 * Codes of requests refused before any resolver ran (GraphQL server, body parsing), passed through
 * as they are: Apollo's own (BAD_USER_INPUT for variables that do not coerce) and TOO_MANY_REQUESTS
 * from the subscription limits of a WebSocket connection.
 */
export const REQUEST_ERROR_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'TOO_MANY_REQUESTS',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
] as const;

/** Codes of faults on the API's side: the database unreachable, or anything unexpected (masked). */
export const SERVER_ERROR_CODES = ['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR'] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];
export type RequestErrorCode = (typeof REQUEST_ERROR_CODES)[number];
export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];
export type ApiErrorCode = DomainErrorCode | RequestErrorCode | ServerErrorCode;

/** Every `extensions.code` the API sends, each once (a few are both a domain and a request code). */
export const API_ERROR_CODES: readonly ApiErrorCode[] = [
  ...new Set<ApiErrorCode>([...DOMAIN_ERROR_CODES, ...REQUEST_ERROR_CODES, ...SERVER_ERROR_CODES]),
];

/** Why a change was refused with CONFLICT, in `extensions.reason`. */
export const CONFLICT_REASONS = [
  /** The `expectedVersion` is stale: someone else changed it since it was read. */
  'STALE_VERSION',
  /** Quotes: the quote's status does not allow the change. */
  'WRONG_STATUS',
  /** Quotes: the offer lapsed (validUntil passed). */
  'EXPIRED',
  /** Quotes: the quote has a newer revision already. */
  'ALREADY_REVISED',
  /** Proposals: the status may not move there. */
  'MOVE_NOT_ALLOWED',
  /** Proposals: a DECLINED or DONE proposal takes no votes. */
  'CLOSED',
  /** Proposals: the agency has voted already. */
  'ALREADY_VOTED',
  /** Proposals: the agency has no vote to withdraw. */
  'NOT_VOTED',
  /** Catalogue: a draft exists already (create, import without replace). */
  'DRAFT_EXISTS',
  /** Catalogue: a PUBLISHED version never changes. */
  'PUBLISHED_VERSION',
  /** Catalogue import: the draft changed while the import ran. */
  'CONCURRENT_CHANGE',
  /** A repeated idempotency key with other arguments. */
  'IDEMPOTENCY_KEY_REUSED',
  /** Quotes: the contract's start date has passed (submit, accept). */
  'START_DATE_PASSED',
  /** Quotes: a revision of an accepted quote; the agreement is changed through reviseAgreement. */
  'AGREEMENT_EXISTS',
  /** Agreements: an amendment or renewal whose dates no longer fit when it is accepted. */
  'CHANGE_NO_LONGER_FITS',
] as const;

/** Why a request was refused with FORBIDDEN, in `extensions.reason`. */
export const FORBIDDEN_REASONS = [
  /** A one-time password must be changed before anything else but `me` and `changePassword`. */
  'PASSWORD_CHANGE_REQUIRED',
] as const;

/** Why an input was refused with BAD_USER_INPUT beyond its field, in `extensions.reason`. */
export const BAD_USER_INPUT_REASONS = [
  /** Benchmarks: the provider has a figure for that year and KPI already. */
  'DUPLICATE',
] as const;

/** Every `extensions.reason` the API sends. */
export const API_ERROR_REASONS = [
  ...CONFLICT_REASONS,
  ...FORBIDDEN_REASONS,
  ...BAD_USER_INPUT_REASONS,
] as const;

export type ConflictReason = (typeof CONFLICT_REASONS)[number];
export type ForbiddenReason = (typeof FORBIDDEN_REASONS)[number];
export type BadUserInputReason = (typeof BAD_USER_INPUT_REASONS)[number];
export type ApiErrorReason = (typeof API_ERROR_REASONS)[number];

/** The value as a known code, or null when the API sent none or one this client does not know. */
export function apiErrorCode(value: unknown): ApiErrorCode | null {
  return (API_ERROR_CODES as readonly unknown[]).includes(value) ? (value as ApiErrorCode) : null;
}

/** The value as a known reason, or null when the API sent none or one this client does not know. */
export function apiErrorReason(value: unknown): ApiErrorReason | null {
  return (API_ERROR_REASONS as readonly unknown[]).includes(value) ? (value as ApiErrorReason) : null;
}

/** True when `code` is one of the codes a service throws on purpose. */
export function isDomainErrorCode(code: unknown): code is DomainErrorCode {
  return (DOMAIN_ERROR_CODES as readonly unknown[]).includes(code);
}

/** True when `code` is one of the request-level codes passed through as they are. */
export function isRequestErrorCode(code: unknown): code is RequestErrorCode {
  return (REQUEST_ERROR_CODES as readonly unknown[]).includes(code);
}
