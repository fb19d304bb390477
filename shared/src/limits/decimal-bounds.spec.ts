import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DECIMAL_BOUNDS,
  DISCOUNT_PERCENT_BOUNDS,
  SURCHARGE_PERCENT_BOUNDS,
  decimalSizeProblem,
  decimalTextProblem,
  describeDecimalProblem,
  isBoundedDecimal,
  maxDecimalTextLength,
} from './decimal-bounds.js';

describe('decimalTextProblem: 12 digits before the point and 6 after, as written', () => {
  it.each([
    '0',
    '5',
    '38.00',
    '0.000001',
    '999999999999',
    '999999999999.999999',
    '000000000001.100000',
    '1.500000',
  ])('accepts %j', (text) => {
    expect(decimalTextProblem(text)).toBeNull();
  });

  it.each<[string, ReturnType<typeof decimalTextProblem>]>([
    ['1234567890123', { code: 'TOO_MANY_WHOLE_DIGITS', max: 12 }],
    ['0000000000001', { code: 'TOO_MANY_WHOLE_DIGITS', max: 12 }],
    ['1234567890123.5', { code: 'TOO_MANY_WHOLE_DIGITS', max: 12 }],
    ['1.1234567', { code: 'TOO_MANY_DECIMALS', max: 6 }],
    // trailing zeros count: the bound is on the text, not the value
    ['1.5000000', { code: 'TOO_MANY_DECIMALS', max: 6 }],
    ['9'.repeat(300_000), { code: 'TOO_MANY_WHOLE_DIGITS', max: 12 }],
    [`1.${'0'.repeat(39)}1`, { code: 'TOO_MANY_DECIMALS', max: 6 }],
    ['-5', { code: 'NEGATIVE' }],
    ['1e3', { code: 'NOT_A_DECIMAL' }],
    ['1,5', { code: 'NOT_A_DECIMAL' }],
    [' 5', { code: 'NOT_A_DECIMAL' }],
    ['+5', { code: 'NOT_A_DECIMAL' }],
    ['', { code: 'NOT_A_DECIMAL' }],
  ])('refuses %j', (text, problem) => {
    expect(decimalTextProblem(text)).toEqual(problem);
  });

  it('refuses what is not a string', () => {
    expect(decimalTextProblem(5)).toEqual({ code: 'NOT_A_DECIMAL' });
    expect(decimalTextProblem(null)).toEqual({ code: 'NOT_A_DECIMAL' });
  });

  it('allows a sign only when asked', () => {
    expect(decimalTextProblem('-999999999999.999999', { ...DECIMAL_BOUNDS, signed: true })).toBeNull();
    expect(decimalTextProblem('-1234567890123', { ...DECIMAL_BOUNDS, signed: true })).toEqual({
      code: 'TOO_MANY_WHOLE_DIGITS',
      max: 12,
    });
  });

  it('refuses text longer than any bounded decimal without reading it', () => {
    expect(maxDecimalTextLength(DECIMAL_BOUNDS)).toBe(20);
    // Not even a decimal: too long is found before the form is looked at.
    expect(decimalTextProblem('x'.repeat(21))).toEqual({ code: 'TOO_MANY_WHOLE_DIGITS', max: 12 });
  });

  it('accepts every decimal within the bounds (property)', () => {
    const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
    fc.assert(
      fc.property(digits(1, 12), fc.option(digits(1, 6)), (whole, fraction) => {
        const text = fraction === null ? whole : `${whole}.${fraction}`;
        expect(isBoundedDecimal(text)).toBe(true);
      }),
    );
  });

  it('refuses every decimal with one digit too many on either side (property)', () => {
    const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
    fc.assert(
      fc.property(digits(13, 40), digits(0, 6), (whole, fraction) => {
        const text = fraction === '' ? whole : `${whole}.${fraction}`;
        expect(decimalTextProblem(text)?.code).toBe('TOO_MANY_WHOLE_DIGITS');
      }),
    );
    fc.assert(
      fc.property(digits(1, 12), digits(7, 40), (whole, fraction) => {
        expect(decimalTextProblem(`${whole}.${fraction}`)?.code).toBe('TOO_MANY_DECIMALS');
      }),
    );
  });
});

describe('percentages', () => {
  it.each<[string, unknown]>([
    ['0', null],
    ['100', null],
    ['12.5', null],
    ['99.9999', null],
    ['100.0000', null],
    ['100.0001', { code: 'ABOVE_MAXIMUM', max: '100' }],
    ['101', { code: 'ABOVE_MAXIMUM', max: '100' }],
    ['5.12345', { code: 'TOO_MANY_DECIMALS', max: 4 }],
    ['-1', { code: 'NEGATIVE' }],
  ])('discountPercent %j', (text, problem) => {
    expect(decimalTextProblem(text, DISCOUNT_PERCENT_BOUNDS)).toEqual(problem);
  });

  it.each<[string, unknown]>([
    ['1000', null],
    ['250.25', null],
    ['1000.0001', { code: 'ABOVE_MAXIMUM', max: '1000' }],
    ['8.00001', { code: 'TOO_MANY_DECIMALS', max: 4 }],
  ])('surchargePercent %j', (text, problem) => {
    expect(decimalTextProblem(text, SURCHARGE_PERCENT_BOUNDS)).toEqual(problem);
  });
});

describe('describeDecimalProblem', () => {
  it('names the rule that was broken', () => {
    expect(describeDecimalProblem({ code: 'TOO_MANY_WHOLE_DIGITS', max: 12 })).toBe(
      'must have at most 12 digits before the decimal point',
    );
    expect(describeDecimalProblem({ code: 'TOO_MANY_DECIMALS', max: 6 })).toContain('at most 6 digits after');
    expect(describeDecimalProblem({ code: 'ABOVE_MAXIMUM', max: '100' })).toBe('must be at most 100');
  });
});

describe('decimalSizeProblem: what a boundary refuses before any field rule', () => {
  it.each<[unknown, string | null]>([
    ['1.1234567', null],
    ['-5', null],
    ['999999999999.999999', null],
    ['1234567890123', 'TOO_MANY_WHOLE_DIGITS'],
    ['9'.repeat(300_000), 'TOO_MANY_WHOLE_DIGITS'],
    [`1.${'0'.repeat(39)}1`, 'TOO_MANY_DECIMALS'],
    ['1e3', 'NOT_A_DECIMAL'],
    [5, 'NOT_A_DECIMAL'],
  ])('%j', (text, code) => {
    expect(decimalSizeProblem(text)?.code ?? null).toBe(code);
  });
});
