import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../common/errors/domain-error.js';
import { StaleVersionError } from '../common/persistence/stale-version.error.js';

/** The errors of the benchmarks domain, worded once. Fields are input paths ("input.year"). */
export const BenchmarkErrors = {
  notFound: (): NotFoundError => new NotFoundError('The benchmark figure', 'id'),

  unknownProvider: (field: string): BadUserInputError =>
    new BadUserInputError('No provider has this code.', field),

  notYourCentre: (providerCode: string): ForbiddenError =>
    new ForbiddenError(
      `Account managers record the benchmark figures of their own centre only, not of ${providerCode}.`,
    ),

  /**
   * One figure per (provider, year, KPI): reported on the year, the field a user most likely mistyped
   * (DESIGN: the refusal of a duplicate is BAD_USER_INPUT naming the field).
   */
  duplicate: (providerCode: string, year: number, kpi: string): BadUserInputError =>
    new BadUserInputError(
      `${providerCode} already has a ${kpi} figure for ${year}; change that figure instead.`,
      'input.year',
      { reason: 'DUPLICATE' },
    ),

  noCurrency: (providerCode: string): BadUserInputError =>
    new BadUserInputError(
      `${providerCode} has no catalogue in force and no known national currency; publish its catalogue first.`,
      'input.providerCode',
    ),

  staleVersion: (): ConflictError =>
    new StaleVersionError(
      'benchmark figure',
      {},
      'The benchmark figure was changed or deleted by someone else; reload it and try again.',
    ),
};
