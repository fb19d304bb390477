import type { ConflictReason } from '@servicekatalog/shared';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../common/errors/domain-error.js';
import { StaleVersionError } from '../common/persistence/stale-version.error.js';
import type { ProposalStatus } from './proposal.entity.js';

/** Why a proposal change was refused with CONFLICT, in `extensions.reason`. */
export type ProposalConflictReason = Extract<
  ConflictReason,
  'STALE_VERSION' | 'MOVE_NOT_ALLOWED' | 'CLOSED' | 'ALREADY_VOTED' | 'NOT_VOTED'
>;

/** The errors of the proposals domain, worded once. */
export const ProposalErrors = {
  notFound: (field = 'id'): NotFoundError => new NotFoundError('The proposal', field),

  agencyNotFound: (field: string): NotFoundError => new NotFoundError('The agency', field),

  agencyRequired: (field: string): BadUserInputError =>
    new BadUserInputError('Name the agency the administrator acts for (agencyId).', field),

  /** An administrator named an agency that the proposal's centre does not serve. */
  agencyNotServed: (providerCode: string, field: string): BadUserInputError =>
    new BadUserInputError(`The agency is not served by ${providerCode}.`, field),

  unknownProvider: (field: string): BadUserInputError =>
    new BadUserInputError('No provider has this code.', field),

  unknownService: (providerCode: string, field: string): BadUserInputError =>
    new BadUserInputError(
      `The catalogue of ${providerCode} in force today has no service with this code.`,
      field,
    ),

  badText: (message: string, field: string): BadUserInputError => new BadUserInputError(message, field),

  /** A customer acting on a proposal of a centre that does not serve its agency. */
  notYourCentre: (providerCode: string): ForbiddenError =>
    new ForbiddenError(`Only agencies served by ${providerCode} propose to it and vote on its proposals.`),

  /** An account manager of another centre. */
  notYourProposal: (providerCode: string): ForbiddenError =>
    new ForbiddenError(
      `Only account managers of ${providerCode} (or an administrator) respond to its proposals.`,
    ),

  staleVersion: (): ConflictError => new StaleVersionError('proposal'),

  moveNotAllowed: (
    from: ProposalStatus,
    to: ProposalStatus,
    allowed: readonly ProposalStatus[],
  ): ConflictError =>
    new ConflictError(
      allowed.length === 0
        ? `The proposal is ${from}, which is final.`
        : `A proposal that is ${from} can move to ${allowed.join(' or ')}, not to ${to}.`,
      { reason: 'MOVE_NOT_ALLOWED' satisfies ProposalConflictReason, status: from, allowed: [...allowed] },
    ),

  closed: (status: ProposalStatus): ConflictError =>
    new ConflictError(`The proposal is ${status}; votes can no longer be cast or withdrawn.`, {
      reason: 'CLOSED' satisfies ProposalConflictReason,
      status,
    }),

  alreadyVoted: (): ConflictError =>
    conflict('Your agency has already voted for this proposal.', 'ALREADY_VOTED'),

  notVoted: (): ConflictError => conflict('Your agency has not voted for this proposal.', 'NOT_VOTED'),
};

function conflict(message: string, reason: ProposalConflictReason): ConflictError {
  return new ConflictError(message, { reason });
}
