import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_ERROR_CODES,
  DOCUMENT_ERROR_PHRASES,
  ENGLISH_DOCUMENT_ERRORS,
  placeholdersOf,
} from '@servicekatalog/shared';
import da from './lazy/da.json';
import en from './lazy/en.json';
import nb from './lazy/nb.json';
import sv from './lazy/sv.json';

/** Every key of a text tree with its text: "documentErrors.codes.TIER_ORDER" → "…". */
function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

// The set of params a text uses: a translation may use one twice, or once where the English repeats it.
const sorted = (text: string) => [...new Set(placeholdersOf(text))].sort();

/** The keys every language must have: each code, each suggestion sentence, each phrase word. */
const REQUIRED_KEYS = [
  ...DOCUMENT_ERROR_CODES.map((code) => `documentErrors.codes.${code}`),
  ...Object.keys(ENGLISH_DOCUMENT_ERRORS.withSuggestion).map(
    (code) => `documentErrors.withSuggestion.${code}`,
  ),
  ...Object.entries(DOCUMENT_ERROR_PHRASES).flatMap(([name, words]) =>
    words.map((word) => `documentErrors.phrases.${name}.${word}`),
  ),
].sort();

describe('the English document-error texts', () => {
  it("are the API's English texts, so an English page reads what the API says", () => {
    expect(en).toEqual({ documentErrors: ENGLISH_DOCUMENT_ERRORS });
  });
});

describe.each([
  ['da', da],
  ['nb', nb],
  ['sv', sv],
])('the document-error texts in %s', (_, texts) => {
  const english = flatten(en);
  const translated = flatten(texts);

  it('word every code, every suggestion and every phrase word, and nothing else', () => {
    expect([...translated.keys()].sort()).toEqual(REQUIRED_KEYS);
  });

  it('use the same placeholders as the English in every text', () => {
    for (const [key, text] of english)
      expect([key, sorted(translated.get(key) ?? '')]).toEqual([key, sorted(text)]);
  });

  it('are translated, not copied from the English', () => {
    // Some phrase words are the same in every language ("null", "true or false" is not); sentences are not.
    const words = (text: string) =>
      text
        .replace(/\{\{\w+\}\}/g, '')
        .split(/\s+/)
        .filter(Boolean).length;
    const same = [...english].filter(([key, text]) => translated.get(key) === text && words(text) >= 3);
    expect(same).toEqual([]);
  });
});
