import { describe, expect, it } from 'vitest';
import { parseQuantity, typedQuantity } from './quantity';

describe('quantities as people type them, in every interface language', () => {
  it.each([
    // Plain digits read the same in every language.
    ['en', '600', true, { quantity: '600' }],
    ['da', '600', true, { quantity: '600' }],
    ['fi', '007', true, { quantity: '7' }],
    ['is', '  42 ', true, { quantity: '42' }],
    // en: "," groups, "." marks decimals.
    ['en', '1,200', true, { quantity: '1200' }],
    ['en', '1,234,567.5', false, { quantity: '1234567.5' }],
    ['en', '7.25', false, { quantity: '7.25' }],
    ['en', '5.0', true, { quantity: '5' }],
    ['en', '0.123456', false, { quantity: '0.123456' }],
    ['en', '1.500', false, { quantity: '1.5' }],
    // da and is: "." groups, "," marks decimals.
    ['da', '1.000', true, { quantity: '1000' }],
    ['da', '30.000', true, { quantity: '30000' }],
    ['da', '1.234,5', false, { quantity: '1234.5' }],
    ['da', '7,5', false, { quantity: '7.5' }],
    ['is', '1.234.567', true, { quantity: '1234567' }],
    ['is', '12,25', false, { quantity: '12.25' }],
    // nb, sv, fi: space, no-break space or narrow no-break space group, "," marks decimals.
    ['nb', '1 200', true, { quantity: '1200' }],
    ['sv', '1\u00a0200', true, { quantity: '1200' }],
    ['fi', '1\u202f234\u202f567', true, { quantity: '1234567' }],
    ['fi', '1 234,50', false, { quantity: '1234.5' }],
    ['sv', '7,5', false, { quantity: '7.5' }],
    ['', '', true, null],
    ['da', '   ', true, null],
  ])('%s: %j (whole units: %s) → %j', (language, text, integer, expected) => {
    expect(parseQuantity(text, integer, language)).toEqual(expected);
  });

  it.each([
    ['en', '-5', true, 'negative'],
    ['da', '−5', true, 'negative'],
    ['en', '12a', true, 'notNumber'],
    ['en', '1e3', true, 'notNumber'],
    ['en', '+5', true, 'notNumber'],
    ['en', 'abc', true, 'notNumber'],
    ['en', '1.2.3', false, 'grouping'],
    ['en', '7.5', true, 'notWhole'],
    ['en', '1.000', true, 'ambiguous'],
    ['en', '12,50', true, 'grouping'],
    ['en', '1 000', true, 'grouping'],
    ['en', '1,000,00', true, 'grouping'],
    ['da', '12.5', false, 'grouping'],
    ['da', '1,000', true, 'ambiguous'],
    ['da', '1 000', true, 'grouping'],
    ['da', '7,5', true, 'notWhole'],
    ['is', '1,2,3', false, 'grouping'],
    ['nb', '7.5', false, 'decimalPoint'],
    ['sv', '1.000', true, 'decimalPoint'],
    ['fi', '1.234,5', false, 'decimalPoint'],
    ['fi', '12 34', true, 'grouping'],
    ['sv', '1,000', true, 'ambiguous'],
    ['en', '0.1234567', false, 'tooManyDecimals'],
    ['fi', '0,1234567', false, 'tooManyDecimals'],
    ['en', '99,999,999,999,999,999,999', true, 'tooManyDigits'],
    ['da', '1.000.000.000.000', true, 'tooManyDigits'],
  ])('%s: %j (whole units: %s) is refused as %s', (language, text, integer, problem) => {
    expect(parseQuantity(text, integer, language)).toEqual({ problem });
  });

  it('reads an unknown language as English', () => {
    expect(parseQuantity('1,200.5', false, 'de')).toEqual({ quantity: '1200.5' });
  });
});

describe('plain decimals written for typing', () => {
  it.each([
    ['en', '7.5', '7.5'],
    ['da', '7.5', '7,5'],
    ['is', '1000', '1000'],
    ['nb', '12.25', '12,25'],
    ['sv', '0.5', '0,5'],
    ['fi', '1234.5', '1234,5'],
  ])('%s: %s → %s, which reads back unchanged', (language, quantity, typed) => {
    expect(typedQuantity(quantity, language)).toBe(typed);
    expect(parseQuantity(typed, false, language)).toEqual({ quantity });
  });
});
