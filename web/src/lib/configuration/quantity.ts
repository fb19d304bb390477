import { decimalTextProblem } from '@servicekatalog/shared';

/** Why a typed quantity cannot be used; each has a message for people in i18n (`volumes.problem.*`). */
export type QuantityProblem =
  | 'notNumber'
  | 'negative'
  | 'tooManyDigits'
  | 'tooManyDecimals'
  | 'notWhole'
  | 'grouping'
  | 'ambiguous'
  | 'decimalPoint';

export type ParsedQuantity = { quantity: string } | { problem: QuantityProblem };

/** How one interface language writes numbers: the characters that group digits, and the decimal mark. */
interface Separators {
  readonly groups: string;
  readonly decimal: '.' | ',';
  /** A character people may type for decimals that this language does not use (refused, not guessed). */
  readonly refused?: string;
}

const SPACES = ' \u00a0\u202f';

/**
 * DESIGN "Centres side by side", Languages: da and is group with "." and mark decimals with ",";
 * nb, sv and fi group with a space (also no-break or narrow no-break) and mark decimals with ",",
 * and "." is refused; en groups with "," and marks decimals with ".".
 */
const SEPARATORS: Readonly<Record<string, Separators>> = {
  en: { groups: ',', decimal: '.' },
  da: { groups: '.', decimal: ',' },
  is: { groups: '.', decimal: ',' },
  nb: { groups: SPACES, decimal: ',', refused: '.' },
  sv: { groups: SPACES, decimal: ',', refused: '.' },
  fi: { groups: SPACES, decimal: ',', refused: '.' },
};

const separatorsOf = (language: string): Separators => SEPARATORS[language] ?? SEPARATORS.en;

/** Any character some language uses between digits; a wrong one is a grouping problem, not "not a number". */
const ANY_SEPARATOR = /^[\d.,\s\u00a0\u202f]+$/;

const escape = (characters: string) => characters.replace(/[.\\\]^-]/g, '\\$&');

/**
 * Reads a quantity as people type it in the interface language (see SEPARATORS) and returns the
 * plain decimal the API expects ("1.234,5" in Danish → "1234.5"). Digit groups must be groups of
 * three. For whole-unit drivers a decimal mark followed by exactly three digits ("1,000" in Danish,
 * "1.000" in English) is refused as ambiguous rather than read as a fraction nobody counts in.
 * Trailing zeros of the decimals are dropped before the bounds are applied to what is sent.
 * Returns null for an empty field.
 */
export function parseQuantity(text: string, integer: boolean, language: string): ParsedQuantity | null {
  const trimmed = text.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
  if (trimmed === '') return null;
  if (/^[-\u2212]/.test(trimmed)) return { problem: 'negative' };
  const separators = separatorsOf(language);
  if (separators.refused && trimmed.includes(separators.refused) && /^[\d.,\s\u00a0\u202f]+$/.test(trimmed))
    return { problem: 'decimalPoint' };
  const parts = trimmed.split(separators.decimal);
  if (parts.length > 2) return { problem: ANY_SEPARATOR.test(trimmed) ? 'grouping' : 'notNumber' };
  const [wholeText, fractionText] = parts;
  if (fractionText !== undefined && !/^\d+$/.test(fractionText))
    return { problem: ANY_SEPARATOR.test(trimmed) ? 'grouping' : 'notNumber' };
  const groups = escape(separators.groups);
  const grouped = new RegExp(`^\\d{1,3}([${groups}]\\d{3})+$`);
  if (!/^\d+$/.test(wholeText) && !grouped.test(wholeText))
    return { problem: wholeText !== '' && ANY_SEPARATOR.test(wholeText) ? 'grouping' : 'notNumber' };
  if (integer && fractionText?.length === 3 && /^\d{1,3}$/.test(wholeText)) return { problem: 'ambiguous' };
  const whole = wholeText.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  const fraction = (fractionText ?? '').replace(/0+$/, '');
  const quantity = fraction === '' ? whole : `${whole}.${fraction}`;
  // The API's bounds, from the one shared rule: 12 digits before the point and 6 after, as sent.
  const bound = decimalTextProblem(quantity);
  if (bound?.code === 'TOO_MANY_WHOLE_DIGITS') return { problem: 'tooManyDigits' };
  if (bound?.code === 'TOO_MANY_DECIMALS') return { problem: 'tooManyDecimals' };
  if (integer && fraction !== '') return { problem: 'notWhole' };
  return { quantity };
}

/**
 * A plain decimal ("7.5", from the API or an agency's defaults) as people of the interface
 * language type it ("7,5"), without digit groups, so parseQuantity reads it back unchanged.
 */
export function typedQuantity(quantity: string, language: string): string {
  return separatorsOf(language).decimal === ',' ? quantity.replace('.', ',') : quantity;
}
