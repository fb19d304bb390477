import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkText,
  codePointLength,
  normalizeText,
  TEXT_RULES,
  textProblem,
  type TextKind,
} from './text-rules.js';

const EMOJI = '😀';
// A family: four people joined by ZERO WIDTH JOINER (U+200D), one grapheme of 7 code points.
const FAMILY = '👩\u200D👩\u200D👧\u200D👦';

describe('codePointLength', () => {
  it.each<[string, number]>([
    ['', 0],
    ['abc', 3],
    ['Løn', 3],
    [EMOJI.repeat(150), 150],
    [FAMILY, 7],
    ['\uD800', 1],
    ['a\uDC00b', 3],
  ])('%j has %i code points', (text, length) => {
    expect(codePointLength(text)).toBe(length);
  });

  it('agrees with the string iterator (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => codePointLength(text) === [...text].length),
    );
  });
});

describe('the forbidden characters', () => {
  const forbidden: [string, string][] = [
    ['NUL', '\u0000'],
    ['ESC of an ANSI escape', '\u001B[31m'],
    ['BEL', '\u0007'],
    ['DEL', '\u007F'],
    ['C1 CSI', '\u009B'],
    ['a lone high surrogate', '\uD83D'],
    ['a lone low surrogate', '\uDE00'],
    ['LEFT-TO-RIGHT EMBEDDING', '\u202A'],
    ['RIGHT-TO-LEFT OVERRIDE', '\u202E'],
    ['LEFT-TO-RIGHT ISOLATE', '\u2066'],
    ['POP DIRECTIONAL ISOLATE', '\u2069'],
    ['ZERO WIDTH SPACE', '\u200B'],
    ['WORD JOINER', '\u2060'],
    ['BYTE ORDER MARK', '\uFEFF'],
  ];

  it.each(forbidden)('refuses %s in every kind of text', (_name, character) => {
    for (const kind of Object.keys(TEXT_RULES) as TextKind[]) {
      const problem = textProblem(`ab${character}c`, kind);
      expect(problem).toEqual({
        code: 'FORBIDDEN_CHARACTER',
        character: `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
        position: 3,
      });
    }
  });

  it('names the position in code points', () => {
    expect(textProblem(`${EMOJI}${EMOJI}\u202E`, 'name')).toMatchObject({ position: 3 });
  });

  it.each<[string, string]>([
    ['ZERO WIDTH NON-JOINER', 'می\u200Cخواهم'],
    ['an emoji sequence with ZERO WIDTH JOINER', FAMILY],
    ['letters of every Nordic language', 'Ærø Øst, Åsa, Þórður, Ðiðrik, Sámi: Čáhppes'],
    ['right-to-left text without controls', 'שלום עולם'],
  ])('accepts %s', (_name, text) => {
    expect(textProblem(text, 'name')).toBeNull();
  });

  it('keeps line feeds and tabs in multi-line text only', () => {
    expect(textProblem('line\n\tindented', 'comment')).toBeNull();
    expect(textProblem('line\n\tindented', 'description')).toBeNull();
    expect(textProblem('line\nnext', 'name')).toMatchObject({ character: 'U+000A' });
    expect(textProblem('a\tb', 'title')).toMatchObject({ character: 'U+0009' });
  });

  it('finds a forbidden character anywhere (property)', () => {
    const bad = fc.constantFrom(
      '\u0000',
      '\u001B',
      '\u0085',
      '\u202E',
      '\u2067',
      '\u200B',
      '\u2060',
      '\uFEFF',
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 50 }),
        bad,
        fc.string({ maxLength: 50 }),
        (before, character, after) => {
          expect(textProblem(`${before}${character}${after}`, 'comment')?.code).toBe('FORBIDDEN_CHARACTER');
        },
      ),
    );
  });
});

describe('lengths in code points', () => {
  it('accepts a name of 150 emoji and refuses one of 201', () => {
    expect(checkText(EMOJI.repeat(150), 'name')).toEqual({ ok: true, text: EMOJI.repeat(150) });
    expect(checkText(EMOJI.repeat(200), 'name').ok).toBe(true);
    expect(checkText(EMOJI.repeat(201), 'name')).toEqual({
      ok: false,
      problem: { code: 'TEXT_TOO_LONG', maxLength: 200 },
    });
  });

  it.each<[TextKind, number]>([
    ['name', 200],
    ['title', 200],
    ['label', 200],
    ['source', 500],
    ['comment', 2000],
    ['description', 5000],
    ['response', 5000],
  ])('%s: at most %i', (kind, max) => {
    expect(checkText('x'.repeat(max), kind).ok).toBe(true);
    expect(checkText('x'.repeat(max + 1), kind)).toEqual({
      ok: false,
      problem: { code: 'TEXT_TOO_LONG', maxLength: max },
    });
  });

  it('refuses a megabyte at once, without normalising it', () => {
    const huge = 'é'.repeat(1_000_000);
    expect(normalizeText(huge, 'name')).toBe(huge);
    expect(textProblem(huge, 'name')).toEqual({ code: 'TEXT_TOO_LONG', maxLength: 200 });
  });

  it('counts the length after NFC: 200 decomposed letters fit', () => {
    const decomposed = 'e\u0301'.repeat(200);
    expect(checkText(decomposed, 'name')).toEqual({ ok: true, text: 'é'.repeat(200) });
  });
});

describe('normalizeText', () => {
  it('stores NFC', () => {
    expect(normalizeText('Lo\u0308n A\u030Arhus', 'name')).toBe('Lön Århus');
    expect(normalizeText('Lo\u0308n', 'name')).toBe('Lo\u0308n'.normalize('NFC'));
  });

  it('stores CR LF and a lone CR as LF in multi-line text', () => {
    expect(normalizeText('one\r\ntwo\rthree\nfour', 'comment')).toBe('one\ntwo\nthree\nfour');
    expect(checkText('one\r\ntwo', 'description')).toEqual({ ok: true, text: 'one\ntwo' });
  });

  it('leaves CR in single-line text, where it is refused', () => {
    expect(checkText('one\r\ntwo', 'name')).toMatchObject({ ok: false, problem: { character: 'U+000D' } });
  });

  it('removes surrounding white space', () => {
    expect(normalizeText('  Payroll \n', 'name')).toBe('Payroll');
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.constantFrom<TextKind>('name', 'comment'),
        (text, kind) => {
          const once = normalizeText(text, kind);
          expect(normalizeText(once, kind)).toBe(once);
        },
      ),
    );
  });
});
