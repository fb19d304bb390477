import { managesProvider, requireAccess, type Action } from '../auth/access.js';
import type { Actor } from '../auth/actor.js';
import { ProposalErrors } from './proposal.errors.js';

/**
 * What a caller wants to do with proposals (DESIGN, "Who may do what" — proposals, votes: read by
 * anyone; customers create and vote, one vote per agency; account managers respond for their
 * centre; administrators all):
 * - PROPOSE: `createProposal`;
 * - VOTE: `voteForProposal`, `withdrawVote`;
 * - RESPOND: `respondToProposal`.
 */
export type ProposalAction = 'PROPOSE' | 'VOTE' | 'RESPOND';

const ACCESS: Record<ProposalAction, Action> = {
  PROPOSE: 'PROPOSAL_PROPOSE',
  VOTE: 'PROPOSAL_VOTE',
  RESPOND: 'PROPOSAL_RESPOND',
};

const REFUSALS: Record<ProposalAction, string> = {
  PROPOSE: 'Only customer agencies (or an administrator) make proposals.',
  VOTE: 'Only customer agencies (or an administrator) vote on proposals.',
  RESPOND: "Only the centre's account managers (or an administrator) respond to proposals.",
};

/** The agency an actor proposes or votes for, and the centre that serves it. */
export interface ActingAgency {
  id: string;
  providerCode: string;
}

/**
 * The authorization rules of proposals, in one place. Proposals are public, so a refusal need not
 * hide that one exists: a signed-in caller without the right is FORBIDDEN, not NOT_FOUND. The one
 * exception is an agency a customer names that is not its own — other agencies are not the
 * customer's to see (NOT_FOUND, as for quotes).
 */
export const ProposalPolicy = {
  /** The actor, if its role may do `action` at all (checked before anything is looked up). */
  requireRole(actor: Actor | null, action: ProposalAction): Actor {
    return requireAccess(actor, ACCESS[action], {
      unauthenticated: 'Sign in to propose, vote or respond.',
      forbidden: REFUSALS[action],
    });
  },

  /**
   * The agency a customer or administrator acts for: a customer its own (naming another is
   * NOT_FOUND), an administrator the one it names (required).
   */
  agencyToActFor(actor: Actor, agencyId: string | null | undefined, field: string): string {
    if (actor.role === 'CUSTOMER') {
      if (!actor.agencyId || (agencyId && agencyId !== actor.agencyId))
        throw ProposalErrors.agencyNotFound(field);
      return actor.agencyId;
    }
    if (!agencyId) throw ProposalErrors.agencyRequired(field);
    return agencyId;
  },

  /**
   * Customers propose to, and vote on proposals of, the centre that serves their agency only
   * (FORBIDDEN otherwise). An administrator must name an agency that centre serves (BAD_USER_INPUT).
   */
  requireServedBy(actor: Actor, agency: ActingAgency, providerCode: string, field: string): void {
    if (agency.providerCode === providerCode) return;
    if (actor.role === 'CUSTOMER') throw ProposalErrors.notYourCentre(providerCode);
    throw ProposalErrors.agencyNotServed(providerCode, field);
  },

  /** Account managers respond for their own centre only. */
  requireResponderFor(actor: Actor, providerCode: string): void {
    if (!managesProvider(actor, providerCode)) throw ProposalErrors.notYourProposal(providerCode);
  },
};
