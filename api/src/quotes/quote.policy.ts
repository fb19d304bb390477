import {
  agencyScopeOf,
  maySeeAgencyOwned,
  requireAccess,
  type Action,
  type AgencyOwnership,
  type AgencyScope,
} from '../auth/access.js';
import type { Actor } from '../auth/actor.js';
import { QuoteErrors } from './quote.errors.js';

/**
 * What a caller wants to do with quotes (DESIGN, "Who may do what"):
 * - READ: see quotes (`quote`, `quotes`);
 * - EDIT: save, update, revise, submit, withdraw — the customer's side;
 * - DECIDE: accept or reject a submitted quote — the centre's side;
 * - COMMENT: write in a quote's thread — both sides.
 */
export type QuoteAction = 'READ' | 'EDIT' | 'DECIDE' | 'COMMENT';

const ACCESS: Record<QuoteAction, Action> = {
  READ: 'QUOTE_READ',
  EDIT: 'QUOTE_EDIT',
  DECIDE: 'QUOTE_DECIDE',
  COMMENT: 'QUOTE_COMMENT',
};

const REFUSALS: Record<QuoteAction, string> = {
  READ: 'You may not see quotes.',
  EDIT: 'Only the customer agency (or an administrator) saves, edits, revises, submits and withdraws its quotes.',
  DECIDE: 'Only an account manager of the serving centre (or an administrator) decides quotes.',
  COMMENT: 'You may not comment on quotes.',
};

/** Whose quotes a listing may show: one agency's, one provider's, or all (administrators). */
/** Which quotes a listing shows: those of the agencies the actor sees. */
export type QuoteScope = AgencyScope;

/** The part of a quote the rules look at. */
export type QuoteOwnership = AgencyOwnership;

/**
 * The authorization rules of quotes, in one place:
 * - anonymous callers are UNAUTHENTICATED for every quote operation;
 * - a signed-in caller whose role never may do the action is FORBIDDEN — checked before anything is
 *   looked up, so the refusal reveals nothing;
 * - a customer sees its own agency's quotes, an account manager the quotes of the agencies its
 *   centre serves, an administrator all. Anything else does not exist for the caller: NOT_FOUND,
 *   never FORBIDDEN.
 */
export const QuotePolicy = {
  /** The actor, if its role may do `action` to some quote at all. */
  requireRole(actor: Actor | null, action: QuoteAction): Actor {
    return requireAccess(actor, ACCESS[action], {
      unauthenticated: 'Sign in to work with quotes.',
      forbidden: REFUSALS[action],
    });
  },

  /** True when `actor` may see the quote (and so act on it, within its role). */
  maySee(actor: Actor, quote: QuoteOwnership): boolean {
    return maySeeAgencyOwned(actor, quote);
  },

  /** The quote, if `actor` may see it; a missing and an invisible quote are the same NOT_FOUND. */
  requireVisible<T extends QuoteOwnership>(actor: Actor, quote: T | null, field = 'id'): T {
    if (!quote || !QuotePolicy.maySee(actor, quote)) throw QuoteErrors.notFound(field);
    return quote;
  },

  /** Which quotes a listing shows `actor`. */
  scopeOf(actor: Actor): QuoteScope {
    return agencyScopeOf(actor);
  },

  /**
   * The agency a quote is saved for: a customer saves for its own agency (naming another one is
   * NOT_FOUND, as if it did not exist); an administrator must name one.
   */
  agencyToSaveFor(actor: Actor, agencyId: string | null | undefined): string {
    if (actor.role === 'CUSTOMER') {
      if (!actor.agencyId || (agencyId && agencyId !== actor.agencyId)) throw QuoteErrors.agencyNotFound();
      return actor.agencyId;
    }
    if (!agencyId) throw QuoteErrors.agencyRequired();
    return agencyId;
  },
};
