/**
 * DESIGN pricing rule 5 over HTTP: bad input is BAD_USER_INPUT naming the field at its input path,
 * with every problem in `extensions.errors`, and nothing is priced (no data).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfigurationInput } from '@servicekatalog/shared';
import { exampleCatalogue } from '../support/catalogue-factory.js';
import { COMPARE, PRICE, publishCatalogue, type Quote } from '../support/pricing.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await publishCatalogue(app, exampleCatalogue(), '2020-01-01');
});

afterAll(async () => {
  await app?.close();
});

const GOOD: ConfigurationInput = {
  providerCode: 'EX-NO',
  servicePackageCode: 'KOMPLETT',
  volumes: [
    { driverCode: 'PAYSLIPS', quantity: '600' },
    { driverCode: 'INVOICES_IN', quantity: '1000' },
  ],
};

/** GOOD with some fields replaced; `volumes` replaces the whole list. */
function configuration(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...GOOD, ...changes };
}

function send(input: Record<string, unknown>): Promise<GraphQLResponse<{ priceConfiguration: Quote }>> {
  return app.gql<{ priceConfiguration: Quote }>(PRICE, { input });
}

function expectRefused(response: GraphQLResponse<unknown>, field: string): void {
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
}

describe('priceConfiguration refuses bad input (DESIGN pricing rule 5)', () => {
  it('prices the good configuration the cases below start from', async () => {
    const response = await send(configuration({}));
    expect(response.errors).toBeUndefined();
    expect(response.data?.priceConfiguration.valid).toBe(true);
  });

  it.each([
    [
      'an unknown provider',
      { providerCode: 'NOPE' },
      'input.providerCode',
      /Unknown provider "NOPE"/,
      'UNKNOWN_PROVIDER',
    ],
    [
      'an unknown version number',
      { catalogueVersion: 7 },
      'input.catalogueVersion',
      /no catalogue version 7/,
      'UNKNOWN_CATALOGUE_VERSION',
    ],
    [
      'an unknown service package',
      { servicePackageCode: 'GOLD' },
      'input.servicePackageCode',
      /Unknown service package "GOLD"/,
      'UNKNOWN_SERVICE_PACKAGE',
    ],
    [
      'an unknown service',
      { serviceCodes: ['PURCHASE', 'TELEPORT'] },
      'input.serviceCodes[1]',
      /Unknown service "TELEPORT"/,
      'UNKNOWN_SERVICE',
    ],
    [
      'an unknown service level',
      { serviceLevelCode: 'PLATINUM' },
      'input.serviceLevelCode',
      /Unknown service level "PLATINUM"/,
      'UNKNOWN_SERVICE_LEVEL',
    ],
    [
      'an unknown driver',
      { volumes: [{ driverCode: 'CATS', quantity: '1' }] },
      'input.volumes[0].driverCode',
      /Unknown driver "CATS"/,
      'UNKNOWN_DRIVER',
    ],
    [
      'a driver given twice',
      {
        volumes: [
          { driverCode: 'PAYSLIPS', quantity: '1' },
          { driverCode: 'PAYSLIPS', quantity: '2' },
        ],
      },
      'input.volumes[1].driverCode',
      /given twice/,
      'DRIVER_GIVEN_TWICE',
    ],
    [
      'a negative quantity',
      { volumes: [{ driverCode: 'PAYSLIPS', quantity: '-5' }] },
      'input.volumes[0].quantity',
      /must not be negative/,
      'NEGATIVE_QUANTITY',
    ],
    [
      'more than 6 decimals',
      { volumes: [{ driverCode: 'HOURS', quantity: '1.1234567' }] },
      'input.volumes[0].quantity',
      /more than 6 decimals/,
      'TOO_MANY_DECIMALS',
    ],
    [
      'a non-whole quantity for an integer driver',
      { volumes: [{ driverCode: 'PAYSLIPS', quantity: '600.5' }] },
      'input.volumes[0].quantity',
      /whole number/,
      'NOT_WHOLE',
    ],
    ['contractYears 0', { contractYears: 0 }, 'input.contractYears', /1 to 10/, 'CONTRACT_YEARS_RANGE'],
    ['contractYears 11', { contractYears: 11 }, 'input.contractYears', /1 to 10/, 'CONTRACT_YEARS_RANGE'],
  ])('%s', async (_case, changes, field, message, code) => {
    const response = await send(configuration(changes));
    expectRefused(response, field);
    expect(response.errors?.[0].message).toMatch(message);
    expect(response.errors?.[0].extensions?.errors).toEqual([
      { path: field, code, params: expect.any(Object), message: expect.stringMatching(message) },
    ]);
  });

  it.each([
    ['an exponent', '1e3'],
    ['a decimal comma', '1,5'],
    ['a thousands separator', '1 000'],
    ['a plus sign', '+5'],
    ['surrounding spaces', ' 5'],
    ['a bare point', '5.'],
    ['an empty string', ''],
  ])('a quantity with %s (%j) is not a plain decimal', async (_case, quantity) => {
    const response = await send(
      configuration({ volumes: [GOOD.volumes?.[0], { driverCode: 'INVOICES_IN', quantity }] }),
    );
    expectRefused(response, 'input.volumes[1].quantity');
    expect(response.errors?.[0].message).toMatch(/decimal/);
  });

  it('a JSON number where a Decimal belongs is refused, naming the field', async () => {
    const response = await send(configuration({ volumes: [{ driverCode: 'PAYSLIPS', quantity: 600 }] }));
    expectRefused(response, 'input.volumes[0].quantity');
    expect(response.errors?.[0].message).toMatch(/decimal string/);
  });

  it('a fractional contractYears is refused by the Int type, naming the field', async () => {
    const response = await send(configuration({ contractYears: 1.5 }));
    expectRefused(response, 'input.contractYears');
  });

  it('"5.0" is a whole quantity for an integer driver and "7.500000" has 1 decimal', async () => {
    const response = await send(
      configuration({
        serviceCodes: ['ADVISORY'],
        volumes: [
          { driverCode: 'PAYSLIPS', quantity: '600.0' },
          { driverCode: 'INVOICES_IN', quantity: '1000' },
          { driverCode: 'HOURS', quantity: '7.500000' },
        ],
      }),
    );
    expect(response.errors).toBeUndefined();
    const lines = response.data?.priceConfiguration.lines ?? [];
    expect(lines.find((line) => line.serviceCode === 'PAY-RUN')?.quantity).toBe('600');
    expect(lines.find((line) => line.driverCode === 'HOURS')?.quantity).toBe('7.5');
  });

  it('lists every problem at once, the first in extensions.field', async () => {
    const response = await send({
      providerCode: 'EX-NO',
      servicePackageCode: 'GOLD',
      serviceCodes: ['NOPE'],
      volumes: [
        { driverCode: 'PAYSLIPS', quantity: '-1' },
        { driverCode: 'PAYSLIPS', quantity: '2.5' },
      ],
      contractYears: 11,
    });
    expectRefused(response, 'input.servicePackageCode');
    expect(
      (response.errors?.[0].extensions?.errors as { path: string }[]).map((error) => error.path),
    ).toEqual([
      'input.servicePackageCode',
      'input.serviceCodes[0]',
      'input.volumes[0].quantity',
      'input.volumes[1].driverCode',
      'input.volumes[1].quantity',
      'input.contractYears',
    ]);
    expect(response.errors?.[0].message).toMatch(/\(and 5 more\)$/);
  });

  it('refuses absurdly long lists before pricing', async () => {
    const volumes = Array.from({ length: 501 }, (_, i) => ({ driverCode: `D${i}`, quantity: '1' }));
    expectRefused(await send(configuration({ volumes })), 'input.volumes');
  });

  it('a provider with no version in force today names catalogueVersion', async () => {
    await publishCatalogue(app, exampleCatalogue('EX-LATER'), '2999-01-01');
    const response = await send(configuration({ providerCode: 'EX-LATER' }));
    expectRefused(response, 'input.catalogueVersion');
    expect(response.errors?.[0].message).toMatch(/no published catalogue version in force today/);
    expect(response.errors?.[0].extensions?.errors).toEqual([
      {
        path: 'input.catalogueVersion',
        code: 'UNKNOWN_CATALOGUE_VERSION',
        params: { providerCode: 'EX-LATER' },
        message: response.errors?.[0].message,
      },
    ]);
  });
});

describe('each problem carries its code and params, so that a client can word it in its own language', () => {
  it.each<[string, Record<string, unknown>, string, Record<string, string | number>]>([
    ['UNKNOWN_PROVIDER', { providerCode: 'NOPE' }, 'input.providerCode', { code: 'NOPE' }],
    [
      'UNKNOWN_CATALOGUE_VERSION',
      { catalogueVersion: 7 },
      'input.catalogueVersion',
      { providerCode: 'EX-NO', version: 7 },
    ],
    [
      'UNKNOWN_SERVICE',
      { serviceCodes: ['PURCHASE', 'TELEPORT'] },
      'input.serviceCodes[1]',
      { code: 'TELEPORT' },
    ],
    [
      'DRIVER_GIVEN_TWICE',
      {
        volumes: [
          { driverCode: 'PAYSLIPS', quantity: '1' },
          { driverCode: 'PAYSLIPS', quantity: '2' },
        ],
      },
      'input.volumes[1].driverCode',
      { code: 'PAYSLIPS', earlier: 'volumes[0]' },
    ],
    [
      'TOO_MANY_DECIMALS',
      { volumes: [{ driverCode: 'HOURS', quantity: '1.1234567' }] },
      'input.volumes[0].quantity',
      { driverCode: 'HOURS', quantity: '1.1234567', max: 6 },
    ],
    ['CONTRACT_YEARS_RANGE', { contractYears: 11 }, 'input.contractYears', { given: '11', min: 1, max: 10 }],
  ])('%s', async (code, changes, path, params) => {
    const response = await send(configuration(changes));
    expectRefused(response, path);
    expect(response.errors?.[0].extensions?.errors).toEqual([
      { path, code, params, message: response.errors?.[0].message },
    ]);
  });

  it('TOO_MANY_ENTRIES names the bound', async () => {
    const volumes = Array.from({ length: 501 }, (_, i) => ({ driverCode: `D${i}`, quantity: '1' }));
    const response = await send(configuration({ volumes }));
    expect(response.errors?.[0].extensions?.errors).toEqual([
      {
        path: 'input.volumes',
        code: 'TOO_MANY_ENTRIES',
        params: { max: 500 },
        message: 'At most 500 entries may be given',
      },
    ]);
  });

  it('compareConfigurations keeps them when it gathers the problems of every input', async () => {
    const response = await app.gql(COMPARE, {
      inputs: [GOOD, { ...GOOD, providerCode: 'NOPE' }, { ...GOOD, contractYears: 11 }],
    });
    expect(response.errors?.[0].extensions?.errors).toEqual([
      {
        path: 'inputs[1].providerCode',
        code: 'UNKNOWN_PROVIDER',
        params: { code: 'NOPE' },
        message: 'Unknown provider "NOPE"',
      },
      {
        path: 'inputs[2].contractYears',
        code: 'CONTRACT_YEARS_RANGE',
        params: { given: '11', min: 1, max: 10 },
        message: 'Contract years must be a whole number from 1 to 10, got 11',
      },
    ]);
  });
});
