import type { ConfigurationIssue, ConflictReason } from '@servicekatalog/shared';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import { StaleVersionError } from '../common/persistence/stale-version.error.js';
import type { QuoteStatus } from './quote.entity.js';

/** Why a quote change was refused with CONFLICT, in `extensions.reason`. */
export type QuoteConflictReason = Extract<
  ConflictReason,
  'STALE_VERSION' | 'WRONG_STATUS' | 'EXPIRED' | 'ALREADY_REVISED' | 'START_DATE_PASSED' | 'AGREEMENT_EXISTS'
>;

/** The errors of the quotes domain, worded once. */
export const QuoteErrors = {
  notFound: (field = 'id'): NotFoundError => new NotFoundError('The quote', field),

  agencyNotFound: (): NotFoundError => new NotFoundError('The agency', 'input.agencyId'),

  agencyRequired: (): BadUserInputError =>
    new BadUserInputError('Name the agency the quote is for (agencyId).', 'input.agencyId'),

  agencyCannotChange: (): BadUserInputError =>
    new BadUserInputError('A quote stays with the agency it was saved for.', 'input.agencyId'),

  providerMismatch: (agencyProvider: string): BadUserInputError =>
    new BadUserInputError(
      `The agency is served by ${agencyProvider}; price the configuration with that provider's catalogue.`,
      'input.configuration.providerCode',
    ),

  badName: (message: string): BadUserInputError => new BadUserInputError(message, 'input.name'),

  staleVersion: (): ConflictError => new StaleVersionError('quote'),

  wrongStatus: (status: QuoteStatus, allowed: readonly QuoteStatus[], what: string): ConflictError =>
    new ConflictError(`The quote is ${status}; only a ${allowed.join(' or ')} quote can be ${what}.`, {
      reason: 'WRONG_STATUS' satisfies QuoteConflictReason,
      status,
    }),

  expired: (validUntil: string): ConflictError =>
    new ConflictError(`The quote was valid until ${validUntil}; revise it to get a current price.`, {
      reason: 'EXPIRED' satisfies QuoteConflictReason,
      validUntil,
    }),

  /** Saving or editing with a contract start before today. */
  startDateInPast: (startDate: string): BadUserInputError =>
    new BadUserInputError(
      `The contract cannot start in the past (${startDate}); choose today or a later day.`,
      'input.configuration.startDate',
      { reason: 'START_DATE_PASSED' },
    ),

  startDatePassed: (startDate: string): ConflictError =>
    new ConflictError(`The contract was to start on ${startDate}, which has passed; revise the quote.`, {
      reason: 'START_DATE_PASSED' satisfies QuoteConflictReason,
      startDate,
    }),

  /** DESIGN: once a quote is accepted its reference continues only through the agreement. */
  agreementExists: (): ConflictError =>
    conflict(
      'This quote was accepted and is now an agreement; amend or renew the agreement instead.',
      'AGREEMENT_EXISTS',
    ),

  alreadyRevised: (): ConflictError =>
    conflict('This quote already has a newer revision; revise the latest one.', 'ALREADY_REVISED'),

  /** DESIGN: a configuration with ERROR issues is priced but cannot be submitted. */
  configurationHasErrors: (issues: ConfigurationIssue[]): BadUserInputError =>
    new BadUserInputError(
      `The configuration has ${issues.length} error(s) to fix before it can be submitted.`,
      'configuration',
      { issues },
    ),

  rejectionNeedsComment: (): BadUserInputError =>
    new BadUserInputError('Give the reason for rejecting the quote in comment.', 'comment'),

  badText: (message: string, field: string): BadUserInputError => new BadUserInputError(message, field),
};

function conflict(message: string, reason: QuoteConflictReason): ConflictError {
  return new ConflictError(message, { reason });
}
