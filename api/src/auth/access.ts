import { mayDo, type Action } from '@servicekatalog/shared';
import { ForbiddenError, UnauthenticatedError } from '../common/errors/domain-error.js';
import type { Actor } from './actor.js';

/**
 * The server's one path for "who may do what": the rules are the pure functions of
 * shared/src/access (also what the web shows or hides by); resolvers name an action with
 * @RequireAccess, services and policies call {@link requireAccess} with the Actor, and the
 * finer checks (whose centre, whose agency) are shared's {@link managesProvider} and
 * {@link maySeeAgencyOwned}.
 */
export {
  agencyScopeOf,
  managesProvider,
  maySeeAgencyOwned,
  maySeeCatalogueVersion,
  type Action,
  type AgencyOwnership,
  type AgencyScope,
} from '@servicekatalog/shared';

/** How a refusal is worded for this use: what to sign in as, what the role may not do. */
export interface Refusal {
  unauthenticated?: string;
  forbidden?: string;
}

/**
 * The actor, if its role may do `action` at all — checked before anything is looked up, so the
 * refusal reveals nothing. Anonymous is UNAUTHENTICATED; a signed-in actor whose role never may
 * is FORBIDDEN.
 */
export function requireAccess(actor: Actor | null, action: Action, refusal: Refusal = {}): Actor {
  if (!actor) throw new UnauthenticatedError(refusal.unauthenticated);
  if (!mayDo(actor, action)) throw new ForbiddenError(refusal.forbidden);
  return actor;
}
