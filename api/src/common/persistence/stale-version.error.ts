import { ConflictError } from '../errors/domain-error.js';

/**
 * Optimistic locking lost: the row is no longer at the `expectedVersion` the caller read, because
 * someone else's change committed first. CONFLICT with reason STALE_VERSION, the same in every
 * domain, so a client can offer "reload and try again" without knowing which domain refused.
 */
export class StaleVersionError extends ConflictError {
  constructor(
    /** What was changed, as a user calls it: "quote", "catalogue version". */
    subject: string,
    extensions: Record<string, unknown> = {},
    message = `The ${subject} was changed by someone else meanwhile; reload it and try again.`,
  ) {
    super(message, { ...extensions, reason: 'STALE_VERSION' });
  }
}
