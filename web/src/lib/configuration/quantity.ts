import { decimalTextProblem } from '@servicekatalog/shared';

/** Why a typed quantity cannot be used; each has a message for people in i18n (`volumes.problem.*`). */
export type QuantityProblem =
  'notNumber' | 'negative' | 'tooManyDigits' | 'tooManyDecimals' | 'notWhole' | 'grouping';

export type ParsedQuantity = { quantity: string } | { problem: QuantityProblem };

/**
 * Reads a quantity as people type it: spaces as thousands separators are fine ("1 000"), and either
 * a point or a comma marks decimals ("7,5"). The result is the plain decimal the API expects.
 * For whole-unit drivers, "1.000" or "1,500" is refused as ambiguous rather than guessed (is it a
 * thousands separator or decimals?). Trailing zeros of the decimals are dropped before the bounds
 * are applied to what is sent. Returns null for an empty field.
 */
export function parseQuantity(text: string, integer: boolean): ParsedQuantity | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  if (/^[-\u2212]/.test(compact)) return { problem: 'negative' };
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(compact);
  if (!match) return { problem: 'notNumber' };
  const whole = match[1].replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (integer && match[2] !== undefined && /^\d{1,3}([.,]\d{3})+$/.test(compact))
    return { problem: 'grouping' };
  const quantity = fraction === '' ? whole : `${whole}.${fraction}`;
  // The API's bounds, from the one shared rule: 12 digits before the point and 6 after, as sent.
  const bound = decimalTextProblem(quantity);
  if (bound?.code === 'TOO_MANY_WHOLE_DIGITS') return { problem: 'tooManyDigits' };
  if (bound?.code === 'TOO_MANY_DECIMALS') return { problem: 'tooManyDecimals' };
  if (integer && fraction !== '') return { problem: 'notWhole' };
  return { quantity };
}
