import type { Actor } from '../auth/actor.js';
import {
  agencyScopeOf,
  maySeeAgencyOwned,
  requireAccess,
  type Action,
  type AgencyOwnership,
  type AgencyScope,
} from '../auth/access.js';
import { AgreementErrors } from './agreement.errors.js';

/**
 * What a caller wants to do with agreements (DESIGN "Who may do what"):
 * - READ: see agreements, their usage and results;
 * - REVISE: amend or renew (`reviseAgreement`) — the agency's customers, the centre's managers, admins;
 * - MANAGE: terminate, record volumes and service results — the centre's managers and admins.
 */
export type AgreementAction = 'READ' | 'REVISE' | 'MANAGE';

/** The shared rule (shared/src/access) behind each agreement action. */
const ACTION: Record<AgreementAction, Action> = {
  READ: 'AGREEMENT_READ',
  REVISE: 'AGREEMENT_REVISE',
  MANAGE: 'AGREEMENT_MANAGE',
};

/**
 * The authorization rules of agreements: anonymous → UNAUTHENTICATED; a role that never may →
 * FORBIDDEN, decided before anything is looked up; an agreement outside the caller's agencies
 * (its own for customers, its centre's for managers) does not exist for it → NOT_FOUND.
 */
export const AgreementPolicy = {
  requireRole(actor: Actor | null, action: AgreementAction): Actor {
    return requireAccess(actor, ACTION[action], {
      unauthenticated: 'Sign in to work with agreements.',
      forbidden:
        'Only an account manager of the serving centre (or an administrator) terminates agreements and records volumes and service results.',
    });
  },

  requireVisible<T extends AgencyOwnership>(actor: Actor, agreement: T | null, field = 'id'): T {
    if (!agreement || !maySeeAgencyOwned(actor, agreement)) throw AgreementErrors.notFound(field);
    return agreement;
  },

  scopeOf(actor: Actor): AgencyScope {
    return agencyScopeOf(actor);
  },
};
