/** Decimal: exact fixed point on bigint — parsing, formatting, the one rounding rule, comparisons. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorDigits } from './currency.js';
import { Decimal, DecimalFormatError } from './decimal.js';

const d = (text: string) => Decimal.parse(text);

describe('Decimal.parse and toString', () => {
  it.each([
    ['0', '0'],
    ['12', '12'],
    ['0.25', '0.25'],
    ['-3.5', '-3.5'],
    ['1000.00', '1000.00'],
    ['007.50', '7.50'],
    ['-0.001', '-0.001'],
    ['123456789012345678901234567890.123456789', '123456789012345678901234567890.123456789'],
  ])('reads %s and writes %s, keeping its scale', (text, written) => {
    expect(d(text).toString()).toBe(written);
    expect(JSON.stringify({ value: d(text) })).toBe(`{"value":"${written}"}`);
  });

  it.each([
    '',
    ' 1',
    '1 ',
    '+1',
    '1e3',
    '1E-2',
    '1,5',
    '1 000',
    '1_000',
    '.5',
    '5.',
    '--1',
    '0x1F',
    'NaN',
    'Infinity',
    '١',
  ])('refuses %j', (text) => {
    expect(() => d(text)).toThrow(DecimalFormatError);
    expect(Decimal.isPlain(text)).toBe(false);
  });

  it('says which text it refused', () => {
    expect(() => d('1e3')).toThrow('"1e3" is not a plain decimal number');
  });

  it.each([12, null, undefined, {}, 1n])('isPlain refuses the non-string %s', (value) => {
    expect(Decimal.isPlain(value)).toBe(false);
  });

  it('counts fraction digits as written', () => {
    expect([
      Decimal.fractionDigits('1.50'),
      Decimal.fractionDigits('12'),
      Decimal.fractionDigits('0.000001'),
    ]).toEqual([2, 0, 6]);
  });

  it('builds from units and scale, and from whole numbers', () => {
    expect(Decimal.fromUnits(12345n, 2).toString()).toBe('123.45');
    expect(Decimal.fromUnits(-5n, 3).toString()).toBe('-0.005');
    expect(Decimal.of(42).toString()).toBe('42');
    expect(Decimal.of(2n ** 70n).toString()).toBe('1180591620717411303424');
    expect(() => Decimal.of(0.5)).toThrow(RangeError);
    expect(() => Decimal.fromUnits(1n, -1)).toThrow(RangeError);
  });

  it('writes every value so that parsing gives it back, scale and all (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.nat(12), (units, scale) => {
        const text = Decimal.fromUnits(units, scale).toString();
        expect(text).toMatch(scale === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${scale}}$`));
        const parsed = Decimal.parse(text);
        expect([parsed.units, parsed.scale]).toEqual([units, scale]);
      }),
    );
  });
});

describe('roundHalfUp and format', () => {
  it.each([
    ['0.125', 2, '0.13'],
    ['0.124', 2, '0.12'],
    ['0.135', 2, '0.14'],
    ['0.145', 2, '0.15'],
    ['2.5', 0, '3'],
    ['0.5', 0, '1'],
    ['0.49', 0, '0'],
    ['-0.125', 2, '-0.13'],
    ['-2.5', 0, '-3'],
    ['-2.4', 0, '-2'],
    ['1.005', 2, '1.01'],
    ['9.995', 2, '10.00'],
    ['1.5', 2, '1.50'],
    ['7', 2, '7.00'],
    ['99999999999999999999.995', 2, '100000000000000000000.00'],
  ])('rounds %s to %i digits as %s', (text, digits, rounded) => {
    expect(d(text).roundHalfUp(digits).toString()).toBe(rounded);
    expect(d(text).format(digits)).toBe(rounded);
  });

  it('formats with a currency’s minor digits', () => {
    expect(d('1234.5').format(minorDigits('NOK') ?? -1)).toBe('1234.50');
    expect(d('1234.5').format(minorDigits('ISK') ?? -1)).toBe('1235');
    expect(minorDigits('XXX')).toBeUndefined();
  });

  it('rounds a tie away from zero for any value (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (units) => {
        // units + 0.5 in the last kept digit: a tie, which must move away from zero.
        const tie = Decimal.fromUnits(units * 10n + (units < 0n ? -5n : 5n), 1);
        const away = units < 0n ? units - 1n : units + 1n;
        expect(tie.roundHalfUp(0).eq(Decimal.fromUnits(away, 0))).toBe(true);
      }),
    );
  });

  it('keeps the nearest value, a tie away from zero, for any value and digits (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        fc.nat(12),
        fc.nat(12),
        (units, scale, digits) => {
          const rounded = Decimal.fromUnits(units, scale).roundHalfUp(digits);
          // The textbook rule on the magnitude: drop the extra digits, add one when they are ≥ half.
          const extra = 10n ** BigInt(Math.max(0, scale - digits));
          const magnitude = units < 0n ? -units : units;
          const kept = magnitude / extra + ((magnitude % extra) * 2n >= extra && extra > 1n ? 1n : 0n);
          const expected =
            scale <= digits ? units * 10n ** BigInt(digits - scale) : units < 0n ? -kept : kept;
          expect(rounded.scale).toBe(digits);
          expect(rounded.units).toBe(expected);
        },
      ),
    );
  });
});

describe('arithmetic', () => {
  it('adds, subtracts and multiplies exactly across scales', () => {
    expect(d('0.1').plus(d('0.2')).toString()).toBe('0.3');
    expect(d('1.50').plus(d('2')).toString()).toBe('3.50');
    expect(d('2').minus(d('0.25')).toString()).toBe('1.75');
    expect(d('0.25').minus(d('2')).toString()).toBe('-1.75');
    expect(d('1250.00').times(d('0.25')).toString()).toBe('312.5000');
    expect(d('16.00').times(d('4294967296')).toString()).toBe('68719476736.00');
    expect(d('5').divideByPowerOfTen(2).toString()).toBe('0.05');
  });

  it('stays exact with huge values', () => {
    const big = d('123456789012345678901234567890.123456789');
    const square = (123456789012345678901234567890123456789n ** 2n).toString();
    expect(big.times(big).toString()).toBe(`${square.slice(0, -18)}.${square.slice(-18)}`);
    expect(big.plus(d('0.000000001')).minus(big).toString()).toBe('0.000000001');
  });

  it('works with scales beyond 40 digits too', () => {
    const tiny = Decimal.fromUnits(15n, 45);
    expect(tiny.rescale(50).toString()).toBe(`0.${'0'.repeat(43)}1500000`);
    expect(tiny.roundHalfUp(44).toString()).toBe(`0.${'0'.repeat(43)}2`);
    expect(tiny.plus(d('1')).minus(d('1')).eq(tiny)).toBe(true);
    expect(Decimal.fromUnits(10n ** 50n, 50).isInteger()).toBe(true);
  });

  it('adds like bigint on scaled integers (property)', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.bigInt(), fc.nat(8), fc.nat(8), (a, b, sa, sb) => {
        const x = Decimal.fromUnits(a, sa);
        const y = Decimal.fromUnits(b, sb);
        const scale = Math.max(sa, sb);
        const expected = a * 10n ** BigInt(scale - sa) + b * 10n ** BigInt(scale - sb);
        expect(x.plus(y).eq(Decimal.fromUnits(expected, scale))).toBe(true);
        expect(x.plus(y).minus(y).eq(x)).toBe(true);
      }),
    );
  });
});

describe('comparisons and predicates', () => {
  it.each([
    ['1.0', '1', 0],
    ['1.01', '1.1', -1],
    ['-1', '-1.5', 1],
    ['0', '-0.000001', 1],
    ['100', '99.999', 1],
  ])('compares %s with %s as %i', (a, b, order) => {
    expect(d(a).compare(d(b))).toBe(order);
    expect(d(b).compare(d(a))).toBe(order === 0 ? 0 : -order);
    expect(d(a).eq(d(b))).toBe(order === 0);
    expect(d(a).lt(d(b))).toBe(order < 0);
    expect(d(a).lte(d(b))).toBe(order <= 0);
    expect(d(a).gt(d(b))).toBe(order > 0);
    expect(d(a).gte(d(b))).toBe(order >= 0);
  });

  it('picks max and min', () => {
    expect(d('2.5').max(d('3')).toString()).toBe('3');
    expect(d('2.5').min(d('3')).toString()).toBe('2.5');
  });

  it.each([
    ['5', true],
    ['5.0', true],
    ['5.000000', true],
    ['5.5', false],
    ['0.000001', false],
    ['-3.00', true],
    ['0', true],
  ])('isInteger(%s) is %s', (text, whole) => {
    expect(d(text).isInteger()).toBe(whole);
  });

  it('knows zero and negative values', () => {
    expect(d('0.00').isZero()).toBe(true);
    expect(d('-0.01').isNegative()).toBe(true);
    expect(d('0').isNegative()).toBe(false);
  });

  it('normalizes and rescales without changing the value', () => {
    expect(d('1.500').normalize().toString()).toBe('1.5');
    expect(d('2.00').normalize().toString()).toBe('2');
    expect(d('100').normalize().toString()).toBe('100');
    expect(d('1.5').rescale(3).toString()).toBe('1.500');
    expect(d('1.500').rescale(1).toString()).toBe('1.5');
    expect(() => d('1.55').rescale(1)).toThrow(RangeError);
  });
});
