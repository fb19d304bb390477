import {
  agencyScopeOf,
  managesProvider,
  maySeeAgencyOwned,
  requireAccess,
  type AgencyScope,
} from '../auth/access.js';
import type { Actor } from '../auth/actor.js';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-error.js';

/** The part of an agency the rules look at. */
interface AgencyOwnership {
  id: string;
  providerCode: string;
}

/**
 * Who may do what with agencies (DESIGN: "created and edited by admins and account managers"), in one place:
 * - reading: an administrator sees every agency, an account manager the agencies its centre
 *   serves, a customer its own agency. Any other agency does not exist for the caller: NOT_FOUND,
 *   never FORBIDDEN (a refusal never reveals whether the thing exists);
 * - creating and editing: administrators for any provider, account managers for their own
 *   centre's agencies only — creating one for another centre, or moving one there, is FORBIDDEN;
 *   customers are FORBIDDEN, anonymous callers UNAUTHENTICATED.
 */
export const AgencyPolicy = {
  requireSignedIn(actor: Actor | null): Actor {
    return requireAccess(actor, 'SIGNED_IN', { unauthenticated: 'Sign in to see agencies.' });
  },

  /** The actor, if its role may create or edit some agency at all (checked before any lookup). */
  requireEditor(actor: Actor | null): Actor {
    return requireAccess(actor, 'AGENCY_EDIT', {
      unauthenticated: 'Sign in as an account manager or administrator to change agencies.',
      forbidden: 'Only account managers and administrators create and edit agencies.',
    });
  },

  /** Refuses an editor who may not make an agency belong to `providerCode`. */
  requireMayServe(editor: Actor, providerCode: string): void {
    if (!managesProvider(editor, providerCode)) {
      throw new ForbiddenError(
        `Account managers create and edit the agencies of their own centre only, not of ${providerCode}.`,
      );
    }
  },

  maySee(actor: Actor, agency: AgencyOwnership): boolean {
    return maySeeAgencyOwned(actor, { agencyId: agency.id, providerCode: agency.providerCode });
  },

  /** The agency, if `actor` may see it; a missing and an invisible agency are the same NOT_FOUND. */
  requireVisible<T extends AgencyOwnership>(actor: Actor, agency: T | null, field = 'id'): T {
    if (!agency || !AgencyPolicy.maySee(actor, agency)) throw new NotFoundError('The agency', field);
    return agency;
  },

  /** Which agencies a listing shows `actor`. */
  scopeOf(actor: Actor): AgencyScope {
    return agencyScopeOf(actor);
  },
};
