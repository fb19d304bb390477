import type { DocumentErrorLike } from '../document-errors';
import type { LocalProblem } from './form-values';
import { pathAndParents, relativeTo } from './paths';
import type { SaveFailure } from '../api-errors';

/** How the paths the API reports about one edited item lead to the form's fields. */
export interface ErrorMapping {
  /**
   * Document path of the item being edited, e.g. "services[3]" ("" for the version's settings,
   * whose fields sit at the top of the document).
   */
  prefix: string;
  /** A document path inside the item (relative to `prefix`) → the form's path of the same value. */
  formPath(relativePath: string): string;
  /**
   * An input path (relative to "input") → the form's path of the same value; without it, the form
   * uses the input's names. For a form that keeps a list the API gets in another shape.
   */
  inputPath?(relativePath: string): string;
}

/** A message for a form: at a form path, or for the form as a whole (path null). */
export type FormError = { path: string | null } & (
  | {
      message: string;
      /** The API's other messages are English sentences; the page marks their language for screen readers. */
      lang?: 'en';
    }
  | {
      /** One of the API's catalogue-document errors, worded in the interface language where it is shown. */
      documentError: DocumentErrorLike;
    }
);

/** A FormError placed on the page: at the field (or group) `target`, or at the top when null. */
export type ShownError = FormError & { target: string | null };

function apiPath(path: string, mapping: ErrorMapping): string | null {
  const input = path === 'input' ? '' : relativeTo(path, 'input');
  if (input !== null) {
    if (input === '') return null;
    return mapping.inputPath ? mapping.inputPath(input) : input;
  }
  const inside = mapping.prefix === '' ? path : relativeTo(path, mapping.prefix);
  if (inside === null || inside === '') return null;
  return mapping.formPath(inside.replace(/^\./, ''));
}

/**
 * The API's refusal as messages at form paths: every document error (extensions.errors) inside the
 * item at its field, those outside it (another item that refers to this one) for the whole form;
 * without a list, the one message at `extensions.field` (an input path such as "input.code").
 */
export function formErrors(
  failure: Extract<SaveFailure, { kind: 'invalid' }>,
  mapping: ErrorMapping,
): FormError[] {
  if (failure.problems.length > 0) {
    return failure.problems.map((problem) => ({
      path: apiPath(problem.path, mapping),
      documentError: problem,
    }));
  }
  return [
    { path: failure.field ? apiPath(failure.field, mapping) : null, message: failure.message, lang: 'en' },
  ];
}

/** Problems found before sending, worded by the page (`word` translates their i18n keys). */
export function localErrors(
  problems: readonly LocalProblem[],
  word: (key: string, values?: LocalProblem['values']) => string,
): FormError[] {
  return problems.map((problem) => ({ path: problem.path, message: word(problem.key, problem.values) }));
}

/**
 * Places each message at the nearest field or group the form shows for its path: the field
 * itself, else the group around it (a tier's row, a price component), else the top of the form.
 * `exists` says whether the form shows something for a path (the page checks its element ids).
 */
export function placeErrors(errors: readonly FormError[], exists: (path: string) => boolean): ShownError[] {
  return errors.map((error) => ({
    ...error,
    target: error.path === null ? null : (pathAndParents(error.path).find(exists) ?? null),
  }));
}

/** The element id of a form path: "svc" + "priceComponents[0].tiers[1].upTo" → "svc-priceComponents-0-tiers-1-upTo". */
export function fieldId(formId: string, path: string): string {
  return `${formId}-${path.replace(/[^A-Za-z0-9_]+/g, '-').replace(/-$/, '')}`;
}
