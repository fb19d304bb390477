/**
 * What can be wrong in a catalogue document, as stable machine codes. A client words a
 * {@link DocumentError} in its reader's language from `code` and `params`; `message` is the English
 * wording of the same, made by {@link englishDocumentErrorMessage} from {@link ENGLISH_DOCUMENT_ERRORS}.
 * Codes are only ever added, never renamed or given another meaning: clients rely on them.
 */
export const DOCUMENT_ERROR_CODES = [
  'DOCUMENT_NOT_AN_OBJECT',
  'WRONG_TYPE',
  'REQUIRED_FIELD',
  'NULL_NOT_ALLOWED',
  'NULL_INSTEAD_OF_DEFAULT',
  'UNKNOWN_FIELD',
  'EMPTY_LIST',
  'NOT_ONE_OF',
  'INVALID_FORMAT',
  'INTEGER_BELOW_MINIMUM',
  'DECIMAL_AS_NUMBER',
  'MALFORMED_DECIMAL',
  'NEGATIVE_DECIMAL',
  'TOO_MANY_DECIMALS',
  'DECIMAL_ABOVE_MAXIMUM',
  'INVALID_LANGUAGE_CODE',
  'INVALID_LANGUAGE_KEY',
  'MISSING_ENGLISH_TEXT',
  'MODEL_FIELD_MISSING',
  'MODEL_FIELD_NOT_ALLOWED',
  'NO_TIERS',
  'OPEN_TIER_NOT_LAST',
  'LAST_TIER_NOT_OPEN',
  'TIER_ORDER',
  'YEAR_RANGE',
  'LIMIT_RANGE',
  'DUPLICATE_CODE',
  'DUPLICATE_RANK',
  'DUPLICATE_LIMIT',
  'DUPLICATE_PACKAGE_ITEM',
  'UNKNOWN_REFERENCE',
  'SELF_EXCLUSION',
  'CORE_SERVICE_AS_ADD_ON',
  'REQUIRES_CYCLE',
  'REQUIRES_EXCLUDED_SERVICE',
  'REQUIRES_EXCLUDING_SERVICE',
  'TOO_MANY_DIGITS',
  'TEXT_TOO_LONG',
  'FORBIDDEN_CHARACTER',
  'TOO_MANY_ENTRIES',
  'TOO_MANY_TIERS_IN_ALL',
] as const;

/** The machine code of one kind of problem in a catalogue document, e.g. "TIER_ORDER". */
export type DocumentErrorCode = (typeof DOCUMENT_ERROR_CODES)[number];

/**
 * The particulars of one problem, flat, for wording it: field names (`field`, the name of the value
 * at the error's path as a message quotes it, e.g. "upTo" or "excludes[0]"), codes, numbers and
 * document values. `value` and `key` are what the document wrote, as JSON text (a string with its
 * quotes: "\"Standard\""), so that any character shows unambiguously; `suggestion` is a likely
 * intended value for a typo. `expected`, `actual` and `item` hold a word of
 * {@link DOCUMENT_ERROR_PHRASES}, worded by the phrase table of the same name.
 */
export type DocumentErrorParams = Readonly<Record<string, string | number>>;

/** One problem in a document, at a JSON path like "services[3].priceComponents[0].tiers[1].upTo". */
export interface DocumentError {
  path: string;
  code: DocumentErrorCode;
  params: DocumentErrorParams;
  /** The problem in English, worded from `code` and `params`. */
  message: string;
}

/** The words that params `expected`, `actual` and `item` may hold, each worded by a phrase. */
export const DOCUMENT_ERROR_PHRASES = {
  /** What a value must be (`WRONG_TYPE`, `INVALID_FORMAT`). */
  expected: [
    'OBJECT',
    'LIST',
    'NON_EMPTY_TEXT',
    'BOOLEAN',
    'INTEGER',
    'DECIMAL_TEXT',
    'LANGUAGE_CODE',
    'LOCALIZED_TEXT',
    'CATALOGUE_CODE',
    'PROVIDER_CODE',
    'COUNTRY_CODE',
    'CURRENCY_CODE',
    'DATE',
  ],
  /** The JSON type of the value found; STRING, NUMBER and BOOLEAN also quote `value`. */
  actual: ['STRING', 'NUMBER', 'BOOLEAN', 'NULL', 'LIST', 'OBJECT', 'NOT_JSON'],
  /** The kind of catalogue item a code names (`DUPLICATE_CODE`, `UNKNOWN_REFERENCE`). */
  item: ['CATEGORY', 'DRIVER', 'SERVICE_LEVEL', 'SERVICE', 'SERVICE_PACKAGE'],
} as const;

export type ExpectedKind = (typeof DOCUMENT_ERROR_PHRASES.expected)[number];
export type JsonKind = (typeof DOCUMENT_ERROR_PHRASES.actual)[number];
export type ItemKind = (typeof DOCUMENT_ERROR_PHRASES.item)[number];

type PhraseTable = {
  [P in keyof typeof DOCUMENT_ERROR_PHRASES]: Record<(typeof DOCUMENT_ERROR_PHRASES)[P][number], string>;
};

/** Texts of a language for every code; the web app keeps one such table per interface language. */
export interface DocumentErrorTexts {
  /** The sentence of each code; `{{name}}` stands for the param `name`. */
  codes: Record<DocumentErrorCode, string>;
  /** The sentence of a code when its params carry a `suggestion` ("Did you mean …?"). */
  withSuggestion: Partial<Record<DocumentErrorCode, string>>;
  /** The words of params `expected`, `actual` and `item`, which may themselves use other params. */
  phrases: PhraseTable;
}

/** The English sentence of each code. */
const ENGLISH_CODES: Record<DocumentErrorCode, string> = {
  DOCUMENT_NOT_AN_OBJECT: 'The catalogue document must be a JSON object, not {{actual}}.',
  WRONG_TYPE: '"{{field}}" must be {{expected}}, not {{actual}}.',
  REQUIRED_FIELD: 'Required field "{{field}}" is missing.',
  NULL_NOT_ALLOWED: '"{{field}}" must not be null.',
  NULL_INSTEAD_OF_DEFAULT: '"{{field}}" must not be null; leave it out to use the default.',
  UNKNOWN_FIELD: 'Unknown field {{key}}. The fields allowed here are: {{allowed}}.',
  EMPTY_LIST: '"{{field}}" must list at least 1 entry.',
  NOT_ONE_OF: '"{{field}}" must be one of {{allowed}}, not {{actual}}.',
  INVALID_FORMAT: '"{{field}}" must be {{expected}}; {{value}} is not.',
  INTEGER_BELOW_MINIMUM: '"{{field}}" must be at least {{min}}, not {{value}}.',
  DECIMAL_AS_NUMBER:
    '"{{field}}" must be a decimal string, e.g. "38.00", not the JSON number {{value}}; put the number in quotes.',
  MALFORMED_DECIMAL:
    '"{{field}}" must be a plain decimal string such as "38.00" or "0.5": digits with an optional "." and no sign, exponent, spaces or separators; {{value}} is not.',
  NEGATIVE_DECIMAL: '"{{field}}" must not be negative ({{decimal}}).',
  TOO_MANY_DECIMALS: '"{{field}}" must have at most {{maxDecimals}} decimals ({{decimal}}).',
  DECIMAL_ABOVE_MAXIMUM: '"{{field}}" must be at most {{max}}, not {{decimal}}.',
  INVALID_LANGUAGE_CODE:
    '"{{field}}" must be a language code such as "da", "nb", "sv", "fi", "is" or "en"; {{value}} is not.',
  INVALID_LANGUAGE_KEY: '{{key}} is not a language code such as "en", "da", "nb", "sv", "fi" or "is".',
  MISSING_ENGLISH_TEXT: '"{{field}}" needs an English text ("en").',
  MODEL_FIELD_MISSING: 'A {{model}} price component needs "{{field}}".',
  MODEL_FIELD_NOT_ALLOWED: 'A {{model}} price component has no "{{field}}"; remove it or change the model.',
  NO_TIERS: 'A {{model}} price component needs at least one tier.',
  OPEN_TIER_NOT_LAST:
    'Only the last tier may have "upTo": null (no limit); every earlier tier needs an upper bound.',
  LAST_TIER_NOT_OPEN:
    'The last tier must have "upTo": null (no limit), not "{{upTo}}", so that every quantity has a price.',
  TIER_ORDER:
    '"upTo" must be greater than the previous tier\'s upTo ("{{previous}}"); tiers go in strictly ascending order.',
  YEAR_RANGE: '"toYear" ({{toYear}}) must not be before "fromYear" ({{fromYear}}).',
  LIMIT_RANGE: '"max" ({{max}}) must not be less than "min" ({{min}}).',
  DUPLICATE_CODE: 'Duplicate {{item}} code "{{code}}": {{list}}[{{first}}] already has it.',
  DUPLICATE_RANK:
    'Rank {{rank}} is already used by serviceLevels[{{first}}]; ranks must be unique so that the default level is clear.',
  DUPLICATE_LIMIT:
    'The limits already have an entry for driver "{{driver}}" (limits[{{first}}]); give one limit per driver.',
  DUPLICATE_PACKAGE_ITEM:
    'Service "{{service}}" is already an item of this package (items[{{first}}]); list each service once.',
  UNKNOWN_REFERENCE: 'Unknown {{item}} "{{code}}": no {{item}} in this document has that code.',
  SELF_EXCLUSION: 'Service "{{service}}" cannot exclude itself.',
  CORE_SERVICE_AS_ADD_ON:
    'Service "{{service}}" is a CORE service; "allowedAddOns" may only list ADDON services.',
  REQUIRES_CYCLE:
    'Service "{{service}}" requires itself through a chain of single-member requires groups: {{chain}}.',
  REQUIRES_EXCLUDED_SERVICE:
    'Service "{{service}}" requires "{{required}}", which it excludes; "{{service}}" could never be selected.',
  REQUIRES_EXCLUDING_SERVICE:
    'Service "{{service}}" requires "{{required}}", which excludes it; "{{service}}" could never be selected.',
  TOO_MANY_DIGITS:
    '"{{field}}" must have at most {{maxDigits}} digits before the decimal point ({{decimal}}).',
  TEXT_TOO_LONG: '"{{field}}" must have at most {{max}} characters.',
  FORBIDDEN_CHARACTER:
    '"{{field}}" must not contain control, invisible or text-direction characters ({{character}} at character {{position}}).',
  TOO_MANY_ENTRIES: '"{{field}}" has {{count}} entries; at most {{max}} are allowed.',
  TOO_MANY_TIERS_IN_ALL:
    'The price components have {{count}} tiers in all; a catalogue may have at most {{max}}.',
};

/** A sentence followed by the question about a likely typo. */
const didYouMean = (sentence: string): string => `${sentence} Did you mean "{{suggestion}}"?`;

/** The English texts: the one place where document errors are worded in English. */
export const ENGLISH_DOCUMENT_ERRORS: DocumentErrorTexts = {
  codes: ENGLISH_CODES,
  // The code's own sentence with the question added; an unknown field's replaces the list of
  // allowed fields with it.
  withSuggestion: {
    UNKNOWN_FIELD: didYouMean('Unknown field {{key}}.'),
    NOT_ONE_OF: didYouMean(ENGLISH_CODES.NOT_ONE_OF),
    INVALID_LANGUAGE_CODE: didYouMean(ENGLISH_CODES.INVALID_LANGUAGE_CODE),
    INVALID_LANGUAGE_KEY: didYouMean(ENGLISH_CODES.INVALID_LANGUAGE_KEY),
    UNKNOWN_REFERENCE: didYouMean(ENGLISH_CODES.UNKNOWN_REFERENCE),
  },
  phrases: {
    expected: {
      OBJECT: 'a JSON object',
      LIST: 'a list (JSON array)',
      NON_EMPTY_TEXT: 'a non-empty string',
      BOOLEAN: 'true or false',
      INTEGER: 'a whole JSON number such as 1',
      DECIMAL_TEXT: 'a decimal string, e.g. "38.00"',
      LANGUAGE_CODE: 'a language code such as "da"',
      LOCALIZED_TEXT: 'localized text, an object such as { "en": "Payroll", "da": "Løn" }',
      CATALOGUE_CODE: 'a code of upper-case letters, digits, "-" and "_", e.g. "PAY-BASE"',
      PROVIDER_CODE:
        'a provider code of upper-case letters and digits in hyphen-separated parts, e.g. "SA-DK"',
      COUNTRY_CODE: 'an ISO 3166-1 alpha-2 country code such as "DK", "NO" or "SE"',
      CURRENCY_CODE: 'a supported ISO 4217 currency code ({{currencies}})',
      DATE: 'a calendar date written "YYYY-MM-DD", e.g. "2027-01-01"',
    },
    actual: {
      STRING: 'the string {{value}}',
      NUMBER: 'the JSON number {{value}}',
      BOOLEAN: 'the boolean {{value}}',
      NULL: 'null',
      LIST: 'a list',
      OBJECT: 'an object',
      NOT_JSON: 'a {{value}} (not JSON)',
    },
    item: {
      CATEGORY: 'category',
      DRIVER: 'driver',
      SERVICE_LEVEL: 'service level',
      SERVICE: 'service',
      SERVICE_PACKAGE: 'service package',
    },
  },
};

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** The names of the params a text uses, e.g. ["field", "value"] for '"{{field}}" … {{value}} is not.'. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);
}

/** True for a code this version of the validator knows. */
export function isDocumentErrorCode(code: unknown): code is DocumentErrorCode {
  return typeof code === 'string' && (DOCUMENT_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * The text of `code` in `texts` for `params`: the suggestion's sentence when the params carry one
 * and the code has such a sentence, else the code's own.
 */
export function documentErrorTemplate(
  texts: DocumentErrorTexts,
  code: DocumentErrorCode,
  params: DocumentErrorParams,
): string {
  const withSuggestion = params.suggestion === undefined ? undefined : texts.withSuggestion[code];
  return withSuggestion ?? texts.codes[code];
}

/** The English sentence of a problem, e.g. 'Required field "upTo" is missing.'. */
export function englishDocumentErrorMessage(code: DocumentErrorCode, params: DocumentErrorParams): string {
  const texts = ENGLISH_DOCUMENT_ERRORS;
  const values: Record<string, string | number> = { ...params };
  for (const name of Object.keys(DOCUMENT_ERROR_PHRASES) as (keyof PhraseTable)[]) {
    const word = params[name];
    const phrase =
      typeof word === 'string' ? (texts.phrases[name] as Record<string, string>)[word] : undefined;
    if (phrase !== undefined) values[name] = fill(phrase, params);
  }
  return fill(documentErrorTemplate(texts, code, params), values);
}

function fill(text: string, values: DocumentErrorParams): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
