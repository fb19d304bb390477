import type { PricingInputError } from '@servicekatalog/shared';
import { BadUserInputError, NotFoundError } from '../common/errors/domain-error.js';

/**
 * One bad field of a configuration, at its full input path ("inputs[1].volumes[0].quantity"), with
 * a stable code and its params (the engine's codes, and UNKNOWN_PROVIDER, UNKNOWN_CATALOGUE_VERSION,
 * TOO_MANY_ENTRIES of the API's own checks) so that clients can word it in their language.
 */
export interface PricingProblem {
  path: string;
  code: string;
  params: Readonly<Record<string, string | number>>;
  message: string;
}

/** `prefix.field`, or just the field when there is no prefix. */
export function inputPath(prefix: string, field: string): string {
  return prefix ? `${prefix}.${field}` : field;
}

/** The errors of pricing, worded once. All are BAD_USER_INPUT (DESIGN pricing rule 5): nothing is priced. */
export const PricingErrors = {
  unknownProvider: (code: string, prefix: string): BadUserInputError =>
    problems([
      {
        path: inputPath(prefix, 'providerCode'),
        code: 'UNKNOWN_PROVIDER',
        params: { code },
        message: `Unknown provider ${JSON.stringify(code)}`,
      },
    ]),

  unknownVersion: (code: string, version: number | null | undefined, prefix: string): BadUserInputError =>
    problems([
      {
        path: inputPath(prefix, 'catalogueVersion'),
        code: 'UNKNOWN_CATALOGUE_VERSION',
        params: version == null ? { providerCode: code } : { providerCode: code, version },
        message:
          version == null
            ? `Provider ${JSON.stringify(code)} has no published catalogue version in force today; name one in catalogueVersion`
            : `Provider ${JSON.stringify(code)} has no catalogue version ${version}`,
      },
    ]),

  noVersionInForce: (code: string, startDate: string, prefix: string): BadUserInputError =>
    problems([
      {
        path: inputPath(prefix, 'startDate'),
        code: 'NO_VERSION_IN_FORCE',
        params: { providerCode: code, startDate },
        message: `Provider ${JSON.stringify(code)} has no published catalogue version in force on ${startDate}`,
      },
    ]),

  startDateOutOfRange: (
    startDate: string,
    earliest: string,
    latest: string,
    prefix: string,
  ): BadUserInputError =>
    problems([
      {
        path: inputPath(prefix, 'startDate'),
        code: 'START_DATE_OUT_OF_RANGE',
        params: { startDate, earliest, latest },
        message: `The start date must lie between ${earliest} and ${latest}`,
      },
    ]),

  /** The engine's rule-5 problems, every one at its full path. */
  badInput: (error: PricingInputError, prefix: string): BadUserInputError =>
    problems(
      error.errors.map(({ field, code, params, message }) => ({
        path: inputPath(prefix, field),
        code,
        params,
        message,
      })),
    ),

  tooLong: (path: string, max: number): BadUserInputError =>
    problems([
      { path, code: 'TOO_MANY_ENTRIES', params: { max }, message: `At most ${max} entries may be given` },
    ]),

  compareCount: (count: number, max: number): BadUserInputError =>
    new BadUserInputError(`Compare 1 to ${max} configurations, not ${count}.`, 'inputs'),

  /** A stored quote's pinned version that no longer exists (a discarded draft). */
  pinnedVersionMissing: (prefix: string): NotFoundError =>
    new NotFoundError('The pinned catalogue version', inputPath(prefix, 'catalogueVersion')),
};

/**
 * One BAD_USER_INPUT error for any number of problems: `extensions.field` names the first,
 * `extensions.errors` lists all as `{ path, code, params, message }`.
 */
export function problems(list: readonly PricingProblem[]): BadUserInputError {
  const [first] = list;
  const more = list.length - 1;
  const message = more > 0 ? `${first.message} (and ${more} more)` : first.message;
  return new BadUserInputError(message, first.path, { errors: list });
}
