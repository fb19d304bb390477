/**
 * DESIGN pricing rule 2, "line amount": exact decimal arithmetic, one rounding half up (away from
 * zero) to the currency's minor unit at the line, and totals summed from rounded lines.
 */
import { describe, expect, it } from 'vitest';
import { catalogue, flat, lineOf, perUnit, price, volumes } from './catalogue-builder.js';

const onePerUnit = (currency: string, unitPrice: string, quantity: string, surchargePercent?: string) => {
  const builder = catalogue(currency)
    .driver('UNITS', false)
    .service('S', [perUnit('UNITS', unitPrice)]);
  if (surchargePercent !== undefined) builder.level('L', 1, surchargePercent);
  return price(builder.build(), { serviceCodes: ['S'], volumes: volumes({ UNITS: quantity }) });
};

describe('rounding half up at the line amount', () => {
  it.each([
    ['0.125', '1', '0.13'],
    ['0.124', '1', '0.12'],
    ['0.135', '1', '0.14'], // not to even
    ['0.005', '1', '0.01'],
    ['0.0049', '1', '0.00'],
    ['0.333333', '3', '1.00'],
    ['1.005', '1', '1.01'],
  ])('%s × %s is %s in DKK', (unitPrice, quantity, amount) => {
    expect(lineOf(onePerUnit('DKK', unitPrice, quantity), 'S').amount).toBe(amount);
  });

  it('rounds the surcharged amount once: 0.03 × 1.5 = 0.045 → 0.05', () => {
    const line = lineOf(onePerUnit('DKK', '0.03', '1', '50'), 'S');
    expect(line).toMatchObject({ base: '0.03', amount: '0.05' });
  });

  it('keeps the unrounded base exact in the explanation', () => {
    expect(lineOf(onePerUnit('DKK', '0.125', '1'), 'S').base).toBe('0.125');
  });

  it('sums totals from rounded lines, not from exact amounts', () => {
    // Two lines of 0.005 each round to 0.01: the total is 0.02, not round(0.010) = 0.01.
    const doc = catalogue()
      .service('S', [flat('0.005', { period: 'ONE_TIME' }), flat('0.005', { period: 'ONE_TIME' })])
      .build();
    expect(price(doc, { serviceCodes: ['S'] }).totals.firstYear).toBe('0.02');
  });

  it('multiplies the rounded monthly amount by 12: 0.125 → 0.13 → 1.56 a year', () => {
    const result = onePerUnit('DKK', '0.125', '1');
    expect(result.years[0].recurring).toBe('1.56');
  });
});

describe('ISK: no minor unit', () => {
  it.each([
    ['0.5', '1', '1'],
    ['0.49', '1', '0'],
    ['0.5', '3', '2'],
    ['1000', '1', '1000'],
  ])('%s × %s is %s', (unitPrice, quantity, amount) => {
    expect(lineOf(onePerUnit('ISK', unitPrice, quantity), 'S').amount).toBe(amount);
  });

  it('writes every amount without a decimal point', () => {
    const result = onePerUnit('ISK', '1000', '1', '8');
    expect(result.currency).toBe('ISK');
    expect(lineOf(result, 'S').amount).toBe('1080');
    expect(result.years).toEqual([{ year: 1, oneTime: '0', recurring: '12960', total: '12960' }]);
    expect(result.totals).toEqual({ monthly: '1080', firstYear: '12960', contractTotal: '12960' });
  });

  it('shows an exact base with its own decimals', () => {
    expect(lineOf(onePerUnit('ISK', '0.5', '3'), 'S').base).toBe('1.5');
  });
});

describe('exact at any size', () => {
  it('prices 4294967296 invoices at 16.00 exactly', () => {
    const result = onePerUnit('NOK', '16.00', '4294967296');
    expect(lineOf(result, 'S').amount).toBe('68719476736.00');
    expect(result.totals.contractTotal).toBe('824633720832.00');
  });

  it('multiplies huge quantities and prices digit for digit', () => {
    const quantity = '999999999999999999.999999';
    const result = onePerUnit('EUR', '999999.99', quantity);
    // (10^18 − 10^-6) × (10^6 − 10^-2), written out exactly and rounded half up.
    const exact = (10n ** 24n - 1n) * (10n ** 8n - 1n); // × 10^-8
    const cents = (exact + 5n * 10n ** 5n) / 10n ** 6n;
    const text = cents.toString();
    expect(lineOf(result, 'S').amount).toBe(`${text.slice(0, -2)}.${text.slice(-2)}`);
  });

  it('prices fractional hours: 0.25 h and 7.5 h at 1250.00', () => {
    expect(lineOf(onePerUnit('NOK', '1250.00', '0.25'), 'S').amount).toBe('312.50');
    expect(lineOf(onePerUnit('NOK', '1250.00', '7.5'), 'S').amount).toBe('9375.00');
  });

  it('takes six decimals of a quantity into account', () => {
    expect(lineOf(onePerUnit('NOK', '1000000', '0.000001'), 'S').amount).toBe('1.00');
  });
});
