import type { Actor } from '../auth/actor.js';

/** The user id of {@link SYSTEM_ACTOR}; never a row in the users table. */
export const SYSTEM_USER_ID = 'system';

/**
 * The actor of operator tools that run without a token (the `catalogue` command line, demo
 * seeding): an administrator that is not a user. Audit events record it by e-mail only.
 */
export const SYSTEM_ACTOR: Actor = Object.freeze({
  userId: SYSTEM_USER_ID,
  email: 'cli@servicekatalog',
  role: 'ADMIN',
  providerCode: null,
  agencyId: null,
});
