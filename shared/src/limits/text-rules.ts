/**
 * One rule set for every free text a person types (DESIGN, "Limits at every entry point", Text):
 * stored NFC, lengths counted in code points (a name of 150 emoji is 150 characters, not 300
 * UTF-16 units), and no character that is invisible, reorders what a reader sees, or that a
 * database or terminal treats as control: C0/C1 controls, lone surrogates, bidirectional
 * embeddings, overrides and isolates, zero-width space, word joiner and byte-order mark. Zero-width
 * non-joiner and joiner (U+200C, U+200D) stay allowed: emoji sequences and several scripts need them.
 */

/** The limits of one kind of text field. */
export interface TextRule {
  /** Most code points, after normalisation. */
  readonly maxLength: number;
  /** Multi-line text keeps line feeds and tabs (a CR LF or lone CR is stored as LF). */
  readonly multiline: boolean;
}

/** Every kind of free-text field and its limits. */
export const TEXT_RULES = {
  /** Names of quotes, agencies, users, providers and catalogue items. */
  name: { maxLength: 200, multiline: false },
  /** A proposal's title. */
  title: { maxLength: 200, multiline: false },
  /** Short catalogue texts: a price component's label, a driver's unit, a responsibility's task. */
  label: { maxLength: 200, multiline: false },
  /** Where a benchmark figure was published. */
  source: { maxLength: 500, multiline: false },
  /** Quote comments and decision comments. */
  comment: { maxLength: 2000, multiline: true },
  /** Descriptions of proposals, services and packages. */
  description: { maxLength: 5000, multiline: true },
  /** A centre's response to a proposal. */
  response: { maxLength: 5000, multiline: true },
} as const satisfies Record<string, TextRule>;

/** The kind of a free-text field, e.g. "name" or "comment". */
export type TextKind = keyof typeof TEXT_RULES;

/** What is wrong with a text, as a stable code with its particulars. */
export type TextProblem =
  | { readonly code: 'TEXT_TOO_LONG'; readonly maxLength: number }
  | {
      readonly code: 'FORBIDDEN_CHARACTER';
      /** The character as "U+202E". */
      readonly character: string;
      /** Its position in code points, from 1. */
      readonly position: number;
    };

// Controls are Cc: C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F). With the `u` flag a surrogate
// range matches only a surrogate that is not half of a pair.
const INVISIBLE_OR_BIDI = '\\u200B\\u2060\\uFEFF\\u202A-\\u202E\\u2066-\\u2069\\uD800-\\uDFFF';
const SINGLE_LINE_FORBIDDEN = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F${INVISIBLE_OR_BIDI}]`, 'u');
const MULTI_LINE_FORBIDDEN = new RegExp(
  `[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F${INVISIBLE_OR_BIDI}]`,
  'u',
);

// NFC can make a text shorter: a Greek letter with three marks composes 4 code points into 1. A
// text longer than this many UTF-16 units can therefore never fit, and is refused unnormalised.
const MOST_UNITS_PER_CHARACTER = 8;

/** The number of code points of `text` (an astral character such as an emoji counts once). */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i += 1;
    length += 1;
  }
  return length;
}

/**
 * The text as it is stored: line breaks of multi-line text as LF, NFC, surrounding white space
 * removed. Text far too long for its kind is returned as it is ({@link textProblem} refuses it
 * without the cost of normalising it).
 */
export function normalizeText(text: string, kind: TextKind): string {
  const rule = TEXT_RULES[kind];
  if (text.length > rule.maxLength * MOST_UNITS_PER_CHARACTER) return text;
  const lines = rule.multiline ? text.replace(/\r\n?/g, '\n') : text;
  return lines.normalize('NFC').trim();
}

/**
 * NFC with every CR LF and lone CR as LF, nothing trimmed: how text already checked by the rules
 * of its kind is stored where the kind is not at hand (a catalogue document's text, where a
 * single-line text with a CR has already been refused).
 */
export function normalizeStoredText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * What is wrong with `text` as a field of `kind`, or null when it may be stored. Give it the text
 * as {@link normalizeText} returns it: a CR in multi-line text is refused here, as it is stored LF.
 */
export function textProblem(text: string, kind: TextKind): TextProblem | null {
  const rule = TEXT_RULES[kind];
  if (text.length > rule.maxLength * MOST_UNITS_PER_CHARACTER)
    return { code: 'TEXT_TOO_LONG', maxLength: rule.maxLength };
  const forbidden = (rule.multiline ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).exec(text);
  if (forbidden) {
    return {
      code: 'FORBIDDEN_CHARACTER',
      character: unicodeName(forbidden[0]),
      position: codePointLength(text.slice(0, forbidden.index)) + 1,
    };
  }
  if (codePointLength(text) > rule.maxLength) return { code: 'TEXT_TOO_LONG', maxLength: rule.maxLength };
  return null;
}

/** "U+202E" for a character (or lone surrogate). */
export function unicodeName(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The outcome of {@link checkText}: the text to store, or why it cannot be. */
export type TextCheck =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: TextProblem };

/** Normalises `text` as a field of `kind` and checks the result. */
export function checkText(text: string, kind: TextKind): TextCheck {
  const normalized = normalizeText(text, kind);
  const problem = textProblem(normalized, kind);
  return problem ? { ok: false, problem } : { ok: true, text: normalized };
}

/**
 * The English end of a sentence that begins with the field's name: "must have at most 200
 * characters". The web words the same problems from their codes in the reader's language.
 */
export function describeTextProblem(problem: TextProblem): string {
  switch (problem.code) {
    case 'TEXT_TOO_LONG':
      return `must have at most ${problem.maxLength} characters`;
    case 'FORBIDDEN_CHARACTER':
      return `must not contain control, invisible or text-direction characters (${problem.character} at character ${problem.position})`;
    default:
      return unreachable(problem);
  }
}

function unreachable(value: never): never {
  throw new Error(`Unknown text problem ${JSON.stringify(value)}`);
}
