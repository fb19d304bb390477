import { mod11CheckDigit, passesLuhn, weightedSum } from './check-digits.js';

/** How one country writes and checks its organisation numbers. */
export interface NationalRule {
  /** The number's name in a message, e.g. "Danish CVR number". */
  readonly name: string;
  /** "A" or "An", for a message that starts with the name. */
  readonly article: 'A' | 'An';
  /** Digits the number has. */
  readonly length: number;
  /** The customary layout with spaces removed; a hyphen is accepted only where the country writes one. */
  readonly layout: RegExp;
  /** The customary written form, for messages, e.g. "NNNNNN-NNNN". */
  readonly form: string;
  /** Why the digits fail the country's check, or undefined when they pass. */
  readonly check: (digits: string) => string | undefined;
  /** The customary written form of valid digits. */
  readonly normalize: (digits: string) => string;
}

const CHECK_DIGIT_WRONG =
  'the check digit (the last digit) does not match the others; check for a typing error';

/**
 * One weighted modulus-11 rule with a check digit at `position` (0-based): the scheme of the
 * Norwegian organisasjonsnummer, the Finnish Y-tunnus and the Icelandic kennitala.
 */
function mod11At(weights: readonly number[], position: number): (digits: string) => string | undefined {
  return (digits) => {
    const expected = mod11CheckDigit(digits, weights);
    if (expected === undefined)
      return 'no valid number begins with these digits (modulus 11 leaves remainder 1); check for a typing error';
    if (Number(digits[position]) !== expected) {
      return position === digits.length - 1
        ? CHECK_DIGIT_WRONG
        : `the check digit (digit ${position + 1}) does not match the others; check for a typing error`;
    }
    return undefined;
  };
}

/** DK: CVR-nummer, 8 digits whose weighted sum (2, 7, 6, 5, 4, 3, 2, 1) is a multiple of 11. */
const denmark: NationalRule = {
  name: 'Danish CVR number',
  article: 'A',
  length: 8,
  layout: /^\d{8}$/,
  form: 'NNNNNNNN',
  check: (digits) =>
    weightedSum(digits, [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0 ? undefined : CHECK_DIGIT_WRONG,
  normalize: (digits) => digits,
};

/** NO: organisasjonsnummer (Brønnøysundregistrene), 9 digits, modulus 11 with weights 3, 2, 7, 6, 5, 4, 3, 2. */
const norway: NationalRule = {
  name: 'Norwegian organisasjonsnummer',
  article: 'A',
  length: 9,
  layout: /^\d{9}$/,
  form: 'NNNNNNNNN',
  check: mod11At([3, 2, 7, 6, 5, 4, 3, 2], 8),
  normalize: (digits) => digits,
};

/**
 * SE: organisationsnummer, 10 digits written "NNNNNN-NNNN", Luhn over all ten. Skatteverket keeps
 * the third digit at 2 or more for legal entities, so that an organisationsnummer can never be read
 * as a personnummer (whose third digit starts the month, 0 or 1); a sole trader's personnummer is
 * therefore not accepted here.
 */
const sweden: NationalRule = {
  name: 'Swedish organisationsnummer',
  article: 'A',
  length: 10,
  layout: /^\d{6}-?\d{4}$/,
  form: 'NNNNNN-NNNN',
  check: (digits) => {
    if (Number(digits[2]) < 2)
      return 'its third digit must be 2 or more (with 0 or 1 it is a personnummer, not a legal entity)';
    return passesLuhn(digits) ? undefined : CHECK_DIGIT_WRONG;
  },
  normalize: (digits) => `${digits.slice(0, 6)}-${digits.slice(6)}`,
};

/** FI: Y-tunnus (business ID), "NNNNNNN-N", modulus 11 with weights 7, 9, 10, 5, 8, 4, 2. */
const finland: NationalRule = {
  name: 'Finnish Y-tunnus',
  article: 'A',
  length: 8,
  layout: /^\d{7}-?\d$/,
  form: 'NNNNNNN-N',
  check: mod11At([7, 9, 10, 5, 8, 4, 2], 7),
  normalize: (digits) => `${digits.slice(0, 7)}-${digits.slice(7)}`,
};

/**
 * IS: kennitala, 10 digits written "NNNNNN-NNNN"; the 9th digit is the modulus-11 check digit of the
 * first eight (weights 3, 2, 7, 6, 5, 4, 3, 2); the 10th, the century, is outside the check.
 */
const iceland: NationalRule = {
  name: 'Icelandic kennitala',
  article: 'An',
  length: 10,
  layout: /^\d{6}-?\d{4}$/,
  form: 'NNNNNN-NNNN',
  check: mod11At([3, 2, 7, 6, 5, 4, 3, 2], 8),
  normalize: (digits) => `${digits.slice(0, 6)}-${digits.slice(6)}`,
};

/** The rules by ISO 3166-1 alpha-2 country code. */
export const NATIONAL_RULES: Readonly<Record<string, NationalRule>> = {
  DK: denmark,
  NO: norway,
  SE: sweden,
  FI: finland,
  IS: iceland,
};
