/** What is wrong with one field of a configuration input (DESIGN pricing rule 5). */
export type PricingInputCode =
  | 'PROVIDER_MISMATCH'
  | 'VERSION_MISMATCH'
  | 'UNKNOWN_SERVICE_PACKAGE'
  | 'UNKNOWN_SERVICE'
  | 'UNKNOWN_SERVICE_LEVEL'
  | 'UNKNOWN_DRIVER'
  | 'DRIVER_GIVEN_TWICE'
  | 'NOT_A_QUANTITY'
  | 'NEGATIVE_QUANTITY'
  | 'TOO_MANY_DECIMALS'
  | 'NOT_WHOLE'
  | 'CONTRACT_YEARS_RANGE';

/**
 * One bad field of a configuration input, at its input path (e.g. "volumes[0].quantity"): a stable
 * `code` and its `params` (codes and values from the input as given, numbers), from which a client
 * words the problem in its own language; `message` is the English sentence.
 */
export interface PricingInputProblem {
  field: string;
  code: PricingInputCode;
  params: Readonly<Record<string, string | number>>;
  message: string;
}

/**
 * Bad configuration input (DESIGN pricing rule 5): nothing is priced. The API maps it to
 * BAD_USER_INPUT with `extensions.field` = {@link PricingInputError.field}.
 */
export class PricingInputError extends Error {
  /** The GraphQL error code this error maps to. */
  readonly code = 'BAD_USER_INPUT';
  /** The input path of the first bad field, in input order. */
  readonly field: string;
  /** Every bad field, in input order; never empty. */
  readonly errors: readonly PricingInputProblem[];

  constructor(errors: readonly PricingInputProblem[]) {
    super(summary(errors));
    this.name = 'PricingInputError';
    this.field = errors[0].field;
    this.errors = Object.freeze([...errors]);
  }
}

function summary(errors: readonly PricingInputProblem[]): string {
  if (errors.length === 0) throw new RangeError('PricingInputError needs at least one problem');
  const more = errors.length - 1;
  return more === 0 ? errors[0].message : `${errors[0].message} (and ${more} more)`;
}
