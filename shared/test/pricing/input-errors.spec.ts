/**
 * DESIGN pricing rule 5: bad input is a PricingInputError naming the field (BAD_USER_INPUT in the
 * API), never an issue, and nothing is priced.
 */
import { describe, expect, it } from 'vitest';
import {
  compileCatalogue,
  priceConfiguration,
  PricingInputError,
  type ConfigurationInput,
  type PricingInputCode,
} from '../../src/pricing/index.js';
import {
  catalogue,
  flat,
  lineOf,
  perUnit,
  price,
  PROVIDER,
  volumes,
  type TestInput,
} from './catalogue-builder.js';

const doc = catalogue()
  .driver('PAYSLIPS')
  .driver('HOURS', false)
  .level('BASIS', 1, '0')
  .service('A', [perUnit('PAYSLIPS', '1.00'), perUnit('HOURS', '100.00')])
  .service('B', [flat('1.00')])
  .servicePackage('P', ['A'])
  .build();

/** The error `input` throws (fails the test when it prices instead). */
function errorOf(input: TestInput): PricingInputError {
  try {
    price(doc, input);
  } catch (error) {
    if (error instanceof PricingInputError) return error;
    throw error;
  }
  throw new Error(`priced instead of refusing ${JSON.stringify(input)}`);
}

const quantity = (text: unknown, driverCode = 'PAYSLIPS'): TestInput => ({
  volumes: [{ driverCode, quantity: text as string }],
});

describe('bad input names its field', () => {
  it.each<[string, TestInput, string, RegExp, PricingInputCode, Record<string, string | number>]>([
    [
      'another provider',
      { providerCode: 'OTHER' },
      'providerCode',
      /Provider "OTHER" does not match .*"TEST-DK"/,
      'PROVIDER_MISMATCH',
      { given: 'OTHER', expected: 'TEST-DK' },
    ],
    [
      'another version',
      { catalogueVersion: 2 },
      'catalogueVersion',
      /version 2 does not match .*version 1/,
      'VERSION_MISMATCH',
      { given: '2', expected: 1 },
    ],
    [
      'an unknown package',
      { servicePackageCode: 'NOPE' },
      'servicePackageCode',
      /Unknown service package "NOPE"/,
      'UNKNOWN_SERVICE_PACKAGE',
      { code: 'NOPE' },
    ],
    [
      'an unknown service',
      { serviceCodes: ['A', 'NOPE'] },
      'serviceCodes[1]',
      /Unknown service "NOPE"/,
      'UNKNOWN_SERVICE',
      { code: 'NOPE' },
    ],
    [
      'an unknown service level',
      { serviceLevelCode: 'GOLD' },
      'serviceLevelCode',
      /Unknown service level "GOLD"/,
      'UNKNOWN_SERVICE_LEVEL',
      { code: 'GOLD' },
    ],
    [
      'an unknown driver',
      { volumes: volumes({ PAYSLIPS: '1', NOPE: '1' }) },
      'volumes[1].driverCode',
      /Unknown driver "NOPE"/,
      'UNKNOWN_DRIVER',
      { code: 'NOPE' },
    ],
    [
      'a driver given twice',
      {
        volumes: [
          { driverCode: 'HOURS', quantity: '1' },
          { driverCode: 'PAYSLIPS', quantity: '1' },
          { driverCode: 'HOURS', quantity: '2' },
        ],
      },
      'volumes[2].driverCode',
      /"HOURS" is given twice \(also at volumes\[0\]\)/,
      'DRIVER_GIVEN_TWICE',
      { code: 'HOURS', earlier: 'volumes[0]' },
    ],
    [
      '0 contract years',
      { contractYears: 0 },
      'contractYears',
      /from 1 to 10, got 0/,
      'CONTRACT_YEARS_RANGE',
      { given: '0', min: 1, max: 10 },
    ],
    [
      '11 contract years',
      { contractYears: 11 },
      'contractYears',
      /from 1 to 10, got 11/,
      'CONTRACT_YEARS_RANGE',
      { given: '11', min: 1, max: 10 },
    ],
    [
      'fractional contract years',
      { contractYears: 1.5 },
      'contractYears',
      /whole number/,
      'CONTRACT_YEARS_RANGE',
      { given: '1.5', min: 1, max: 10 },
    ],
    [
      'negative contract years',
      { contractYears: -1 },
      'contractYears',
      /from 1 to 10/,
      'CONTRACT_YEARS_RANGE',
      { given: '-1', min: 1, max: 10 },
    ],
  ])('%s', (_case, input, field, message, code, params) => {
    const error = errorOf(input);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(error.errors).toEqual([{ field, code, params, message: error.message }]);
  });

  it('is a PricingInputError with code BAD_USER_INPUT', () => {
    const error = errorOf({ contractYears: 0 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PricingInputError');
    expect(error.code).toBe('BAD_USER_INPUT');
  });
});

describe('quantities', () => {
  it.each<[string, RegExp]>([
    ['-1', /must not be negative/],
    ['-0', /must not be negative/],
    ['+1', /not a plain decimal/],
    ['1e3', /not a plain decimal/],
    ['1E3', /not a plain decimal/],
    ['1 000', /not a plain decimal/],
    [' 1', /not a plain decimal/],
    ['1 ', /not a plain decimal/],
    ['1,5', /not a plain decimal/],
    ['1.000,5', /not a plain decimal/],
    ['1_000', /not a plain decimal/],
    ['', /not a plain decimal/],
    ['.5', /not a plain decimal/],
    ['5.', /not a plain decimal/],
    ['0x10', /not a plain decimal/],
    ['Infinity', /not a plain decimal/],
    ['NaN', /not a plain decimal/],
    ['٣', /not a plain decimal/],
    ['0.1234567', /more than 6 decimals/],
  ])('refuses %j', (text, message) => {
    const error = errorOf(quantity(text, 'HOURS'));
    expect(error.field).toBe('volumes[0].quantity');
    expect(error.message).toMatch(message);
    expect(error.message).toContain('"HOURS"');
    expect(error.errors[0].params).toMatchObject({ driverCode: 'HOURS', quantity: text });
  });

  it.each<[string, PricingInputCode, Record<string, string | number>]>([
    ['-1', 'NEGATIVE_QUANTITY', {}],
    ['1,5', 'NOT_A_QUANTITY', {}],
    ['0.1234567', 'TOO_MANY_DECIMALS', { max: 6 }],
  ])('gives %j the code %s', (text, code, params) => {
    const [problem] = errorOf(quantity(text, 'HOURS')).errors;
    expect(problem.code).toBe(code);
    expect(problem.params).toEqual({ driverCode: 'HOURS', quantity: text, ...params });
  });

  it.each([
    [5, '5'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{ value: '1' }, '{"value":"1"}'],
  ])('refuses a quantity that is not a string: %j, naming it as given', (value, given) => {
    const error = errorOf(quantity(value));
    expect(error.field).toBe('volumes[0].quantity');
    expect(error.errors[0]).toMatchObject({ code: 'NOT_A_QUANTITY', params: { quantity: given } });
  });

  it.each([
    ['2.5', /must be a whole number/],
    ['0.000001', /must be a whole number/],
  ])('refuses %s for an integer driver', (text, message) => {
    const error = errorOf(quantity(text));
    expect(error.field).toBe('volumes[0].quantity');
    expect(error.message).toMatch(message);
    expect(error.errors[0]).toMatchObject({
      code: 'NOT_WHOLE',
      params: { driverCode: 'PAYSLIPS', quantity: text },
    });
  });

  it.each([
    ['5.0', 'PAYSLIPS', '5'],
    ['5.000000', 'PAYSLIPS', '5'],
    ['007', 'PAYSLIPS', '7'],
    ['0', 'PAYSLIPS', '0'],
    ['0.123456', 'HOURS', '0.123456'],
    ['1.50000000', 'HOURS', '1.5'],
    ['4294967296', 'PAYSLIPS', '4294967296'],
  ])('accepts %s for %s, normalized to %s', (text, driverCode, normalized) => {
    const result = price(doc, {
      serviceCodes: ['A'],
      volumes: volumes({ PAYSLIPS: '1', HOURS: '1', [driverCode]: text }),
    });
    const line = result.lines.find((l) => l.driverCode === driverCode);
    expect(line?.quantity).toBe(normalized);
  });
});

describe('several bad fields', () => {
  it('lists every one in input order; field is the first', () => {
    const error = errorOf({
      servicePackageCode: 'NOPE',
      serviceCodes: ['X', 'A', 'Y'],
      volumes: [
        { driverCode: 'PAYSLIPS', quantity: '1.5' },
        { driverCode: 'GHOST', quantity: '-1' },
      ],
      contractYears: 12,
    });
    expect(error.field).toBe('servicePackageCode');
    expect(error.errors.map((e) => e.field)).toEqual([
      'servicePackageCode',
      'serviceCodes[0]',
      'serviceCodes[2]',
      'volumes[0].quantity',
      'volumes[1].driverCode',
      'volumes[1].quantity',
      'contractYears',
    ]);
    expect(error.message).toMatch(/Unknown service package "NOPE" \(and 6 more\)/);
  });

  it('checks the provider before anything else', () => {
    const compiled = compileCatalogue(doc, 1);
    const input: ConfigurationInput = { providerCode: 'EX-NO', serviceCodes: ['NOPE'] };
    expect(() => priceConfiguration(compiled, input)).toThrow(
      expect.objectContaining({ field: 'providerCode' }),
    );
  });
});

describe('good input', () => {
  it('accepts the catalogue version it is priced against, and 1 and 10 contract years', () => {
    for (const contractYears of [1, 10, null, undefined]) {
      const result = price(doc, { catalogueVersion: 1, serviceCodes: ['B'], contractYears });
      expect(result.lines).toHaveLength(1);
      expect(result.years).toHaveLength(contractYears ?? 1);
    }
  });

  it('accepts the provider of the catalogue', () => {
    expect(price(doc, { providerCode: PROVIDER, serviceCodes: ['B'] }).currency).toBe('DKK');
  });

  it('prices volumes of drivers no selected service uses without complaint', () => {
    const result = price(doc, { serviceCodes: ['B'], volumes: volumes({ PAYSLIPS: '5', HOURS: '2' }) });
    expect(lineOf(result, 'B').amount).toBe('1.00');
    expect(result.issues).toEqual([]);
  });
});
