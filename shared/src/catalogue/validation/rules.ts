import { Decimal } from '../../money/decimal.js';
import {
  DECIMAL_BOUNDS,
  decimalTextProblem,
  type DecimalBounds,
  type DecimalProblem,
} from '../../limits/decimal-bounds.js';
import { checkText, type TextKind } from '../../limits/text-rules.js';
import type { DocumentErrorCode, DocumentErrorParams, ExpectedKind } from '../document-errors.js';
import { subjectOf, type JsonPath } from './json-path.js';
import { isJsonObject, jsonKind, type JsonObject } from './json-value.js';
import type { Problems } from './problems.js';
import { closestMatch } from './suggest.js';

/** Checks one JSON value at `path` and reports what is wrong with it. */
export type Rule = (value: unknown, path: JsonPath, problems: Problems) => void;

/** Checks an object that already has the right fields, for rules that span several of them. */
export type ObjectCheck = (object: JsonObject, path: JsonPath, problems: Problems) => void;

/** How one field of an object is checked. Absent (or undefined) and null are decided here. */
export interface Field {
  readonly rule: Rule;
  readonly required: boolean;
  readonly nullable: boolean;
}

/** The fields an object may have; any other field is reported, so that typos are caught. */
export type Shape = Readonly<Record<string, Field>>;

/** A field that must be present and not null. */
export const required = (rule: Rule): Field => ({ rule, required: true, nullable: false });
/** A field that may be left out but, when present, is not null. */
export const optional = (rule: Rule): Field => ({ rule, required: false, nullable: false });
/** A field that must be present but may be null ("upTo": null is the open last tier). */
export const requiredOrNull = (rule: Rule): Field => ({ rule, required: true, nullable: true });
/** A field that may be left out or null. */
export const optionalOrNull = (rule: Rule): Field => ({ rule, required: false, nullable: true });

/**
 * Reports `code` about the value at `path`, its params led by `field`: the name a message uses for
 * that value ("amount", "excludes[0]").
 */
export function reportField(
  problems: Problems,
  path: JsonPath,
  code: DocumentErrorCode,
  params: DocumentErrorParams = {},
): void {
  problems.report(path, code, { field: subjectOf(path), ...params });
}

/** The param `suggestion`: the candidate that `word` is likely a typo of, when there is one. */
export function suggestionFor(word: string, candidates: Iterable<string>): { suggestion?: string } {
  const match = closestMatch(word, candidates);
  return match === undefined ? {} : { suggestion: match };
}

/**
 * Reports that the value at `path` is not what it must be (`expected`, worded by the phrase of that
 * name); `extra` adds the params the phrase uses.
 */
export function reportType(
  problems: Problems,
  path: JsonPath,
  expected: ExpectedKind,
  value: unknown,
  extra: DocumentErrorParams = {},
): void {
  reportField(problems, path, 'WRONG_TYPE', { expected, ...jsonKind(value), ...extra });
}

/**
 * Checks that `value` is an object with the fields of `shape` and reports every missing, null,
 * unknown and wrong field. True when `value` is an object, so callers can check further.
 */
export function checkObject(
  value: unknown,
  path: JsonPath,
  shape: Shape,
  problems: Problems,
): value is JsonObject {
  if (!isJsonObject(value)) {
    reportType(problems, path, 'OBJECT', value);
    return false;
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(shape, key)) reportUnknownField(problems, [...path, key], key, Object.keys(shape));
  }
  for (const [key, field] of Object.entries(shape)) {
    checkField(Object.hasOwn(value, key) ? value[key] : undefined, [...path, key], field, problems);
  }
  return true;
}

function checkField(value: unknown, path: JsonPath, field: Field, problems: Problems): void {
  if (value === undefined) {
    if (field.required) reportField(problems, path, 'REQUIRED_FIELD');
  } else if (value === null) {
    if (!field.nullable)
      reportField(problems, path, field.required ? 'NULL_NOT_ALLOWED' : 'NULL_INSTEAD_OF_DEFAULT');
  } else {
    field.rule(value, path, problems);
  }
}

function reportUnknownField(
  problems: Problems,
  path: JsonPath,
  key: string,
  allowed: readonly string[],
): void {
  problems.report(path, 'UNKNOWN_FIELD', {
    key: shownString(key),
    allowed: allowed.join(', '),
    ...suggestionFor(key, allowed),
  });
}

/** An object of `shape`, then `after` for the rules that relate its fields. */
export function objectOf(shape: Shape, after?: ObjectCheck): Rule {
  return (value, path, problems) => {
    if (checkObject(value, path, shape, problems) && after) after(value, path, problems);
  };
}

/** A JSON array whose items each follow `item`; with `nonEmpty`, at least one of them. */
export function listOf(item: Rule, { nonEmpty = false } = {}): Rule {
  return (value, path, problems) => {
    if (!Array.isArray(value)) return reportType(problems, path, 'LIST', value);
    if (nonEmpty && value.length === 0) reportField(problems, path, 'EMPTY_LIST');
    value.forEach((entry, index) => item(entry, [...path, index], problems));
  };
}

/** An object used as a map: every key follows `key`, every value follows `entry`. */
export function mapOf(key: (key: string, path: JsonPath, problems: Problems) => void, entry: Rule): Rule {
  return (value, path, problems) => {
    if (!isJsonObject(value)) return reportType(problems, path, 'OBJECT', value);
    for (const [name, item] of Object.entries(value)) {
      key(name, [...path, name], problems);
      entry(item, [...path, name], problems);
    }
  };
}

/**
 * A string that passes `test`; `expected` names the form in the message, `extra` adds the params
 * its phrase uses.
 */
export function textMatching(
  test: (value: string) => boolean,
  expected: ExpectedKind,
  extra: DocumentErrorParams = {},
): Rule {
  return (value, path, problems) => {
    if (typeof value !== 'string') return reportType(problems, path, expected, value, extra);
    if (!test(value)) {
      reportField(problems, path, 'INVALID_FORMAT', {
        expected,
        value: shownString(value),
        ...extra,
      });
    }
  };
}

/**
 * A string with at least one character that is not white space, which follows the shared text
 * rules of `kind` (DESIGN, "Limits at every entry point", Text) once normalised as it is stored.
 */
export function nonEmptyText(kind: TextKind): Rule {
  return (value, path, problems) => {
    if (typeof value !== 'string' || value.trim() === '')
      return reportType(problems, path, 'NON_EMPTY_TEXT', value);
    const checked = checkText(value, kind);
    if (checked.ok) return;
    const { problem } = checked;
    if (problem.code === 'TEXT_TOO_LONG')
      reportField(problems, path, 'TEXT_TOO_LONG', { max: problem.maxLength });
    else
      reportField(problems, path, 'FORBIDDEN_CHARACTER', {
        character: problem.character,
        position: problem.position,
      });
  };
}

/** true or false. */
export const booleanValue: Rule = (value, path, problems) => {
  if (typeof value !== 'boolean') reportType(problems, path, 'BOOLEAN', value);
};

/** One of `values`, spelled exactly. */
export function oneOf(values: readonly string[]): Rule {
  return (value, path, problems) => {
    if (typeof value === 'string' && values.includes(value)) return;
    reportField(problems, path, 'NOT_ONE_OF', {
      allowed: values.join(', '),
      ...jsonKind(value),
      ...(typeof value === 'string' ? suggestionFor(value, values) : {}),
    });
  };
}

/**
 * A whole JSON number of at least `min`. Integers are the only numbers a document writes as JSON
 * numbers (`rank`, `fromYear`, `toYear`); a string there is a mistake worth naming.
 */
export function integerValue(min?: number): Rule {
  return (value, path, problems) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      return reportType(problems, path, 'INTEGER', value);
    }
    if (min !== undefined && value < min)
      reportField(problems, path, 'INTEGER_BELOW_MINIMUM', { min, value });
  };
}

/**
 * A non-negative plain decimal written as a JSON string ("38.00") within `bounds` (DESIGN, "Limits
 * at every entry point": 12 digits before the point and 6 after as written, unless a percentage's
 * own bounds apply). A JSON number is refused: YAML and spreadsheets turn 38.00 into 38 and 0.1
 * into binary floating point, so prices must be text. Text too long for the bounds is refused
 * without being parsed.
 */
export function decimalText(bounds: DecimalBounds = DECIMAL_BOUNDS): Rule {
  return (value, path, problems) => {
    if (typeof value !== 'string' && typeof value !== 'number')
      return reportType(problems, path, 'DECIMAL_TEXT', value);
    if (typeof value === 'number')
      return reportField(problems, path, 'DECIMAL_AS_NUMBER', { value: String(value) });
    const problem = decimalTextProblem(value, bounds);
    if (problem !== null) reportField(problems, path, ...decimalError(problem, value));
  };
}

function decimalError(problem: DecimalProblem, text: string): [DocumentErrorCode, DocumentErrorParams] {
  const decimal = shortened(text);
  switch (problem.code) {
    case 'NOT_A_DECIMAL':
      return ['MALFORMED_DECIMAL', { value: shownString(text) }];
    case 'NEGATIVE':
      return ['NEGATIVE_DECIMAL', { decimal }];
    case 'TOO_MANY_WHOLE_DIGITS':
      return ['TOO_MANY_DIGITS', { maxDigits: problem.max, decimal }];
    case 'TOO_MANY_DECIMALS':
      return ['TOO_MANY_DECIMALS', { maxDecimals: problem.max, decimal }];
    case 'ABOVE_MAXIMUM':
      return ['DECIMAL_ABOVE_MAXIMUM', { max: problem.max, decimal }];
    default:
      return unreachable(problem);
  }
}

function unreachable(value: never): never {
  throw new Error(`Unknown problem ${JSON.stringify(value)}`);
}

// A message quotes what the document wrote, but never more than this much of it: a 100,000-digit
// price must not come back as a 100,000-digit error.
const SHOWN_CHARACTERS = 40;

/** `text` cut to its first characters with "…" and its length when it is long. */
export function shortened(text: string): string {
  if (text.length <= SHOWN_CHARACTERS) return text;
  return `${text.slice(0, SHOWN_CHARACTERS)}… (${text.length} characters)`;
}

/** `text` as JSON text (with its quotes), shortened as {@link shortened} does. */
export function shownString(text: string): string {
  if (text.length <= SHOWN_CHARACTERS) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, SHOWN_CHARACTERS))}… (${text.length} characters)`;
}

/** The value of a non-negative plain decimal string, or undefined for anything else. */
export function decimalValue(value: unknown): Decimal | undefined {
  return Decimal.isPlain(value) && !value.startsWith('-') ? Decimal.parse(value) : undefined;
}
