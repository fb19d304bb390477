import { Decimal } from '../money/decimal.js';

/**
 * How many digits a decimal may have as written at the API, document and form boundary (DESIGN,
 * "Limits at every entry point"). The engine itself accepts any plain decimal; these bounds keep
 * a hostile 300,000-digit quantity from ever reaching its bigint arithmetic.
 */
export interface DecimalBounds {
  /** Digits before the point, as written ("007" has 3). */
  readonly wholeDigits: number;
  /** Digits after the point, as written: trailing zeros count ("1.50" has 2). */
  readonly fractionDigits: number;
  /** Inclusive upper bound of the value, e.g. "100" for a discount; none when left out. */
  readonly max?: string;
  /** True when a leading minus is allowed (no input of the catalogue or a configuration needs one). */
  readonly signed?: boolean;
}

/** Prices, fees, minimums, quantities, `upTo`, limits, target values and benchmark figures. */
export const DECIMAL_BOUNDS: DecimalBounds = { wholeDigits: 12, fractionDigits: 6 };

/** A package's `discountPercent`: 0 to 100 with at most 4 decimals. */
export const DISCOUNT_PERCENT_BOUNDS: DecimalBounds = { wholeDigits: 12, fractionDigits: 4, max: '100' };

/** A service level's `surchargePercent`: 0 to 1000 with at most 4 decimals. */
export const SURCHARGE_PERCENT_BOUNDS: DecimalBounds = { wholeDigits: 12, fractionDigits: 4, max: '1000' };

/** What is wrong with a decimal's text, as a stable code with the bound it broke. */
export type DecimalProblem =
  | { readonly code: 'NOT_A_DECIMAL' }
  | { readonly code: 'NEGATIVE' }
  | { readonly code: 'TOO_MANY_WHOLE_DIGITS'; readonly max: number }
  | { readonly code: 'TOO_MANY_DECIMALS'; readonly max: number }
  | { readonly code: 'ABOVE_MAXIMUM'; readonly max: string };

/** The longest text that can satisfy `bounds`: sign, digits, point and decimals. */
export function maxDecimalTextLength(bounds: DecimalBounds): number {
  return 1 + bounds.wholeDigits + 1 + bounds.fractionDigits;
}

/**
 * What is wrong with `text` as a decimal within `bounds`, or null when it is fine. The length is
 * checked before anything else looks at the text, so a string of any size is refused in constant
 * time; only text that fits is matched and, when a maximum applies, parsed.
 */
export function decimalTextProblem(
  text: unknown,
  bounds: DecimalBounds = DECIMAL_BOUNDS,
): DecimalProblem | null {
  if (typeof text !== 'string') return { code: 'NOT_A_DECIMAL' };
  if (text.length > maxDecimalTextLength(bounds)) return tooLongProblem(text, bounds);
  if (!Decimal.isPlain(text)) return { code: 'NOT_A_DECIMAL' };
  const negative = text.startsWith('-');
  if (negative && !bounds.signed) return { code: 'NEGATIVE' };
  const point = text.indexOf('.');
  const whole = (point < 0 ? text.length : point) - (negative ? 1 : 0);
  if (whole > bounds.wholeDigits) return { code: 'TOO_MANY_WHOLE_DIGITS', max: bounds.wholeDigits };
  if (Decimal.fractionDigits(text) > bounds.fractionDigits)
    return { code: 'TOO_MANY_DECIMALS', max: bounds.fractionDigits };
  if (bounds.max !== undefined && Decimal.parse(text).gt(Decimal.parse(bounds.max)))
    return { code: 'ABOVE_MAXIMUM', max: bounds.max };
  return null;
}

/** Too long to fit: which bound it breaks is read from where the point is (or is not) near the start. */
function tooLongProblem(text: string, bounds: DecimalBounds): DecimalProblem {
  const head = text.slice(0, bounds.wholeDigits + 2);
  const point = head.indexOf('.');
  const sign = head.startsWith('-') ? 1 : 0;
  if (point < 0 || point - sign > bounds.wholeDigits)
    return { code: 'TOO_MANY_WHOLE_DIGITS', max: bounds.wholeDigits };
  return { code: 'TOO_MANY_DECIMALS', max: bounds.fractionDigits };
}

/**
 * What a boundary refuses of a decimal before any field's own rule sees it: text that is not a
 * plain decimal, is longer than any decimal within DECIMAL_BOUNDS (refused unread), or has more
 * than 12 digits before the point. The digits after the point of a text that fits are left to the
 * field's own rule — pricing rule 5's TOO_MANY_DECIMALS with the driver, a document's
 * TOO_MANY_DECIMALS, a percentage's 4 — which reports them in its own words; each of those
 * counts them as written, with {@link decimalTextProblem} or {@link Decimal.fractionDigits}.
 * A sign passes: whether a field may be negative is its own rule too.
 */
export function decimalSizeProblem(text: unknown): DecimalProblem | null {
  const bounds: DecimalBounds = { ...DECIMAL_BOUNDS, signed: true };
  const problem = decimalTextProblem(text, bounds);
  if (problem?.code !== 'TOO_MANY_DECIMALS') return problem;
  return (text as string).length > maxDecimalTextLength(bounds) ? problem : null;
}

/** True when `text` is a decimal within `bounds`. */
export function isBoundedDecimal(text: unknown, bounds: DecimalBounds = DECIMAL_BOUNDS): text is string {
  return decimalTextProblem(text, bounds) === null;
}

/**
 * The English end of a sentence that begins with the field's name: "must have at most 12 digits
 * before the point". The web words the same problems from their codes in the reader's language.
 */
export function describeDecimalProblem(problem: DecimalProblem): string {
  switch (problem.code) {
    case 'NOT_A_DECIMAL':
      return 'must be a decimal string such as "1234.50" (no exponent, sign, spaces or separators)';
    case 'NEGATIVE':
      return 'must not be negative';
    case 'TOO_MANY_WHOLE_DIGITS':
      return `must have at most ${problem.max} digits before the decimal point`;
    case 'TOO_MANY_DECIMALS':
      return `must have at most ${problem.max} digits after the decimal point (trailing zeros count)`;
    case 'ABOVE_MAXIMUM':
      return `must be at most ${problem.max}`;
    default:
      return unreachable(problem);
  }
}

function unreachable(value: never): never {
  throw new Error(`Unknown decimal problem ${JSON.stringify(value)}`);
}
