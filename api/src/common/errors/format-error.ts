import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { tokenLimitRefusal } from '../graphql/operation-limits.js';
import { DomainError, type DomainErrorCode } from './domain-error.js';
import { isDatabaseUnavailable, ServiceUnavailableError } from '../database/database-unavailable.js';

const logger = new Logger('GraphQL');

/**
 * Codes of requests refused before any resolver ran, passed through as they are: Apollo's own, and
 * TOO_MANY_REQUESTS from the subscription limits of a WebSocket connection.
 */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_REQUEST',
  'TOO_MANY_REQUESTS',
]);

/**
 * The one mapping from thrown errors to what a client sees. Domain errors keep their code and
 * extensions; framework validation becomes BAD_USER_INPUT with the field; anything else is logged
 * with context and masked as INTERNAL_SERVER_ERROR (no stack, no SQL, no internals).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...original.extensions },
    };
  }
  const nest = nestHttpError(original);
  if (nest) return { ...base, message: nest.message, extensions: nest.extensions };
  const tokens =
    formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && tokenLimitRefusal(formatted.message);
  if (tokens) return { ...base, message: tokens, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  const code = clientRequestError(original) ? 'BAD_REQUEST' : formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_CODES.has(code) && !isResolverFailure(formatted)) {
    return {
      ...base,
      message: shortenQuotedValues(formatted.message),
      extensions: requestErrorExtensions(code, formatted.message),
    };
  }
  if (original instanceof ServiceUnavailableError || isDatabaseUnavailable(original)) {
    logger.warn({
      message: 'Database unreachable',
      path: formatted.path?.join('.'),
      error: describe(original),
    });
    const unavailable = new ServiceUnavailableError();
    return { ...base, message: unavailable.message, extensions: { code: unavailable.code } };
  }
  logger.error(
    {
      message: 'Unexpected error in a GraphQL request',
      path: formatted.path?.join('.'),
      error: describe(original),
    },
    original instanceof Error ? original.stack : undefined,
  );
  return {
    ...base,
    message: 'Something went wrong on our side. Please try again later.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * Apollo refuses some requests with an HTTP 4xx but no code (a persisted-query hash that does not
 * match the query, an unsupported persisted-query version): the client's mistake, BAD_REQUEST, not
 * an internal error to log with a stack.
 */
function clientRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined || error.originalError) {
    return false;
  }
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** Errors raised while executing a field carry a path; request-level errors (parse, variables) do not. */
function isResolverFailure(formatted: GraphQLFormattedError): boolean {
  return Array.isArray(formatted.path) && formatted.path.length > 0;
}

/** Variable coercion messages end with `at "input.volumes[0].quantity"`: name that field. */
function requestErrorExtensions(code: string, message: string): Record<string, unknown> {
  const at = /at "([^"]+)"/.exec(message);
  const variable = /Variable "\$([^"]+)"/.exec(message);
  const field = at?.[1] ?? variable?.[1];
  return field ? { code, field } : { code };
}

// graphql-js quotes a refused value whole in its message ("got invalid value \"9999…\""); a
// 300,000-digit quantity must not come back as a 300 KB error, so long quoted strings are cut.
const LONG_QUOTED_STRING = /"([^"\\]{40})[^"\\]*(?:\\.[^"\\]*)*"/g;

/** The message with every quoted string longer than 40 characters cut to its start and "…". */
export function shortenQuotedValues(message: string): string {
  return message.replace(LONG_QUOTED_STRING, (_whole, start: string) => `"${start}…"`);
}

interface NestHttpLike {
  getStatus(): number;
  getResponse(): unknown;
}

function isNestHttpError(error: unknown): error is Error & NestHttpLike {
  return (
    error instanceof Error &&
    typeof (error as Partial<NestHttpLike>).getStatus === 'function' &&
    typeof (error as Partial<NestHttpLike>).getResponse === 'function'
  );
}

/** Nest's ValidationPipe and guards throw HTTP exceptions; translate the ones a client caused. */
function nestHttpError(error: unknown): { message: string; extensions: Record<string, unknown> } | null {
  if (!isNestHttpError(error)) return null;
  const status = error.getStatus();
  const code = statusCode(status);
  if (!code) return null;
  if (code !== 'BAD_USER_INPUT') return { message: error.message, extensions: { code } };
  const messages = validationMessages(error.getResponse());
  const field = messages[0]?.split(' ')[0];
  return {
    message: messages.join('; ') || error.message,
    extensions: field ? { code, field, messages } : { code },
  };
}

function statusCode(status: number): DomainErrorCode | null {
  switch (status) {
    case 400:
      return 'BAD_USER_INPUT';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    default:
      return null;
  }
}

function validationMessages(response: unknown): string[] {
  if (typeof response !== 'object' || response === null) return [];
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.filter((m): m is string => typeof m === 'string');
  return typeof message === 'string' ? [message] : [];
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
