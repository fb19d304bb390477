import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { tokenLimitRefusal } from '../graphql/operation-limits.js';
import { isRequestErrorCode, type RequestErrorCode } from '@servicekatalog/shared';
import { DomainError } from './domain-error.js';
import { nestHttpError } from './nest-http-error.js';
import { isDatabaseUnavailable, ServiceUnavailableError } from '../database/database-unavailable.js';

const logger = new Logger('GraphQL');

/**
 * What a thrown error is, as far as the client is concerned — the one list of cases, in the order
 * they are recognised. Every case is mapped by the exhaustive switch of {@link formatError}.
 */
type ErrorKind =
  /** Thrown on purpose by a service: keeps its code and extensions. */
  | { kind: 'DOMAIN'; error: DomainError }
  /** Nest's ValidationPipe and guards (HTTP exceptions a client caused). */
  | { kind: 'FRAMEWORK'; message: string; extensions: Record<string, unknown> }
  /** graphql-js stopped parsing at the token limit: a validation failure naming the limit. */
  | { kind: 'TOKEN_LIMIT'; message: string }
  /** Refused before any resolver ran (parse, validation, variables, persisted queries). */
  | { kind: 'REQUEST'; code: RequestErrorCode }
  /** The database cannot be reached: nothing was saved, try again. */
  | { kind: 'UNAVAILABLE' }
  /** Anything else: logged with context, masked for the client. */
  | { kind: 'UNEXPECTED' };

/**
 * The one mapping from thrown errors to what a client sees. Domain errors keep their code and
 * extensions; framework validation becomes BAD_USER_INPUT with the field; anything else is logged
 * with context and masked as INTERNAL_SERVER_ERROR (no stack, no SQL, no internals).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  const found = classify(formatted, original);
  switch (found.kind) {
    case 'DOMAIN':
      return {
        ...base,
        message: found.error.message,
        extensions: { code: found.error.code, ...found.error.extensions },
      };
    case 'FRAMEWORK':
      return { ...base, message: found.message, extensions: found.extensions };
    case 'TOKEN_LIMIT':
      return { ...base, message: found.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    case 'REQUEST':
      return {
        ...base,
        message: shortenQuotedValues(formatted.message),
        extensions: requestErrorExtensions(found.code, formatted.message),
      };
    case 'UNAVAILABLE': {
      logger.warn({
        message: 'Database unreachable',
        path: formatted.path?.join('.'),
        error: describe(original),
      });
      const unavailable = new ServiceUnavailableError();
      return { ...base, message: unavailable.message, extensions: { code: unavailable.code } };
    }
    case 'UNEXPECTED':
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
    default:
      return assertNever(found);
  }
}

function classify(formatted: GraphQLFormattedError, original: unknown): ErrorKind {
  if (original instanceof DomainError) return { kind: 'DOMAIN', error: original };
  const nest = nestHttpError(original);
  if (nest) return { kind: 'FRAMEWORK', ...nest };
  const tokens =
    formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && tokenLimitRefusal(formatted.message);
  if (tokens) return { kind: 'TOKEN_LIMIT', message: tokens };
  const code = clientRequestError(original) ? 'BAD_REQUEST' : formatted.extensions?.code;
  if (isRequestErrorCode(code) && !isResolverFailure(formatted)) return { kind: 'REQUEST', code };
  if (original instanceof ServiceUnavailableError || isDatabaseUnavailable(original))
    return { kind: 'UNAVAILABLE' };
  return { kind: 'UNEXPECTED' };
}

function assertNever(value: never): never {
  throw new Error(`Unmapped error kind ${JSON.stringify(value)}`);
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
function requestErrorExtensions(code: RequestErrorCode, message: string): Record<string, unknown> {
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

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
