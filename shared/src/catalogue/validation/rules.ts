import { Decimal } from '../../money/decimal.js';
import { subjectOf, type JsonPath } from './json-path.js';
import { describeJson, isJsonObject, type JsonObject } from './json-value.js';
import type { Problems } from './problems.js';
import { didYouMean } from './suggest.js';

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

/** "\"amount\"" — the quoted name of the value at `path`, for the start of a message. */
export function quoted(path: JsonPath): string {
  return `"${subjectOf(path)}"`;
}

/** Reports that the value at `path` is not `expected` (a phrase such as "a non-empty string"). */
export function reportType(problems: Problems, path: JsonPath, expected: string, value: unknown): void {
  problems.report(path, `${quoted(path)} must be ${expected}, not ${describeJson(value)}.`);
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
    reportType(problems, path, 'a JSON object', value);
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
    if (field.required) problems.report(path, `Required field ${quoted(path)} is missing.`);
  } else if (value === null) {
    if (!field.nullable)
      problems.report(
        path,
        `${quoted(path)} must not be null${field.required ? '' : '; leave it out to use the default'}.`,
      );
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
  const hint = didYouMean(key, allowed) || ` The fields allowed here are: ${allowed.join(', ')}.`;
  problems.report(path, `Unknown field ${JSON.stringify(key)}.${hint}`);
}

/** An object of `shape`, then `after` for the rules that relate its fields. */
export function objectOf(shape: Shape, after?: ObjectCheck): Rule {
  return (value, path, problems) => {
    if (checkObject(value, path, shape, problems) && after) after(value, path, problems);
  };
}

/** A JSON array whose items each follow `item`, with at least `minItems` of them. */
export function listOf(item: Rule, minItems = 0): Rule {
  return (value, path, problems) => {
    if (!Array.isArray(value)) return reportType(problems, path, 'a list (JSON array)', value);
    if (value.length < minItems) {
      problems.report(
        path,
        `${quoted(path)} must list at least ${minItems} ${minItems === 1 ? 'entry' : 'entries'}.`,
      );
    }
    value.forEach((entry, index) => item(entry, [...path, index], problems));
  };
}

/** An object used as a map: every key follows `key`, every value follows `entry`. */
export function mapOf(key: (key: string, path: JsonPath, problems: Problems) => void, entry: Rule): Rule {
  return (value, path, problems) => {
    if (!isJsonObject(value)) return reportType(problems, path, 'a JSON object', value);
    for (const [name, item] of Object.entries(value)) {
      key(name, [...path, name], problems);
      entry(item, [...path, name], problems);
    }
  };
}

/** A string that passes `test`; `expected` describes the form in the message. */
export function textMatching(test: (value: string) => boolean, expected: string): Rule {
  return (value, path, problems) => {
    if (typeof value !== 'string') return reportType(problems, path, expected, value);
    if (!test(value))
      problems.report(path, `${quoted(path)} must be ${expected}; ${JSON.stringify(value)} is not.`);
  };
}

/** A string with at least one character that is not white space. */
export const nonEmptyText: Rule = (value, path, problems) => {
  if (typeof value !== 'string' || value.trim() === '')
    reportType(problems, path, 'a non-empty string', value);
};

/** true or false. */
export const booleanValue: Rule = (value, path, problems) => {
  if (typeof value !== 'boolean') reportType(problems, path, 'true or false', value);
};

/** One of `values`, spelled exactly. */
export function oneOf(values: readonly string[]): Rule {
  return (value, path, problems) => {
    if (typeof value === 'string' && values.includes(value)) return;
    const hint = typeof value === 'string' ? didYouMean(value, values) : '';
    problems.report(
      path,
      `${quoted(path)} must be one of ${values.join(', ')}, not ${describeJson(value)}.${hint}`,
    );
  };
}

/**
 * A whole JSON number of at least `min`. Integers are the only numbers a document writes as JSON
 * numbers (`rank`, `fromYear`, `toYear`); a string there is a mistake worth naming.
 */
export function integerValue(min?: number): Rule {
  return (value, path, problems) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      return reportType(problems, path, 'a whole JSON number such as 1', value);
    }
    if (min !== undefined && value < min)
      problems.report(path, `${quoted(path)} must be at least ${min}, not ${value}.`);
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
    const message = decimalProblem(value, options);
    if (message !== undefined) problems.report(path, `${quoted(path)} ${message}`);
  };
}

function decimalProblem(value: unknown, options: DecimalOptions): string | undefined {
  if (typeof value === 'number') {
    return `must be a decimal string, e.g. "38.00", not the JSON number ${String(value)}; put the number in quotes.`;
  }
  if (typeof value !== 'string') return `must be a decimal string, e.g. "38.00", not ${describeJson(value)}.`;
  if (value.startsWith('-') && Decimal.isPlain(value)) return `must not be negative (${value}).`;
  if (!Decimal.isPlain(value)) {
    return `must be a plain decimal string such as "38.00" or "0.5": digits with an optional "." and no sign, exponent, spaces or separators; ${JSON.stringify(value)} is not.`;
  }
  if (options.quantity && Decimal.fractionDigits(value) > 6)
    return `must have at most 6 decimals (${value}).`;
  if (options.max !== undefined && Decimal.parse(value).gt(Decimal.parse(options.max))) {
    return `must be at most ${options.max}, not ${value}.`;
  }
  return undefined;
}

/** The value of a non-negative plain decimal string, or undefined for anything else. */
export function decimalValue(value: unknown): Decimal | undefined {
  return Decimal.isPlain(value) && !value.startsWith('-') ? Decimal.parse(value) : undefined;
}
