/**
 * DESIGN pricing rules 1–3 across services: selection, service levels, included quantities,
 * discount and surcharge, contract years, and the year and headline totals.
 */
import { describe, expect, it } from 'vitest';
import { catalogue, flat, graduated, lineOf, perUnit, price, tiers, volumes } from './catalogue-builder.js';

describe('selection (rule 1)', () => {
  const doc = catalogue()
    .service('A', [flat('100.00')])
    .service('B', [flat('10.00')])
    .service('C', [flat('1.00')])
    .servicePackage('P', ['B', 'A'], { discountPercent: '10' })
    .build();

  it('lists package items in package order, then extras in the order given', () => {
    const result = price(doc, { servicePackageCode: 'P', serviceCodes: ['C'] });
    expect(result.lines.map((line) => line.serviceCode)).toEqual(['B', 'A', 'C']);
  });

  it('counts a code given twice once', () => {
    const result = price(doc, { serviceCodes: ['C', 'A', 'C', 'A'] });
    expect(result.lines.map((line) => line.serviceCode)).toEqual(['C', 'A']);
  });

  it('counts a package item that is also given as an extra once, as a package item (with the discount)', () => {
    const result = price(doc, { servicePackageCode: 'P', serviceCodes: ['A'] });
    expect(result.lines.map((line) => line.serviceCode)).toEqual(['B', 'A']);
    expect(lineOf(result, 'A')).toMatchObject({ amount: '90.00', discountPercent: '10' });
  });

  it('treats null lists as empty lists: nothing selected is priced at zero and is not valid', () => {
    const result = price(doc, { serviceCodes: null, volumes: null, servicePackageCode: null });
    expect(result.lines).toEqual([]);
    expect(result.totals).toEqual({ monthly: '0.00', firstYear: '0.00', contractTotal: '0.00' });
    expect(result.valid).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'NOTHING_SELECTED', severity: 'ERROR', serviceCode: null }),
    ]);
  });

  it('raises NOTHING_SELECTED only when neither a package nor a service is chosen (rule 4)', () => {
    const codes = (input: Parameters<typeof price>[1]) => price(doc, input).issues.map((issue) => issue.code);
    expect(codes({ serviceCodes: [] })).toEqual(['NOTHING_SELECTED']);
    expect(codes({ serviceCodes: ['A'] })).not.toContain('NOTHING_SELECTED');
    expect(codes({ servicePackageCode: 'P', serviceCodes: [] })).not.toContain('NOTHING_SELECTED');
  });
});

describe('service level (rule 1)', () => {
  const builder = () =>
    catalogue()
      .level('PLUS', 3, '20')
      .level('BASIS', 1, '5')
      .level('STANDARD', 2, '10')
      .service('A', [flat('100.00')])
      .servicePackage('P', ['A'], { serviceLevel: 'STANDARD' })
      .servicePackage('Q', ['A']);

  it.each([
    ['the smallest rank without package or choice', {}, 'BASIS', '105.00'],
    ["the package's level", { servicePackageCode: 'P' }, 'STANDARD', '110.00'],
    ['the smallest rank when the package names none', { servicePackageCode: 'Q' }, 'BASIS', '105.00'],
    [
      "the level asked for over the package's",
      { servicePackageCode: 'P', serviceLevelCode: 'PLUS' },
      'PLUS',
      '120.00',
    ],
    ['the level asked for without a package', { serviceLevelCode: 'STANDARD' }, 'STANDARD', '110.00'],
  ])('is %s', (_case, input, level, amount) => {
    const result = price(builder().build(), { serviceCodes: ['A'], ...input });
    expect(result.serviceLevelCode).toBe(level);
    expect(lineOf(result, 'A').amount).toBe(amount);
  });

  it('is none, with no surcharge, in a version without levels', () => {
    const result = price(
      catalogue()
        .service('A', [flat('100.00')])
        .build(),
      { serviceCodes: ['A'] },
    );
    expect(result.serviceLevelCode).toBeNull();
    expect(lineOf(result, 'A')).toMatchObject({ amount: '100.00', surchargePercent: null });
  });
});

describe('included quantities (rule 2)', () => {
  const doc = catalogue()
    .driver('PAYSLIPS')
    .driver('USERS')
    .service('RUN', [
      perUnit('PAYSLIPS', '1.00', { label: 'per payslip' }),
      graduated('PAYSLIPS', tiers(['10', '2.00'], [null, '1.00']), { label: 'graduated' }),
      flat('50.00', { label: 'flat' }),
    ])
    .service('OTHER', [perUnit('PAYSLIPS', '1.00')])
    .servicePackage('P', [{ service: 'RUN', included: { PAYSLIPS: '10', USERS: '99' } }])
    .build();
  const run = (quantity: string, serviceCodes: string[] = []) =>
    price(doc, { servicePackageCode: 'P', serviceCodes, volumes: volumes({ PAYSLIPS: quantity }) });

  it.each([
    ['25', '15', '15.00', '25.00'],
    ['11', '1', '1.00', '2.00'],
    ['10', '0', '0.00', '0.00'],
    ['4', '0', '0.00', '0.00'],
  ])(
    '%s payslips with 10 included: billable %s in each component',
    (quantity, billable, perUnitAmount, graduatedAmount) => {
      const [perUnitLine, graduatedLine] = run(quantity).lines;
      expect(perUnitLine).toMatchObject({
        quantity,
        billableQuantity: billable,
        includedQuantity: '10',
        amount: perUnitAmount,
      });
      // Tiers are counted on billable from 0, not on the raw quantity.
      expect(graduatedLine).toMatchObject({ billableQuantity: billable, amount: graduatedAmount });
    },
  );

  it('leaves FLAT components alone', () => {
    const flatLine = run('25').lines[2];
    expect(flatLine).toMatchObject({
      model: 'FLAT',
      amount: '50.00',
      includedQuantity: null,
      quantity: null,
    });
  });

  it('applies only to the package item that includes them', () => {
    const other = lineOf(run('25', ['OTHER']), 'OTHER');
    expect(other).toMatchObject({ billableQuantity: '25', includedQuantity: null, amount: '25.00' });
  });

  it('does not apply without the package', () => {
    const result = price(doc, { serviceCodes: ['RUN'], volumes: volumes({ PAYSLIPS: '25' }) });
    expect(result.lines[0]).toMatchObject({ billableQuantity: '25', amount: '25.00' });
  });
});

describe('discount and surcharge (rule 2)', () => {
  const doc = catalogue()
    .level('PLUS', 1, '5')
    .service('ITEM', [
      flat('100.00', { label: 'monthly' }),
      flat('100.00', { label: 'yearly', period: 'YEARLY' }),
      flat('100.00', { label: 'once', period: 'ONE_TIME' }),
    ])
    .service('EXTRA', [
      flat('100.00', { label: 'monthly' }),
      flat('100.00', { label: 'once', period: 'ONE_TIME' }),
    ])
    .servicePackage('P', ['ITEM'], { discountPercent: '10' })
    .build();
  const result = price(doc, { servicePackageCode: 'P', serviceCodes: ['EXTRA'] });

  it.each([
    // 100 × (1 − 10/100) × (1 + 5/100)
    ['ITEM', 'monthly', '94.50', '10', '5'],
    ['ITEM', 'yearly', '94.50', '10', '5'],
    ['ITEM', 'once', '100.00', null, null],
    ['EXTRA', 'monthly', '105.00', null, '5'],
    ['EXTRA', 'once', '100.00', null, null],
  ])('%s %s costs %s (discount %s %, surcharge %s %)', (service, label, amount, discount, surcharge) => {
    const line = result.lines.find((l) => l.serviceCode === service && l.componentLabel === label);
    expect(line).toMatchObject({
      amount,
      discountPercent: discount,
      surchargePercent: surcharge,
      base: '100.00',
    });
  });

  it('applies to the minimum charge, after the minimum', () => {
    const withMinimum = catalogue()
      .driver('UNITS')
      .level('PLUS', 1, '10')
      .service('S', [perUnit('UNITS', '1.00', { minimumCharge: '100.00' })])
      .servicePackage('P', ['S'], { discountPercent: '10' })
      .build();
    const line = price(withMinimum, { servicePackageCode: 'P', volumes: volumes({ UNITS: '5' }) }).lines[0];
    expect(line).toMatchObject({ base: '5.00', minimumApplied: true, amount: '99.00' });
  });

  it('makes a recurring line free at a 100 % discount', () => {
    const free = catalogue()
      .service('S', [flat('100.00')])
      .servicePackage('P', ['S'], { discountPercent: '100' })
      .build();
    expect(price(free, { servicePackageCode: 'P' }).lines[0].amount).toBe('0.00');
  });
});

describe('contract years (rules 2 and 3)', () => {
  const doc = catalogue()
    .service('S', [
      flat('100.00', { label: 'monthly, all years' }),
      flat('1000.00', { label: 'setup', period: 'ONE_TIME' }),
      flat('500.00', { label: 'setup in year 2', period: 'ONE_TIME', fromYear: 2 }),
      flat('10.00', { label: 'monthly, years 1-2', toYear: 2 }),
      flat('7.00', { label: 'yearly, years 2-3', period: 'YEARLY', fromYear: 2, toYear: 3 }),
      flat('1.00', { label: 'monthly, years 1-5', toYear: 5 }),
    ])
    .build();
  const labels = (contractYears?: number) =>
    price(doc, { serviceCodes: ['S'], contractYears }).lines.map((l) => [
      l.componentLabel,
      l.firstYear,
      l.lastYear,
    ]);

  it('defaults to one year and leaves out components that start later', () => {
    expect(labels()).toEqual([
      ['monthly, all years', 1, 1],
      ['setup', 1, 1],
      ['monthly, years 1-2', 1, 1],
      ['monthly, years 1-5', 1, 1],
    ]);
  });

  it('ends recurring lines at min(N, toYear) and puts a one-time line in its first year', () => {
    expect(labels(3)).toEqual([
      ['monthly, all years', 1, 3],
      ['setup', 1, 1],
      ['setup in year 2', 2, 2],
      ['monthly, years 1-2', 1, 2],
      ['yearly, years 2-3', 2, 3],
      ['monthly, years 1-5', 1, 3],
    ]);
  });

  it('sums each year from the lines in it: 12 × monthly, 1 × yearly, one-time in its year', () => {
    const result = price(doc, { serviceCodes: ['S'], contractYears: 3 });
    expect(result.years).toEqual([
      { year: 1, oneTime: '1000.00', recurring: '1332.00', total: '2332.00' },
      { year: 2, oneTime: '500.00', recurring: '1339.00', total: '1839.00' },
      { year: 3, oneTime: '0.00', recurring: '1219.00', total: '1219.00' },
    ]);
    // monthly = MONTHLY lines starting in year 1; firstYear = year 1; contractTotal = Σ years.
    expect(result.totals).toEqual({ monthly: '111.00', firstYear: '2332.00', contractTotal: '5390.00' });
  });

  it('runs to ten years', () => {
    const result = price(doc, { serviceCodes: ['S'], contractYears: 10 });
    expect(result.years).toHaveLength(10);
    expect(result.years[9]).toEqual({ year: 10, oneTime: '0.00', recurring: '1200.00', total: '1200.00' });
    expect(result.contractYears).toBe(10);
  });

  it('leaves monthly at 0 when the only monthly line starts in year 2', () => {
    const later = catalogue()
      .service('S', [flat('10.00', { fromYear: 2 })])
      .build();
    const result = price(later, { serviceCodes: ['S'], contractYears: 2 });
    expect(result.totals).toEqual({ monthly: '0.00', firstYear: '0.00', contractTotal: '120.00' });
  });
});
