/** DESIGN pricing rule 2, "base" and "minimum": each price model at and around its edges. */
import { describe, expect, it } from 'vitest';
import {
  catalogue,
  flat,
  graduated,
  lineOf,
  perUnit,
  price,
  tiers,
  volume,
  volumes,
} from './catalogue-builder.js';

/** Tiers 0–10 at 2.00, 11–20 at 1.50 plus 5.00 once, above 20 at 1.00 plus 7.00 once. */
const TIERS = tiers(['10', '2.00'], ['20', '1.50', '5.00'], [null, '1.00', '7.00']);

const withComponent = (component: ReturnType<typeof flat>) =>
  catalogue().driver('UNITS').driver('HOURS', false).service('S', [component]).build();

const priceUnits = (component: ReturnType<typeof flat>, quantity: string, driver = 'UNITS') =>
  lineOf(
    price(withComponent(component), { serviceCodes: ['S'], volumes: volumes({ [driver]: quantity }) }),
    'S',
  );

describe('FLAT', () => {
  it('charges its amount and has no driver, quantity or tiers', () => {
    const line = lineOf(price(withComponent(flat('1234.50')), { serviceCodes: ['S'] }), 'S');
    expect(line).toMatchObject({
      model: 'FLAT',
      amount: '1234.50',
      base: '1234.50',
      driverCode: null,
      quantity: null,
      billableQuantity: null,
      unitPrice: null,
      tiers: null,
    });
  });

  it('charges a zero amount as a line of 0.00', () => {
    expect(lineOf(price(withComponent(flat('0')), { serviceCodes: ['S'] }), 'S').amount).toBe('0.00');
  });
});

describe('PER_UNIT', () => {
  it.each([
    ['0', '0.00'],
    ['1', '2.50'],
    ['7', '17.50'],
  ])('%s units at 2.50 cost %s', (quantity, amount) => {
    const line = priceUnits(perUnit('UNITS', '2.50'), quantity);
    expect(line.amount).toBe(amount);
    expect(line.unitPrice).toBe('2.50');
    expect(line.tiers).toBeNull();
  });

  it('prices fractional quantities exactly: 0.25 hours at 1250.00 is 312.50', () => {
    expect(priceUnits(perUnit('HOURS', '1250.00'), '0.25', 'HOURS').amount).toBe('312.50');
  });
});

describe('GRADUATED', () => {
  it.each([
    ['0', '0.00', []],
    ['1', '2.00', ['1']],
    ['10', '20.00', ['10']],
    // The first unit of tier 2 brings its flat fee; exactly at upTo it does not.
    ['11', '26.50', ['10', '1']],
    ['20', '40.00', ['10', '10']],
    ['21', '48.00', ['10', '10', '1']],
    ['100', '127.00', ['10', '10', '80']],
  ])('%s units cost %s, in tier slices of %j', (quantity, amount, sliceQuantities) => {
    const line = priceUnits(graduated('UNITS', TIERS), quantity);
    expect(line.amount).toBe(amount);
    expect(line.tiers?.map((slice) => slice.quantity)).toEqual(sliceQuantities);
  });

  it('explains each slice: bound, price, fee, units and exact amount', () => {
    expect(priceUnits(graduated('UNITS', TIERS), '21').tiers).toEqual([
      { upTo: '10', unitPrice: '2.00', flatFee: '0', quantity: '10', amount: '20.00' },
      { upTo: '20', unitPrice: '1.50', flatFee: '5.00', quantity: '10', amount: '20.00' },
      { upTo: null, unitPrice: '1.00', flatFee: '7.00', quantity: '1', amount: '8.00' },
    ]);
  });

  it('adds a first-tier flat fee as soon as there is one unit, and not at 0', () => {
    const component = graduated('UNITS', tiers(['10', '2.00', '3.00'], [null, '1.00']));
    expect(priceUnits(component, '1').amount).toBe('5.00');
    expect(priceUnits(component, '0').amount).toBe('0.00');
  });

  it('splits fractional quantities at the tier bounds', () => {
    const line = priceUnits(graduated('HOURS', TIERS), '20.5', 'HOURS');
    expect(line.amount).toBe('47.50');
    expect(line.tiers?.map((slice) => slice.quantity)).toEqual(['10', '10', '0.5']);
  });

  it('handles fractional bounds: upTo 0.5 holds half a unit', () => {
    const component = graduated('HOURS', tiers(['0.5', '10.00'], [null, '1.00']));
    expect(priceUnits(component, '0.5', 'HOURS').amount).toBe('5.00');
    expect(priceUnits(component, '1.5', 'HOURS').tiers?.map((s) => s.quantity)).toEqual(['0.5', '1']);
  });
});

describe('VOLUME', () => {
  it.each([
    ['0', '0.00', null],
    ['1', '2.00', '2.00'],
    ['10', '20.00', '2.00'],
    // 11 units move all units to tier 2, plus its flat fee once.
    ['11', '21.50', '1.50'],
    ['20', '35.00', '1.50'],
    ['21', '28.00', '1.00'],
  ])('%s units cost %s at unit price %s', (quantity, amount, unitPrice) => {
    const line = priceUnits(volume('UNITS', TIERS), quantity);
    expect(line.amount).toBe(amount);
    expect(line.unitPrice).toBe(unitPrice);
  });

  it('explains the single tier that priced all units', () => {
    expect(priceUnits(volume('UNITS', TIERS), '11').tiers).toEqual([
      { upTo: '20', unitPrice: '1.50', flatFee: '5.00', quantity: '11', amount: '21.50' },
    ]);
  });

  it('charges nothing, not even a flat fee, for 0 units', () => {
    const line = priceUnits(volume('UNITS', tiers(['10', '2.00', '3.00'], [null, '1.00'])), '0');
    expect(line).toMatchObject({ amount: '0.00', base: '0.00', tiers: [] });
  });
});

describe('minimum charge', () => {
  it.each([
    ['0', '30.00', true],
    ['5', '30.00', true],
    ['12', '30.00', true],
    ['15', '32.50', false],
    ['20', '40.00', false],
    ['21', '48.00', false],
  ])('%s units with a minimum of 30.00 cost %s (minimum applied: %s)', (quantity, amount, applied) => {
    const line = priceUnits(graduated('UNITS', TIERS, { minimumCharge: '30.00' }), quantity);
    expect(line.amount).toBe(amount);
    expect(line.minimumApplied).toBe(applied);
    expect(line.minimumCharge).toBe('30.00');
  });

  it('keeps the base before the minimum in the explanation', () => {
    expect(priceUnits(perUnit('UNITS', '1.00', { minimumCharge: '30.00' }), '5').base).toBe('5.00');
  });

  it('does not count as applied when the base equals it', () => {
    const line = priceUnits(perUnit('UNITS', '1.00', { minimumCharge: '30.00' }), '30');
    expect(line).toMatchObject({ amount: '30.00', minimumApplied: false });
  });

  it('raises a FLAT amount too', () => {
    const line = lineOf(
      price(withComponent(flat('10.00', { minimumCharge: '15.00' })), { serviceCodes: ['S'] }),
      'S',
    );
    expect(line.amount).toBe('15.00');
  });
});
