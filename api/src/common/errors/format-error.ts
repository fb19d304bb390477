import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, type DomainErrorCode } from './domain-error.js';
import { isDatabaseUnavailable, ServiceUnavailableError } from '../database/database-unavailable.js';

const logger = new Logger('GraphQL');

/** Apollo's own codes for requests that never reached a resolver; passed through as they are. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_REQUEST',
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
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_CODES.has(code) && !isResolverFailure(formatted)) {
    return { ...base, extensions: requestErrorExtensions(code, formatted.message) };
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

/** Errors raised while executing a field carry a path; request-level errors (parse, variables) do not. */
function isResolverFailure(formatted: GraphQLFormattedError): boolean {
  return Array.isArray(formatted.path) && formatted.path.length > 0;
}

/** Variable coercion messages end with `at "input.volumes[0].quantity"`: name that field. */
function requestErrorExtensions(code: string, message: string): Record<string, unknown> {
  const at = /at "([^"]+)"/.exec(message);
  const variable = /Variable "\$([^"]+)"/.exec(message);
  const field = at?.[1] ?? variable?.[1];
  const mapped = code === 'BAD_REQUEST' ? 'BAD_USER_INPUT' : code;
  return field ? { code: mapped, field } : { code: mapped };
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
