import { describe, expect, it } from 'vitest';
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

describe('proposal texts', () => {
  it.each([
    ['da', da],
    ['nb', nb],
    ['sv', sv],
  ])('%s has exactly the English keys, none empty', (_language, texts) => {
    expect(keys(texts).sort()).toEqual(keys(en).sort());
    for (const text of leaves(texts)) expect(text.trim()).not.toBe('');
  });
});
