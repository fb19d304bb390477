/**
 * The Nordic price benchmark end to end (DESIGN "Centres side by side"): every figure equals the
 * shared engine's year-1 price of the centre's package, converted at the named stored rate and
 * rounded only at the end; "not offered" is said with the drivers missing, never zero; a missing
 * rate is said, never guessed; bad input is BAD_USER_INPUT at its field. Also the document fields
 * standardMeasure and benchmarkPackages through import, GraphQL, export and draft editing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compileCatalogue,
  Decimal,
  divideHalfUp,
  priceConfiguration,
  type CatalogueDocument,
} from '@servicekatalog/shared';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import { expectRefused } from '../support/benchmarks.js';
import { dataOf, importPublished } from '../support/catalogue-factory.js';
import { CREATE_DRAFT, edit, edited, exported, UPSERT } from '../support/draft-editing.js';
import { recordRate } from '../support/exchange-rates.js';
import { benchmarkCatalogue, PRICE_BENCHMARK, type CentrePrice } from '../support/price-benchmark.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: SignedInTestUser;
const rateIds = new Map<string, string>();

const NO = benchmarkCatalogue({
  providerCode: 'PB-NO',
  currency: 'NOK',
  base: '14000',
  payslip: '28.50',
  refund: '21.75',
});
const IS = benchmarkCatalogue({
  providerCode: 'PB-IS',
  currency: 'ISK',
  base: '1900000',
  payslip: '3875',
  refund: '2950',
});
const SE = benchmarkCatalogue({
  providerCode: 'PB-SE',
  currency: 'SEK',
  base: '13500',
  payslip: '62',
  refund: '40',
  vouchersMeasure: 'POSTING_LINE',
});
const DK = benchmarkCatalogue({
  providerCode: 'PB-DK',
  currency: 'DKK',
  base: '9000',
  payslip: '38',
  refund: '60',
  payrollNeedsVouchers: true,
});
const CATALOGUES: Record<string, CatalogueDocument> = { 'PB-NO': NO, 'PB-IS': IS, 'PB-SE': SE, 'PB-DK': DK };

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  for (const document of Object.values(CATALOGUES)) await importPublished(app, admin.token, document);
  // Two NOK→EUR rates: the latest on or before the asked day is used. No SEK→EUR rate at all; a
  // EUR→SEK rate exists but is never inverted. ISK→EUR only from July.
  const rates = [
    ['NOK', 'EUR', '2026-01-01', '0.085'],
    ['NOK', 'EUR', '2026-06-01', '0.0862123456'],
    ['ISK', 'EUR', '2026-07-01', '0.0068965517'],
    ['EUR', 'SEK', '2026-01-01', '11.2'],
    ['DKK', 'EUR', '2026-01-01', '0.134'],
  ];
  for (const [from, to, date, rate] of rates) {
    const source = `Test rate ${from}→${to} ${date}`;
    const stored = dataOf(
      await recordRate(app, { from, to, date, rate, source }, admin.token),
    ).recordExchangeRate;
    rateIds.set(`${from}${to}${date}`, stored.id);
  }
});

afterAll(async () => {
  await app?.close();
});

const PAYROLL = {
  kind: 'PAYROLL',
  volumes: [
    { measure: 'PAYSLIP', quantity: '540' },
    { measure: 'EMPLOYEE', quantity: '500' },
    { measure: 'REFUND_CLAIM', quantity: '20' },
  ],
};

async function benchmark(profile: unknown, currency: string, at?: string): Promise<Map<string, CentrePrice>> {
  const response = await app.gql<{ priceBenchmark: CentrePrice[] }>(PRICE_BENCHMARK, {
    profile,
    currency,
    at,
  });
  return new Map(dataOf(response).priceBenchmark.map((centre) => [centre.providerCode, centre]));
}

/** Year 1 of the package by the shared engine, with the profile's volumes given to the mapped drivers. */
function engineYearOne(document: CatalogueDocument, payslips: string, refunds: string): string {
  return priceConfiguration(compileCatalogue(document, 1), {
    providerCode: document.provider.code,
    servicePackageCode: 'PAY-PKG',
    volumes: [
      { driverCode: 'PAYSLIPS', quantity: payslips },
      { driverCode: 'REFUNDS', quantity: refunds },
    ],
    contractYears: 1,
  }).totals.firstYear;
}

describe('priceBenchmark', () => {
  it('prices every centre by the shared engine and converts at the latest rate on or before the day, rounding once', async () => {
    const result = await benchmark(PAYROLL, 'EUR', '2026-07-15');
    const noTotal = engineYearOne(NO, '540', '20');
    const isTotal = engineYearOne(IS, '540', '20');
    expect(result.get('PB-NO')).toEqual({
      providerCode: 'PB-NO',
      providerName: 'Centre PB-NO',
      catalogueVersion: 1,
      currency: 'NOK',
      offered: true,
      notOfferedReason: null,
      missingDrivers: [],
      issueCodes: [],
      servicePackageCode: 'PAY-PKG',
      serviceLevelCode: 'PLUS',
      total: noTotal,
      pricePerPayslip: divideHalfUp(Decimal.parse(noTotal), Decimal.of(6480), 2).toString(),
      rateMissing: false,
      converted: {
        currency: 'EUR',
        total: Decimal.parse(noTotal).times(Decimal.parse('0.0862123456')).roundHalfUp(2).toString(),
        pricePerPayslip: divideHalfUp(
          Decimal.parse(noTotal).times(Decimal.parse('0.0862123456')),
          Decimal.of(6480),
          2,
        ).toString(),
        rate: {
          id: rateIds.get('NOKEUR2026-06-01'),
          from: 'NOK',
          to: 'EUR',
          rate: '0.0862123456',
          date: '2026-06-01',
          source: 'Test rate NOK→EUR 2026-06-01',
        },
      },
    });
    // The same figures written out, so a change in the engine or the rounding cannot pass unseen:
    // monthly 14000 × 1.026 + (100 × 28.50 + 440 × 21.75) × 1.026 + 20 × 21.75 × 1.026 (package −5 %, level +8 %,
    // each line rounded) = 27553.23, × 12, + the one-time 14000 unadjusted.
    expect(noTotal).toBe('344638.76');
    expect(result.get('PB-NO')?.converted?.total).toBe('29712.12');
    expect(result.get('PB-NO')?.pricePerPayslip).toBe('53.18');
    // ISK has no minor unit: its own total and price per payslip are whole krónur.
    expect(result.get('PB-IS')).toMatchObject({ offered: true, currency: 'ISK', total: isTotal });
    expect(isTotal).toMatch(/^\d+$/);
    expect(result.get('PB-IS')?.pricePerPayslip).toBe(
      divideHalfUp(Decimal.parse(isTotal), Decimal.of(6480), 0).toString(),
    );
    expect(result.get('PB-IS')?.converted?.total).toBe(
      Decimal.parse(isTotal).times(Decimal.parse('0.0068965517')).roundHalfUp(2).toString(),
    );
  });

  it('takes an earlier rate for an earlier day', async () => {
    const result = await benchmark(PAYROLL, 'EUR', '2026-03-01');
    const noTotal = engineYearOne(NO, '540', '20');
    expect(result.get('PB-NO')?.converted).toMatchObject({
      total: Decimal.parse(noTotal).times(Decimal.parse('0.085')).roundHalfUp(2).toString(),
      rate: { rate: '0.085', date: '2026-01-01' },
    });
  });

  it('says a missing rate, never guessing one from the inverse, a cross rate or a later date', async () => {
    const result = await benchmark(PAYROLL, 'EUR', '2026-03-01');
    // SEK: only EUR→SEK is stored (no inverse). ISK: the only rate is dated after the day.
    for (const code of ['PB-SE', 'PB-IS']) {
      expect(result.get(code)).toMatchObject({ offered: true, rateMissing: true, converted: null });
      expect(result.get(code)?.total).toMatch(/^\d+(\.\d+)?$/);
    }
  });

  it('converts a centre in the asked currency at 1, naming no stored rate', async () => {
    const result = await benchmark(PAYROLL, 'NOK', '2026-07-15');
    const no = result.get('PB-NO');
    expect(no?.converted).toEqual({
      currency: 'NOK',
      total: no?.total,
      pricePerPayslip: no?.pricePerPayslip,
      rate: { id: null, from: 'NOK', to: 'NOK', rate: '1', date: null, source: null },
    });
    // No rate into NOK is stored at all: every other offered centre says so.
    expect(result.get('PB-IS')).toMatchObject({ rateMissing: true, converted: null });
  });

  it('is "not offered", never zero: a driver without a standard measure, a kind without a package, a broken limit', async () => {
    const payroll = await benchmark(PAYROLL, 'EUR', '2026-07-15');
    expect(payroll.get('PB-DK')).toMatchObject({
      offered: false,
      notOfferedReason: 'MISSING_VOLUMES',
      missingDrivers: ['VOUCHERS'],
      servicePackageCode: 'PAY-PKG',
      total: null,
      pricePerPayslip: null,
      converted: null,
      rateMissing: false,
    });
    const accounting = await benchmark(
      { kind: 'ACCOUNTING', volumes: [{ measure: 'POSTING_LINE', quantity: '1500' }] },
      'EUR',
      '2026-07-15',
    );
    // Only PB-SE maps its vouchers to POSTING_LINE: 1500 × 3 × 1.08 (the default level) × 12. Nobody names a BOTH package.
    expect(accounting.get('PB-SE')).toMatchObject({
      offered: true,
      total: '58320.00',
      pricePerPayslip: null,
      rateMissing: true,
    });
    expect(accounting.get('PB-NO')).toMatchObject({
      offered: false,
      notOfferedReason: 'MISSING_VOLUMES',
      missingDrivers: ['VOUCHERS'],
    });
    const both = await benchmark({ kind: 'BOTH', volumes: PAYROLL.volumes }, 'EUR', '2026-07-15');
    expect([...both.values()].map((c) => [c.providerCode, c.offered, c.notOfferedReason, c.total])).toEqual(
      [...both.keys()].map((code) => [code, false, 'NO_PACKAGE', null]),
    );
    const tooMany = await benchmark(
      {
        kind: 'PAYROLL',
        volumes: [
          { measure: 'PAYSLIP', quantity: '5001' },
          { measure: 'REFUND_CLAIM', quantity: '0' },
        ],
      },
      'EUR',
      '2026-07-15',
    );
    expect(tooMany.get('PB-NO')).toMatchObject({
      offered: false,
      notOfferedReason: 'INVALID_CONFIGURATION',
      issueCodes: ['VOLUME_OUT_OF_RANGE'],
      total: null,
    });
  });

  it('offers the ready-made profiles in monthly quantities, each accepted as it is', async () => {
    type Profiles = {
      standardProfiles: { code: string; kind: string; volumes: { measure: string; quantity: string }[] }[];
    };
    const { standardProfiles } = dataOf(
      await app.gql<Profiles>('{ standardProfiles { code kind volumes { measure quantity } } }'),
    );
    expect(standardProfiles.map((p) => p.code)).toEqual([
      'SMALL_PAYROLL',
      'SMALL_ACCOUNTING',
      'MEDIUM_BOTH',
      'LARGE_BOTH',
    ]);
    expect(standardProfiles[0].volumes).toContainEqual({ measure: 'PAYSLIP', quantity: '110' });
    const { code: _code, ...profile } = standardProfiles[2];
    expect((await benchmark(profile, 'EUR', '2026-07-15')).size).toBe(4);
  });

  it('lists only centres with a catalogue in force on the day', async () => {
    expect((await benchmark(PAYROLL, 'EUR', '2025-12-31')).size).toBe(0);
    expect([...(await benchmark(PAYROLL, 'EUR')).keys()].sort()).toEqual([
      'PB-DK',
      'PB-IS',
      'PB-NO',
      'PB-SE',
    ]);
  });

  it.each([
    ['an unknown currency', PAYROLL, 'XXX', 'currency'],
    [
      'a measure given twice',
      { kind: 'PAYROLL', volumes: [PAYROLL.volumes[0], PAYROLL.volumes[0]] },
      'EUR',
      'profile.volumes[1].measure',
    ],
    [
      'a negative quantity',
      { kind: 'PAYROLL', volumes: [{ measure: 'PAYSLIP', quantity: '-1' }] },
      'EUR',
      'profile.volumes[0].quantity',
    ],
    [
      'a fraction of a payslip',
      { kind: 'PAYROLL', volumes: [{ measure: 'PAYSLIP', quantity: '83.333333' }] },
      'EUR',
      'profile.volumes[0].quantity',
    ],
  ])('refuses %s as BAD_USER_INPUT at its field', async (_, profile, currency, field) => {
    expectRefused(
      await app.gql(PRICE_BENCHMARK, { profile, currency, at: '2026-07-15' }),
      'BAD_USER_INPUT',
      field,
    );
  });

  it.each([
    ['a JSON number quantity', { kind: 'PAYROLL', volumes: [{ measure: 'PAYSLIP', quantity: 540 }] }],
    [
      'a 300,000-digit quantity',
      { kind: 'PAYROLL', volumes: [{ measure: 'PAYSLIP', quantity: '9'.repeat(300_000) }] },
    ],
    ['an unknown measure', { kind: 'PAYROLL', volumes: [{ measure: 'PAYSLIPS', quantity: '1' }] }],
    ['an unknown kind', { kind: 'HR', volumes: [] }],
    [
      'more volumes than measures',
      { kind: 'PAYROLL', volumes: Array.from({ length: 8 }, () => ({ measure: 'PAYSLIP', quantity: '1' })) },
    ],
  ])('refuses %s before pricing anything', async (_, profile) => {
    const response = await app.gql(PRICE_BENCHMARK, { profile, currency: 'EUR' });
    expect(response.data ?? null).toBeNull();
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(response.errors?.[0]?.extensions?.code);
  });
});

describe('standardMeasure and benchmarkPackages in the catalogue', () => {
  it('are read through GraphQL and exported as imported', async () => {
    const response = await app.gql<{
      catalogue: { drivers: { code: string; standardMeasure: string | null }[]; benchmarkPackages: unknown };
    }>(
      'query { catalogue(providerCode: "PB-SE") { drivers { code standardMeasure } benchmarkPackages { PAYROLL ACCOUNTING BOTH } } }',
    );
    expect(dataOf(response).catalogue).toEqual({
      drivers: [
        { code: 'PAYSLIPS', standardMeasure: 'PAYSLIP' },
        { code: 'REFUNDS', standardMeasure: 'REFUND_CLAIM' },
        { code: 'VOUCHERS', standardMeasure: 'POSTING_LINE' },
      ],
      benchmarkPackages: { PAYROLL: 'PAY-PKG', ACCOUNTING: 'ACC-PKG', BOTH: null },
    });
    const document = await exported(app, admin.token, 'PB-SE', 1);
    expect(document.drivers.map((d) => d.standardMeasure)).toEqual([
      'PAYSLIP',
      'REFUND_CLAIM',
      'POSTING_LINE',
    ]);
    expect(document.benchmarkPackages).toEqual({ PAYROLL: 'PAY-PKG', ACCOUNTING: 'ACC-PKG', BOTH: null });
  });

  it('are edited in a draft, checked like an imported document', async () => {
    let draft = dataOf(
      await app.gql<{ createDraft: { id: string; version: number } }>(
        CREATE_DRAFT,
        { providerCode: 'PB-DK' },
        { token: admin.token },
      ),
    ).createDraft;
    const driver = { code: 'VOUCHERS', name: { en: 'Vouchers' }, unit: { en: 'voucher' }, integer: true };
    const bad = await edit(app, admin.token, UPSERT.driver, draft, {
      input: { ...driver, standardMeasure: 'VOUCHER' },
    });
    expectRefused(bad, 'BAD_USER_INPUT');
    draft = await edited(
      edit(app, admin.token, UPSERT.driver, draft, { input: { ...driver, standardMeasure: 'POSTING_LINE' } }),
    );
    const unknown = await edit(app, admin.token, UPSERT.settings, draft, {
      input: { benchmarkPackages: { BOTH: 'NOPE' } },
    });
    expectRefused(unknown, 'BAD_USER_INPUT', 'input.benchmarkPackages.BOTH');
    draft = await edited(
      edit(app, admin.token, UPSERT.settings, draft, {
        input: { benchmarkPackages: { PAYROLL: 'PAY-PKG', BOTH: 'PAY-PKG' } },
      }),
    );
    const document = await exported(app, admin.token, 'PB-DK', 2);
    expect(document.drivers.find((d) => d.code === 'VOUCHERS')?.standardMeasure).toBe('POSTING_LINE');
    expect(document.benchmarkPackages).toEqual({ PAYROLL: 'PAY-PKG', ACCOUNTING: null, BOTH: 'PAY-PKG' });
  });
});
