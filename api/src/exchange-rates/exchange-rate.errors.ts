import { StaleVersionError } from '../common/persistence/stale-version.error.js';
import { BadUserInputError, NotFoundError } from '../common/errors/domain-error.js';

/** The errors of the exchange-rates domain, worded once. Fields are input paths ("input.rate"). */
export const ExchangeRateErrors = {
  notFound: (): NotFoundError => new NotFoundError('The exchange rate', 'id'),

  /** One rate per direction and day: reported on the date, the field most likely mistyped. */
  duplicate: (from: string, to: string, date: string): BadUserInputError =>
    new BadUserInputError(
      `There is already a ${from} → ${to} rate for ${date}; change that rate instead.`,
      'input.date',
      { reason: 'DUPLICATE' },
    ),

  staleVersion: (): StaleVersionError =>
    new StaleVersionError(
      'exchange rate',
      {},
      'The exchange rate was changed or deleted by someone else; reload it and try again.',
    ),
};
