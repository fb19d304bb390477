import { codePointLength } from '@servicekatalog/shared';
import { PROPOSAL_STATUSES, type ProposalEntity, type ProposalStatus } from './proposal.entity.js';
import { ProposalErrors } from './proposal.errors.js';

export const TITLE_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 5000;
export const RESPONSE_MAX_LENGTH = 5000;

/** The audit trail's entity name; votes are recorded on their proposal (actions VOTE, WITHDRAW_VOTE). */
export const PROPOSAL_ENTITY = 'Proposal';

/**
 * The centre's allowed moves from each status. A proposal is taken UNDER_REVIEW (or DECLINED at
 * once when it is out of scope); a reviewed one is PLANNED, DECLINED or DONE (it already exists);
 * plans end DONE or are dropped (DECLINED). DECLINED and DONE are final: the proposal is closed and
 * takes no more votes. Staying in UNDER_REVIEW or PLANNED is allowed, to update the response.
 */
export const PROPOSAL_MOVES: Readonly<Record<ProposalStatus, readonly ProposalStatus[]>> = {
  OPEN: ['UNDER_REVIEW', 'DECLINED'],
  UNDER_REVIEW: ['UNDER_REVIEW', 'PLANNED', 'DECLINED', 'DONE'],
  PLANNED: ['PLANNED', 'DONE', 'DECLINED'],
  DECLINED: [],
  DONE: [],
};

/** Closed proposals take no votes and no responses. */
export const CLOSED_STATUSES: readonly ProposalStatus[] = ['DECLINED', 'DONE'];
/** Every other status takes votes. */
export const VOTABLE_STATUSES: readonly ProposalStatus[] = PROPOSAL_STATUSES.filter(
  (status) => !CLOSED_STATUSES.includes(status),
);

export function isClosed(status: ProposalStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/** CONFLICT unless the centre may move a proposal from `from` to `to`. */
export function assertMove(from: ProposalStatus, to: ProposalStatus): void {
  const allowed = PROPOSAL_MOVES[from];
  if (!allowed.includes(to)) throw ProposalErrors.moveNotAllowed(from, to, allowed);
}

/** CONFLICT when votes can no longer change (a closed proposal). */
export function assertVotable(proposal: Pick<ProposalEntity, 'status'>): void {
  if (isClosed(proposal.status)) throw ProposalErrors.closed(proposal.status);
}

export function assertVersion(proposal: Pick<ProposalEntity, 'version'>, expectedVersion: number): void {
  if (proposal.version !== expectedVersion) throw ProposalErrors.staleVersion();
}

/** Text of 1..`max` characters once surrounding white space is removed; `field` is its input path. */
export function checkText(text: string | null | undefined, field: string, what: string, max: number): string {
  const trimmed = (text ?? '').trim();
  if (!trimmed) throw ProposalErrors.badText(`Give the ${what}.`, field);
  if (codePointLength(trimmed) > max) {
    throw ProposalErrors.badText(`The ${what} must have at most ${max} characters.`, field);
  }
  return trimmed;
}

/** An optional service code: blank means none. */
export function optionalCode(code: string | null | undefined): string | null {
  const trimmed = (code ?? '').trim();
  return trimmed ? trimmed : null;
}

/** What the audit trail keeps of a proposal. */
export function proposalSnapshot(proposal: ProposalEntity): Record<string, unknown> {
  return {
    id: proposal.id,
    providerCode: proposal.providerCode,
    agencyId: proposal.agencyId,
    title: proposal.title,
    description: proposal.description,
    serviceCode: proposal.serviceCode,
    status: proposal.status,
    response: proposal.response,
    respondedAt: proposal.respondedAt,
    respondedBy: proposal.respondedBy,
    voteCount: proposal.voteCount,
    version: proposal.version,
  };
}
