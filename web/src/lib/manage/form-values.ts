import type { TextKind } from '@servicekatalog/shared';
import { textInputProblem } from '../text-input';

/**
 * Turning what people type into what the API takes. Forms keep every scalar as the text typed;
 * only here does it become a decimal string, an integer, or absent. Besides whole numbers, only
 * the shared text rules are checked in the browser (the same rules the API applies, so the answer
 * comes at the field in the interface language); everything else the API validates with the same
 * rules as an import, and its messages are shown at the fields (see form-errors.ts).
 */

/** Localized text as the forms keep it: language code → text (empty texts allowed while typing). */
export type TextForm = Record<string, string>;

/** A problem found before sending: the field's path and the i18n key that words it. */
export interface LocalProblem {
  path: string;
  key: string;
  /** What the key's message is worded with, e.g. `max`. */
  values?: Record<string, string | number>;
}

/**
 * What is wrong with one typed text under the shared text rules, at `path`: a forbidden character
 * or too many characters. An empty text is left to the form or the API (English is required only
 * for some texts).
 */
export function textProblems(text: string, path: string, kind: TextKind): LocalProblem[] {
  const problem = textInputProblem(text, kind, false);
  if (!problem || problem.reason === 'empty') return [];
  return problem.reason === 'tooLong'
    ? [{ path, key: 'manager.form.textTooLong', values: { max: problem.max } }]
    : [
        {
          path,
          key: 'textInput.forbiddenCharacter',
          values: { character: problem.character, position: problem.position },
        },
      ];
}

/** The languages every localized text can be written in; English is required by the catalogue. */
export const TEXT_LANGUAGES = ['en', 'da', 'nb', 'sv', 'fi', 'is'] as const;

/** A document's localized text as form text: the six interface languages plus any others it has. */
export function textForm(text: Record<string, string> | null | undefined): TextForm {
  const form: TextForm = {};
  for (const language of TEXT_LANGUAGES) form[language] = text?.[language] ?? '';
  for (const [language, value] of Object.entries(text ?? {})) form[language] = value;
  return form;
}

/** Where a localized text sits in its form, what kind of text it is, and where its problems go. */
export interface TextCheck {
  /** The form path of the localized text, e.g. "name"; each language's field is "<path>.<language>". */
  path: string;
  kind: TextKind;
  problems: LocalProblem[];
}

/**
 * Form text → the API's localized text: trimmed, empty languages left out. Every language is
 * checked under the shared text rules of `check.kind`; a problem is added at that language's field.
 */
export function textInput(form: TextForm, check: TextCheck): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [language, value] of Object.entries(form)) {
    check.problems.push(...textProblems(value, `${check.path}.${language}`, check.kind));
    const trimmed = value.trim();
    if (trimmed) text[language] = trimmed;
  }
  return text;
}

/** Form text → localized text, or undefined when every language is empty (an optional text). */
export function optionalTextInput(form: TextForm, check: TextCheck): Record<string, string> | undefined {
  const text = textInput(form, check);
  return Object.keys(text).length > 0 ? text : undefined;
}

/** A decimal as typed; empty → undefined (the API's default or "none"). Spaces are trimmed only. */
export function decimalInput(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Same, but an empty field is sent as null ("no limit", "no maximum"). */
export function nullableDecimalInput(text: string): string | null {
  return decimalInput(text) ?? null;
}

/** A document decimal (string or null) as form text. */
export function decimalForm(value: string | null | undefined): string {
  return value ?? '';
}

/** An integer as form text. */
export function intForm(value: number | null | undefined): string {
  return value == null ? '' : String(value);
}

/**
 * An integer field: empty → undefined; a whole number → the number; anything else is a local
 * problem (an Int variable the API could not even read would fail the whole request).
 */
export function intInput(text: string, path: string, problems: LocalProblem[]): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (/^-?\d{1,9}$/.test(trimmed)) return Number(trimmed);
  problems.push({ path, key: 'manager.form.wholeNumber' });
  return undefined;
}

/** Adds `item` to `list`, or takes it out. */
export function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((entry) => entry !== item);
}

/** `list` without the entry at `index`. */
export function without<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** `list` with the entries at `index` and `index + offset` swapped (out of range: unchanged). */
export function moved<T>(list: readonly T[], index: number, offset: number): T[] {
  const target = index + offset;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}
