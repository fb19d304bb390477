import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_ERROR_CODES,
  DOCUMENT_ERROR_PHRASES,
  ENGLISH_DOCUMENT_ERRORS,
} from '@servicekatalog/shared';
import { describeTranslations, flattenTexts } from '../../../test/translations';
import da from './lazy/da.json';
import en from './lazy/en.json';
import fi from './lazy/fi.json';
import is from './lazy/is.json';
import nb from './lazy/nb.json';
import sv from './lazy/sv.json';

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

describe('the document-error keys', () => {
  it('word every code, every suggestion and every phrase word, and nothing else', () => {
    expect([...flattenTexts(en).keys()].sort()).toEqual(REQUIRED_KEYS);
  });
});

// Some phrase words are the same in every language ("null"); sentences of three words or more are not.
describeTranslations('the document-error texts', en, { da, nb, sv, fi, is }, { copiedWords: 3 });
