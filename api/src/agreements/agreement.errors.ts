import { StaleVersionError } from '../common/persistence/stale-version.error.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors/domain-error.js';

/** Why an agreement change was refused with CONFLICT, in `extensions.reason`. */
export type AgreementConflictReason = 'STALE_VERSION' | 'WRONG_STATUS' | 'CHANGE_NO_LONGER_FITS';

/** One bad entry of a batch, at its input path ("entries[3].quantity"). */
export interface EntryProblem {
  path: string;
  code: string;
  message: string;
}

/** The errors of the agreements domain, worded once. */
export const AgreementErrors = {
  notFound: (field = 'id'): NotFoundError => new NotFoundError('The agreement', field),

  staleVersion: (): StaleVersionError => new StaleVersionError('agreement'),

  terminated: (): ConflictError =>
    new ConflictError('The agreement is TERMINATED; it can no longer be changed.', {
      reason: 'WRONG_STATUS' satisfies AgreementConflictReason,
      status: 'TERMINATED',
    }),

  /** An amendment or renewal whose dates no longer fit the agreement when it is accepted. */
  changeNoLongerFits: (message: string): ConflictError =>
    new ConflictError(message, { reason: 'CHANGE_NO_LONGER_FITS' satisfies AgreementConflictReason }),

  badDate: (message: string, field: string): BadUserInputError => new BadUserInputError(message, field),

  badText: (message: string, field: string): BadUserInputError => new BadUserInputError(message, field),

  /** Every bad entry of a batch: `extensions.field` names the first, `extensions.errors` lists all. */
  badEntries: (problems: readonly EntryProblem[]): BadUserInputError => {
    const [first] = problems;
    const more = problems.length - 1;
    return new BadUserInputError(
      more > 0 ? `${first.message} (and ${more} more)` : first.message,
      first.path,
      {
        errors: problems,
      },
    );
  },

  badMonths: (message: string, field: string): BadUserInputError => new BadUserInputError(message, field),
};
