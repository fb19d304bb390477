import { describe, expect, it } from 'vitest';
import { parseAcceptLanguage } from './accept-language.js';
import { pickText } from './localized-text.js';

describe('parseAcceptLanguage', () => {
  it.each([
    ['nb-NO,nb;q=0.9,en;q=0.5', ['nb-NO', 'nb', 'en']],
    ['en;q=0.2, da;q=0.8, sv', ['sv', 'da', 'en']],
    ['da, en;q=0', ['da']],
    ['fi;q=0.5, is;q=0.5', ['fi', 'is']],
    ['', []],
    [undefined, []],
    ['*;q=0.1, de', ['de', '*']],
    ['garbage value;;, sv;q=abc, nn', ['nn']],
  ])('%s → %j', (header, expected) => {
    expect(parseAcceptLanguage(header)).toEqual(expected);
  });
});

describe('pickText', () => {
  const text = { da: 'Løn', en: 'Payroll', nb: 'Lønn' };

  it('takes the first wanted language it has', () => {
    expect(pickText(text, ['sv', 'nb', 'da'])).toBe('Lønn');
  });
  it('matches a regional tag to its base language and back', () => {
    expect(pickText(text, ['da-DK'])).toBe('Løn');
    expect(pickText({ 'en-GB': 'Colour', de: 'Farbe' }, ['en'])).toBe('Colour');
  });
  it('treats Norwegian no/nb/nn as related', () => {
    expect(pickText(text, ['no'])).toBe('Lønn');
    expect(pickText({ en: 'Payroll', no: 'Lønn' }, ['nb-NO'])).toBe('Lønn');
  });
  it('falls back to English, then to any text', () => {
    expect(pickText(text, ['fi'])).toBe('Payroll');
    expect(pickText({ sv: 'Lön' }, ['fi', '*'])).toBe('Lön');
    expect(pickText({}, [])).toBe('');
  });
});
