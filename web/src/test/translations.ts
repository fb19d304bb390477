import { describe, expect, it } from 'vitest';

/** Every key of a text tree with its text: "manager.form.save" → "Save". */
export function flattenTexts(tree: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flattenTexts(value, path)) entries.set(inner, text);
  }
  return entries;
}

/** The set of params a text uses: a translation may use one twice, or once where the English repeats it. */
function placeholderSet(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]))].sort();
}

const wordCount = (text: string) =>
  text
    .replace(/\{\{\w+\}\}/g, '')
    .split(/\s+/)
    .filter(Boolean).length;

/**
 * The checks every translated text file passes, per language: the English keys and no others, none
 * empty, the English placeholders in every text, and sentences translated rather than copied (short
 * texts such as "Status" or "Version {{number}}" may well be the same; texts of `copiedWords` words
 * or more may not).
 */
export function describeTranslations(
  name: string,
  english: unknown,
  translations: Readonly<Record<string, unknown>>,
  { copiedWords = 4 }: { copiedWords?: number } = {},
): void {
  describe.each(Object.entries(translations))(`${name} in %s`, (_language, texts) => {
    const source = flattenTexts(english);
    const translated = flattenTexts(texts);

    it('has every text the English has, and no other, none empty', () => {
      expect([...translated.keys()].sort()).toEqual([...source.keys()].sort());
      for (const [key, text] of translated) expect([key, text.trim() === '']).toEqual([key, false]);
    });

    it('uses the same placeholders as the English in every text', () => {
      for (const [key, text] of source)
        expect([key, placeholderSet(translated.get(key) ?? '')]).toEqual([key, placeholderSet(text)]);
    });

    it('is translated, not copied from the English', () => {
      const same = [...source].filter(
        ([key, text]) => translated.get(key) === text && wordCount(text) >= copiedWords,
      );
      expect(same).toEqual([]);
    });
  });
}
