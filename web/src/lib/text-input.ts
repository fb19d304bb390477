import { checkText, type TextKind } from '@servicekatalog/shared';
import type { TFunction } from 'i18next';

/**
 * What is wrong with a typed text under the shared text rules (DESIGN, "Limits at every entry
 * point", Text) — the same rules the API applies, so a form refuses exactly what the API would:
 * lengths in characters as people count them (an emoji is one), and no control, invisible or
 * text-direction character.
 */
export type TextInputProblem =
  | { reason: 'empty' }
  | { reason: 'tooLong'; max: number }
  | { reason: 'forbiddenCharacter'; character: string; position: number };

/** The problem of `text` as a field of `kind`, or null when it can be sent; `required` refuses blank text. */
export function textInputProblem(text: string, kind: TextKind, required = true): TextInputProblem | null {
  const checked = checkText(text, kind);
  if (!checked.ok) {
    const { problem } = checked;
    return problem.code === 'TEXT_TOO_LONG'
      ? { reason: 'tooLong', max: problem.maxLength }
      : { reason: 'forbiddenCharacter', character: problem.character, position: problem.position };
  }
  return required && checked.text === '' ? { reason: 'empty' } : null;
}

/**
 * Words a problem for the field: a forbidden character in the shared words of every form
 * (`textInput.forbiddenCharacter`), an empty or too long text in the field's own
 * (`<keyPrefix>.empty`, `<keyPrefix>.tooLong`, given `max`).
 */
export function textInputMessage(t: TFunction, problem: TextInputProblem, keyPrefix: string): string {
  switch (problem.reason) {
    case 'forbiddenCharacter':
      return t('textInput.forbiddenCharacter', { character: problem.character, position: problem.position });
    case 'tooLong':
      return t(`${keyPrefix}.tooLong`, { max: problem.max });
    case 'empty':
      return t(`${keyPrefix}.empty`);
    default:
      return unreachable(problem);
  }
}

function unreachable(value: never): never {
  throw new Error(`Unknown text problem ${JSON.stringify(value)}`);
}

/**
 * For forms that word each field's problem by an i18n key alone: the key of what is wrong with
 * `text`, or null. A forbidden character has the shared key `textInput.forbiddenCharacterHere`;
 * an empty or too long text the field's own (`keys.empty`, `keys.tooLong`).
 */
export function textInputProblemKey(
  text: string,
  kind: TextKind,
  keys: { empty: string; tooLong: string },
): string | null {
  const problem = textInputProblem(text, kind);
  if (!problem) return null;
  if (problem.reason === 'forbiddenCharacter') return 'textInput.forbiddenCharacterHere';
  return problem.reason === 'empty' ? keys.empty : keys.tooLong;
}
