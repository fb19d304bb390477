import { describe, expect, it } from 'vitest';
import daLink from './da.json';
import enLink from './en.json';
import nbLink from './nb.json';
import svLink from './sv.json';
import da from './lazy/da.json';
import en from './lazy/en.json';
import nb from './lazy/nb.json';
import sv from './lazy/sv.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(leaves);
}

describe('benchmark texts', () => {
  it.each([
    ['da', da, daLink],
    ['nb', nb, nbLink],
    ['sv', sv, svLink],
  ])('%s has exactly the English keys, none empty', (_language, texts, link) => {
    expect(keys(texts).sort()).toEqual(keys(en).sort());
    expect(keys(link)).toEqual(keys(enLink));
    for (const text of [...leaves(texts), ...leaves(link)]) expect(text.trim()).not.toBe('');
  });
});
