import { describe, expect, it } from 'vitest';
import da from './lazy/da.json';
import en from './lazy/en.json';
import nb from './lazy/nb.json';
import sv from './lazy/sv.json';

/** Every key of a text tree with its text: "manager.form.save" → "Save". */
function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe.each([
  ['da', da],
  ['nb', nb],
  ['sv', sv],
])('the manager area in %s', (_, texts) => {
  const english = flatten(en);
  const translated = flatten(texts);

  it('has every text the English has, and no other', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('uses the same placeholders as the English in every text', () => {
    for (const [key, text] of english)
      expect([key, variables(translated.get(key) ?? '')]).toEqual([key, variables(text)]);
  });

  it('is translated, not copied from the English', () => {
    // Short texts may well be the same ("Version {{number}}", "Status"); sentences may not.
    const words = (text: string) =>
      text
        .replace(/\{\{\w+\}\}/g, '')
        .split(/\s+/)
        .filter(Boolean).length;
    const same = [...english].filter(([key, text]) => translated.get(key) === text && words(text) >= 4);
    expect(same).toEqual([]);
  });
});
