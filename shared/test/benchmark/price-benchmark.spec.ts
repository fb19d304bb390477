import { describe, expect, it } from 'vitest';
import {
  benchmarkCentre,
  chooseRate,
  convertAmount,
  convertOffer,
  divideHalfUp,
  exchangeRateProblem,
  profileProblems,
  STANDARD_PROFILES,
  type CentreOffered,
  type ExchangeRateFact,
  type StandardProfile,
} from '../../src/benchmark/index.js';
import type { CatalogueDocument } from '../../src/catalogue/document.js';
import { validateCatalogueDocument } from '../../src/catalogue/validate-catalogue.js';
import { Decimal } from '../../src/money/decimal.js';
import { compileCatalogue } from '../../src/pricing/compile.js';
import { priceConfiguration } from '../../src/pricing/engine.js';

const en = (text: string) => ({ en: text });

/** A small centre: a payroll package (base fee + payslips), an accounting package needing an unmapped driver. */
function centre(
  currency: string,
  payslipPrice: string,
  extra: Partial<CatalogueDocument> = {},
): CatalogueDocument {
  return {
    provider: { code: 'TEST-' + currency, name: 'Test', country: 'NO', currency, locale: 'nb' },
    categories: [{ code: 'PAY', name: en('Payroll') }],
    drivers: [
      {
        code: 'PAYSLIPS',
        name: en('Payslips'),
        unit: en('payslips'),
        integer: true,
        standardMeasure: 'PAYSLIP',
      },
      {
        code: 'REFUNDS',
        name: en('Refunds'),
        unit: en('claims'),
        integer: true,
        standardMeasure: 'REFUND_CLAIM',
      },
      { code: 'VOUCHERS', name: en('Vouchers'), unit: en('vouchers'), integer: true },
    ],
    serviceLevels: [{ code: 'STD', name: en('Standard'), rank: 1, surchargePercent: '10' }],
    services: [
      {
        code: 'PAYROLL',
        category: 'PAY',
        kind: 'CORE',
        name: en('Payroll'),
        priceComponents: [
          { label: en('Base'), model: 'FLAT', period: 'MONTHLY', amount: '1000' },
          {
            label: en('Payslip'),
            model: 'PER_UNIT',
            period: 'MONTHLY',
            driver: 'PAYSLIPS',
            unitPrice: payslipPrice,
          },
          { label: en('Refund'), model: 'PER_UNIT', period: 'MONTHLY', driver: 'REFUNDS', unitPrice: '90' },
          { label: en('Start'), model: 'FLAT', period: 'ONE_TIME', amount: '5000' },
        ],
      },
      {
        code: 'LEDGER',
        category: 'PAY',
        kind: 'CORE',
        name: en('Ledger'),
        priceComponents: [
          { label: en('Voucher'), model: 'PER_UNIT', period: 'MONTHLY', driver: 'VOUCHERS', unitPrice: '2' },
        ],
        limits: [],
      },
    ],
    servicePackages: [
      {
        code: 'PAY-PKG',
        name: en('Payroll'),
        serviceLevel: 'STD',
        discountPercent: '5',
        items: [{ service: 'PAYROLL' }],
      },
      { code: 'ACC-PKG', name: en('Accounting'), items: [{ service: 'LEDGER' }] },
    ],
    benchmarkPackages: { PAYROLL: 'PAY-PKG', ACCOUNTING: 'ACC-PKG' },
    ...extra,
  };
}

const payroll = (payslips: string, refunds = '4'): StandardProfile => ({
  kind: 'PAYROLL',
  volumes: [
    { measure: 'PAYSLIP', quantity: payslips },
    { measure: 'REFUND_CLAIM', quantity: refunds },
  ],
});

describe('benchmarkCentre', () => {
  it('equals the engine: year 1 of the package at its own level, one contract year', () => {
    const doc = centre('NOK', '28.50');
    const catalogue = compileCatalogue(doc, 3);
    const result = benchmarkCentre(catalogue, payroll('110'));
    const engine = priceConfiguration(catalogue, {
      providerCode: 'TEST-NOK',
      servicePackageCode: 'PAY-PKG',
      volumes: [
        { driverCode: 'PAYSLIPS', quantity: '110' },
        { driverCode: 'REFUNDS', quantity: '4' },
      ],
      contractYears: 1,
    });
    // lines × 0.95 (package) × 1.10 (level), each rounded: 1045.00 + 3276.08 + 376.20 a month, × 12, + 5000 once
    expect(result).toEqual({
      providerCode: 'TEST-NOK',
      catalogueVersion: 3,
      currency: 'NOK',
      offered: true,
      servicePackageCode: 'PAY-PKG',
      serviceLevelCode: 'STD',
      total: engine.totals.firstYear,
      pricePerPayslip: divideHalfUp(Decimal.parse(engine.totals.firstYear), Decimal.of(1320), 2).toString(),
    });
    expect(engine.totals.firstYear).toBe('61367.36');
    expect((result as CentreOffered).pricePerPayslip).toBe('46.49');
  });

  it.each([
    [
      'no package for the kind',
      { benchmarkPackages: { PAYROLL: 'PAY-PKG' } },
      'ACCOUNTING',
      'NO_PACKAGE',
      [],
    ],
    ['no benchmarkPackages at all', { benchmarkPackages: null }, 'PAYROLL', 'NO_PACKAGE', []],
    ['a needed driver without a standard measure', {}, 'ACCOUNTING', 'MISSING_VOLUMES', ['VOUCHERS']],
  ] as const)('is not offered, never zero: %s', (_, extra, kind, reason, missing) => {
    const catalogue = compileCatalogue(centre('NOK', '28.50', extra as Partial<CatalogueDocument>), 1);
    const result = benchmarkCentre(catalogue, { kind, volumes: [{ measure: 'PAYSLIP', quantity: '10' }] });
    expect(result).toMatchObject({ offered: false, reason, missingDrivers: missing });
    expect(result).not.toHaveProperty('total');
  });

  it('is not offered when the profile lacks a measure the package needs, naming the driver', () => {
    const catalogue = compileCatalogue(centre('NOK', '28.50'), 1);
    const result = benchmarkCentre(catalogue, {
      kind: 'PAYROLL',
      volumes: [{ measure: 'PAYSLIP', quantity: '10' }],
    });
    expect(result).toMatchObject({ offered: false, reason: 'MISSING_VOLUMES', missingDrivers: ['REFUNDS'] });
  });

  it('is not offered when the volumes break a limit of the package', () => {
    const doc = centre('NOK', '28.50');
    doc.services[0].limits = [{ driver: 'PAYSLIPS', max: '100' }];
    const result = benchmarkCentre(compileCatalogue(doc, 1), payroll('110'));
    expect(result).toMatchObject({
      offered: false,
      reason: 'INVALID_CONFIGURATION',
      issueCodes: ['VOLUME_OUT_OF_RANGE'],
    });
  });

  it('has no price per payslip without payslips', () => {
    const result = benchmarkCentre(compileCatalogue(centre('NOK', '28.50'), 1), payroll('0'));
    expect(result).toMatchObject({ offered: true, pricePerPayslip: null });
  });

  it('rounds ISK to whole krónur', () => {
    const result = benchmarkCentre(compileCatalogue(centre('ISK', '1250'), 1), payroll('7'));
    expect(result).toMatchObject({ offered: true, currency: 'ISK' });
    const { total, pricePerPayslip } = result as CentreOffered;
    expect(total).toMatch(/^\d+$/);
    expect(pricePerPayslip).toBe(divideHalfUp(Decimal.parse(total), Decimal.of(84), 0).toString());
  });
});

describe('divideHalfUp', () => {
  it.each([
    ['10', '4', 2, '2.50'],
    ['10', '3', 2, '3.33'],
    ['20', '3', 2, '6.67'],
    ['1', '8', 2, '0.13'],
    ['0.125', '1', 2, '0.13'],
    ['-0.125', '1', 2, '-0.13'],
    ['5', '2', 0, '3'],
    ['61367.36', '1320', 2, '46.49'],
    ['123456789012.123456', '0.000001', 0, '123456789012123456'],
  ])('%s ÷ %s to %i digits = %s', (a, b, digits, expected) => {
    expect(divideHalfUp(Decimal.parse(a), Decimal.parse(b), digits).toString()).toBe(expected);
  });

  it('refuses zero', () => {
    expect(() => divideHalfUp(Decimal.ONE, Decimal.ZERO, 2)).toThrow(RangeError);
  });
});

describe('chooseRate', () => {
  const rates: ExchangeRateFact[] = [
    { id: 'a', date: '2026-01-01', from: 'NOK', to: 'EUR', rate: '0.085', source: 'Demo' },
    { id: 'b', date: '2026-06-01', from: 'NOK', to: 'EUR', rate: '0.0862', source: 'Demo' },
    { id: 'c', date: '2026-12-01', from: 'NOK', to: 'EUR', rate: '0.09', source: 'Demo' },
    { id: 'd', date: '2026-01-01', from: 'EUR', to: 'SEK', rate: '11.2', source: 'Demo' },
  ];
  it.each([
    ['the latest on or before the date', 'NOK', 'EUR', '2026-11-30', 'b'],
    ['a rate dated that very day', 'NOK', 'EUR', '2026-06-01', 'b'],
    ['the newest when all are earlier', 'NOK', 'EUR', '2027-03-01', 'c'],
  ])('takes %s', (_, from, to, at, id) => {
    expect(chooseRate(rates, from, to, at)?.id).toBe(id);
  });
  it.each([
    ['before the first rate', 'NOK', 'EUR', '2025-12-31'],
    ['the inverse direction only', 'EUR', 'NOK', '2026-12-31'],
    ['a cross rate only (NOK→EUR→SEK)', 'NOK', 'SEK', '2026-12-31'],
  ])('is missing %s — never guessed', (_, from, to, at) => {
    expect(chooseRate(rates, from, to, at)).toBeUndefined();
  });
  it('is 1 for a currency into itself, with no date or source', () => {
    expect(chooseRate([], 'ISK', 'ISK', '2026-01-01')).toEqual({
      id: null,
      date: null,
      from: 'ISK',
      to: 'ISK',
      rate: '1',
      source: null,
    });
  });
});

describe('convertOffer', () => {
  const offer = (currency: string, total: string): CentreOffered => ({
    providerCode: 'X',
    catalogueVersion: 1,
    currency,
    offered: true,
    servicePackageCode: 'P',
    serviceLevelCode: null,
    total,
    pricePerPayslip: null,
  });
  const rate = (from: string, to: string, value: string) => ({
    id: 'r',
    date: '2026-01-01',
    from,
    to,
    rate: value,
    source: 'Demo',
  });
  it.each([
    // total × rate, rounded once at the end, half up, to the target's minor unit
    ['NOK', '61367.36', 'EUR', '0.0862123456', '5290.62', '4.01'],
    ['NOK', '100.00', 'EUR', '0.12345', '12.35', '0.01'],
    ['EUR', '1000.00', 'ISK', '145.5', '145500', '110'],
    ['ISK', '131774', 'EUR', '0.0068965517', '908.79', '0.69'],
    ['DKK', '0.01', 'SEK', '0.5', '0.01', '0.00'],
  ])('%s %s at %s %s = %s', (from, total, to, value, expected, perPayslip) => {
    const converted = convertOffer(offer(from, total), rate(from, to, value), payroll('110'));
    expect(converted).toMatchObject({ currency: to, total: expected, pricePerPayslip: perPayslip });
    expect(converted.rate).toMatchObject({ rate: value, date: '2026-01-01', source: 'Demo' });
  });
  it('rounds only at the end: the sum of rounded parts may differ, the product never does', () => {
    // 3 × 0.005 = 0.015 → 0.02 once; rounding 0.005 per part first would give 0.03.
    expect(convertOffer(offer('NOK', '3.00'), rate('NOK', 'EUR', '0.005'), payroll('1')).total).toBe('0.02');
  });
});

describe('convertAmount', () => {
  const rate = (from: string, to: string, value: string) => ({
    id: 'r',
    date: '2026-01-01',
    from,
    to,
    rate: value,
    source: 'Demo',
  });
  it.each([
    // amount × rate, exact, rounded half up once to the target's minor unit, written with its digits
    ['NOK', '61367.36', 'EUR', '0.0862123456', '5290.62'],
    ['DKK', '11799.00', 'EUR', '0.134', '1581.07'],
    ['EUR', '1000.00', 'ISK', '145.5', '145500'],
    ['ISK', '131774', 'EUR', '0.0068965517', '908.79'],
    ['NOK', '2.00', 'EUR', '0.5', '1.00'],
    ['NOK', '0.01', 'EUR', '0.5', '0.01'],
    ['NOK', '0.01', 'EUR', '0.4999999999', '0.00'],
  ])('%s %s at %s %s = %s', (from, amount, to, value, expected) => {
    expect(convertAmount(amount, rate(from, to, value))).toBe(expected);
  });
  it('is the amount itself, in its own minor digits, for a currency into itself', () => {
    const same = chooseRate([], 'ISK', 'ISK', '2026-12-01')!;
    expect(convertAmount('131774', same)).toBe('131774');
  });
  it('refuses a target currency without a known minor unit', () => {
    expect(() => convertAmount('1.00', rate('NOK', 'XXX', '1'))).toThrow('Unknown currency XXX');
  });
});

describe('standard profiles and inputs', () => {
  it('every ready-made profile is valid, in monthly quantities, with payslips where payroll is bought', () => {
    for (const profile of STANDARD_PROFILES) {
      expect(profileProblems(profile)).toEqual([]);
      if (profile.kind !== 'ACCOUNTING')
        expect(profile.volumes.some((v) => v.measure === 'PAYSLIP')).toBe(true);
    }
  });
  it.each([
    [
      'a measure twice',
      [
        { measure: 'PAYSLIP', quantity: '1' },
        { measure: 'PAYSLIP', quantity: '2' },
      ],
      'volumes[1].measure',
    ],
    ['a negative quantity', [{ measure: 'PAYSLIP', quantity: '-1' }], 'volumes[0].quantity'],
    ['a float-like exponent', [{ measure: 'PAYSLIP', quantity: '1e3' }], 'volumes[0].quantity'],
    ['13 whole digits', [{ measure: 'PAYSLIP', quantity: '1'.repeat(13) }], 'volumes[0].quantity'],
    ['7 decimals', [{ measure: 'PAYSLIP', quantity: '1.1234567' }], 'volumes[0].quantity'],
    ['a fraction of a payslip', [{ measure: 'PAYSLIP', quantity: '83.5' }], 'volumes[0].quantity'],
    ['a huge text', [{ measure: 'PAYSLIP', quantity: '9'.repeat(100_000) }], 'volumes[0].quantity'],
  ] as const)('refuses %s', (_, volumes, field) => {
    expect(profileProblems({ kind: 'PAYROLL', volumes }).map((p) => p.field)).toEqual([field]);
  });
  it.each([
    ['0.0862123456', null],
    ['145.5', null],
    ['0', 'ZERO'],
    ['0.00000000001', 'TOO_MANY_DECIMALS'],
    ['-1', 'NEGATIVE'],
    ['1,5', 'NOT_A_DECIMAL'],
    ['1'.repeat(13), 'TOO_MANY_WHOLE_DIGITS'],
    ['123456789', 'TOO_MANY_WHOLE_DIGITS'],
    ['12345678.0123456789', null],
  ])('rate %s: %s', (text, code) => {
    expect(exchangeRateProblem(text)?.code ?? null).toBe(code);
  });
});

describe('catalogue document', () => {
  it('accepts standardMeasure and benchmarkPackages', () => {
    expect(validateCatalogueDocument(centre('NOK', '1')).errors).toEqual([]);
  });
  it.each([
    [['drivers', 0, 'standardMeasure'], 'PAYSLIPS', 'NOT_ONE_OF'],
    [['benchmarkPackages', 'PAYROLL'], 'NOPE', 'UNKNOWN_REFERENCE'],
    [['benchmarkPackages', 'OTHER'], 'PAY-PKG', 'UNKNOWN_FIELD'],
  ] as const)('refuses %j = %s with %s', (path, value, code) => {
    const doc = centre('NOK', '1') as unknown as Record<string, unknown>;
    let node = doc as Record<string | number, unknown>;
    for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
    node[path[path.length - 1]] = value;
    const result = validateCatalogueDocument(doc);
    expect(result.document).toBeNull();
    expect(result.errors.map((e) => [e.path, e.code])).toContainEqual([
      path.join('.').replace(/\.(\d+)/g, '[$1]'),
      code,
    ]);
  });
});
