import { addMonths, isMonth, monthOf } from '@servicekatalog/shared';
import type { ApiProblem } from '../../../lib/api-errors';
import { parseQuantity } from '../../../lib/configuration/quantity';

/** One value a month's form asks for: a driver's volume or a target's measured value. */
export interface EntryField {
  key: string;
  /** Whole units only (an integer driver). */
  integer: boolean;
}

/** A problem shown by a field (`month`, a field's key, or `form` for the form as a whole): an i18n key. */
export type FieldProblems = Record<string, string>;

/** The month's values as typed, read in the interface language's number format. */
export interface ReadEntries {
  values: { key: string; value: string }[];
  problems: FieldProblems;
}

/**
 * Reads a month's form: the month as YYYY-MM, and each filled-in value with the interface
 * language's separators (the configurator's parser), empty fields left out. At least one value.
 */
export function readMonthlyEntries(
  month: string,
  typed: Readonly<Record<string, string>>,
  fields: readonly EntryField[],
  language: string,
): ReadEntries {
  const problems: FieldProblems = {};
  if (!isMonth(month)) problems.month = 'manager.agreements.record.monthRequired';
  const values: { key: string; value: string }[] = [];
  for (const field of fields) {
    const parsed = parseQuantity(typed[field.key] ?? '', field.integer, language);
    if (parsed === null) continue;
    if ('problem' in parsed) problems[field.key] = `volumes.problem.${parsed.problem}`;
    else values.push({ key: field.key, value: parsed.quantity });
  }
  if (values.length === 0 && Object.keys(problems).every((key) => key === 'month'))
    problems.form = 'manager.agreements.record.nothingEntered';
  return { values, problems };
}

const API_CODES = ['OUTSIDE_AGREEMENT', 'BAD_MONTH', 'UNKNOWN_DRIVER', 'UNKNOWN_TARGET', 'NOT_WHOLE'];

/**
 * The API's refusals of a batch sent from the form, by the field they concern: a month problem by
 * the month, any other problem of entry i by the field that entry came from (`sentKeys[i]`).
 */
export function apiFieldProblems(
  problems: readonly ApiProblem[],
  sentKeys: readonly string[],
): FieldProblems {
  const found: FieldProblems = {};
  for (const problem of problems) {
    const match = /^entries\[(\d+)\]\.?(\w*)/.exec(problem.path);
    const code =
      typeof problem.code === 'string' && API_CODES.includes(problem.code) ? problem.code : 'other';
    const key = !match ? 'form' : match[2] === 'month' ? 'month' : (sentKeys[Number(match[1])] ?? 'form');
    found[key] ??= `manager.agreements.record.apiCode.${code}`;
  }
  return found;
}

/** The month a form proposes: last month, within the agreement's months. */
export function proposedMonth(today: string, startDate: string, endDate: string): string {
  const last = addMonths(monthOf(today), -1);
  const first = monthOf(startDate);
  const end = monthOf(endDate);
  return last < first ? first : last > end ? end : last;
}
