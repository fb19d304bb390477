import { IntrinsicException } from '@nestjs/common';

/**
 * Node socket errors and PostgreSQL SQLSTATEs that mean "the database cannot be reached or is
 * restarting" — the statement did not run, or ran in a transaction that will not commit:
 * class 08 (connection exception), 53300 too many connections, 57P01–57P03 (shut down, crashed,
 * starting up), 57014 query cancelled by `statement_timeout`.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08007',
  '53300',
  '57P01',
  '57P02',
  '57P03',
  '57014',
]);

/** What node-postgres, its pool and TypeORM say when there is no working connection. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|Query read timeout|Client was closed and is not queryable/i;

/**
 * True when `error` (or what it wraps) says the database is unreachable: the one place that
 * classifies connection failures, so every request maps them the same way (SERVICE_UNAVAILABLE).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') return false;
    const { code, message, driverError, cause } = current as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) return true;
    current = driverError ?? cause;
  }
  return false;
}

/** The client's view of {@link isDatabaseUnavailable}: nothing was written, try again shortly. */
export class ServiceUnavailableError extends IntrinsicException {
  readonly code = 'SERVICE_UNAVAILABLE';

  constructor() {
    super(
      'The service is unavailable for a moment (its database cannot be reached); nothing was saved. Please try again.',
    );
    this.name = 'ServiceUnavailableError';
  }
}
