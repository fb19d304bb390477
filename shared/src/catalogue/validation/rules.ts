import { Decimal } from '../../money/decimal.js';
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
    key: JSON.stringify(key),
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
        value: JSON.stringify(value),
        ...extra,
      });
    }
  };
}

/** A string with at least one character that is not white space. */
export const nonEmptyText: Rule = (value, path, problems) => {
  if (typeof value !== 'string' || value.trim() === '') reportType(problems, path, 'NON_EMPTY_TEXT', value);
};

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

/** Options of {@link decimalText}. */
export interface DecimalOptions {
  /** Quantities (`upTo`, limits, included) have at most 6 decimals, like the volumes priced against them. */
  readonly quantity?: boolean;
  /** Inclusive upper bound, e.g. "100" for a discount. */
  readonly max?: string;
}

/**
 * A non-negative plain decimal written as a JSON string ("38.00"). A JSON number is refused: YAML
 * and spreadsheets turn 38.00 into 38 and 0.1 into binary floating point, so prices must be text.
 */
export function decimalText(options: DecimalOptions = {}): Rule {
  return (value, path, problems) => {
    if (typeof value !== 'string' && typeof value !== 'number')
      return reportType(problems, path, 'DECIMAL_TEXT', value);
    const problem = decimalProblem(value, options);
    if (problem !== undefined) reportField(problems, path, problem.code, problem.params);
  };
}

// Quantities are priced with at most this many decimals (DESIGN, pricing rule 5).
const QUANTITY_DECIMALS = 6;

function decimalProblem(
  value: string | number,
  options: DecimalOptions,
): { code: DocumentErrorCode; params: DocumentErrorParams } | undefined {
  if (typeof value === 'number') return { code: 'DECIMAL_AS_NUMBER', params: { value: String(value) } };
  if (value.startsWith('-') && Decimal.isPlain(value))
    return { code: 'NEGATIVE_DECIMAL', params: { decimal: value } };
  if (!Decimal.isPlain(value)) return { code: 'MALFORMED_DECIMAL', params: { value: JSON.stringify(value) } };
  if (options.quantity && Decimal.fractionDigits(value) > QUANTITY_DECIMALS)
    return { code: 'TOO_MANY_DECIMALS', params: { maxDecimals: QUANTITY_DECIMALS, decimal: value } };
  if (options.max !== undefined && Decimal.parse(value).gt(Decimal.parse(options.max)))
    return { code: 'DECIMAL_ABOVE_MAXIMUM', params: { max: options.max, decimal: value } };
  return undefined;
}

/** The value of a non-negative plain decimal string, or undefined for anything else. */
export function decimalValue(value: unknown): Decimal | undefined {
  return Decimal.isPlain(value) && !value.startsWith('-') ? Decimal.parse(value) : undefined;
}
