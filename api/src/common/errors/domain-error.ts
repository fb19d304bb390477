import { IntrinsicException } from '@nestjs/common';
import type { ConflictReason, DocumentError, DomainErrorCode } from '@servicekatalog/shared';

export type { DomainErrorCode } from '@servicekatalog/shared';

/**
 * Base of every error a service throws on purpose. One global mapping (format-error.ts) turns it
 * into a GraphQL error with `extensions.code`; services never throw HTTP exceptions.
 * An IntrinsicException (a plain Error subclass) so that Nest's exception handler does not log
 * expected outcomes — every failed login, every refused input — as server errors.
 */
export abstract class DomainError extends IntrinsicException {
  abstract readonly code: DomainErrorCode;

  constructor(
    message: string,
    /** Extra `extensions` for the client, e.g. `field` or `errors`. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input: names the offending input path in `extensions.field`. */
export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';

  constructor(message: string, field: string, extra: Record<string, unknown> = {}) {
    super(message, { field, ...extra });
  }
}

/** A catalogue document with errors: every error (path, code, params, message) listed in `extensions.errors`. */
export class InvalidDocumentError extends DomainError {
  readonly code = 'BAD_USER_INPUT';

  constructor(errors: DocumentError[], field = 'document') {
    super(`The catalogue document has ${errors.length} error(s); nothing was written.`, { field, errors });
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';

  constructor(message = 'You need to sign in to do this.') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';

  constructor(message = 'You are not allowed to do this.', extensions: Record<string, unknown> = {}) {
    super(message, extensions);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';

  constructor(what: string, field?: string) {
    super(`${what} was not found.`, field ? { field } : {});
  }
}

/**
 * Stale `expectedVersion`, a wrong state, or a write to a published catalogue version: always with
 * the reason, from the typed list in shared/, so a client can tell "reload" from "not any more".
 */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';

  constructor(message: string, extensions: { reason: ConflictReason } & Record<string, unknown>) {
    super(message, extensions);
  }
}

/** Too many attempts: try again after `retryAfterSeconds` (HTTP 429 when nothing else was answered). */
export class TooManyRequestsError extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS';

  constructor(message: string, retryAfterSeconds: number) {
    super(message, { retryAfterSeconds });
  }
}
