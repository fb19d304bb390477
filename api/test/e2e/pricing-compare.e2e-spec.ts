/** `compareConfigurations`: 1..4 configurations side by side; one bad input refuses the whole request, naming it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfigurationInput } from '@servicekatalog/shared';
import { dataOf, exampleCatalogue } from '../support/catalogue-factory.js';
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

const SMALL: ConfigurationInput = {
  providerCode: 'EX-NO',
  servicePackageCode: 'LONN',
  volumes: [{ driverCode: 'PAYSLIPS', quantity: '600' }],
};
const LARGE: ConfigurationInput = {
  providerCode: 'EX-NO',
  servicePackageCode: 'KOMPLETT',
  serviceCodes: ['PURCHASE'],
  contractYears: 3,
  volumes: [
    { driverCode: 'PAYSLIPS', quantity: '2000' },
    { driverCode: 'INVOICES_IN', quantity: '10000' },
    { driverCode: 'USERS', quantity: '12' },
  ],
};
const BROKEN: ConfigurationInput = {
  providerCode: 'EX-NO',
  serviceCodes: ['PAY-RUN', 'PURCHASE'],
  volumes: [{ driverCode: 'PAYSLIPS', quantity: '10' }],
};

function compare(inputs: unknown[]): Promise<GraphQLResponse<{ compareConfigurations: Quote[] }>> {
  return app.gql<{ compareConfigurations: Quote[] }>(COMPARE, { inputs });
}

async function priceOne(input: ConfigurationInput): Promise<Quote> {
  return dataOf(await app.gql<{ priceConfiguration: Quote }>(PRICE, { input })).priceConfiguration;
}

describe('compareConfigurations', () => {
  it('prices three configurations side by side, in order, each exactly as priceConfiguration does', async () => {
    const quotes = dataOf(await compare([SMALL, LARGE, BROKEN])).compareConfigurations;
    expect(quotes).toHaveLength(3);
    expect(
      quotes.map((quote) => [
        quote.servicePackageCode,
        quote.contractYears,
        quote.valid,
        quote.totals.contractTotal,
      ]),
    ).toEqual([
      ['LONN', 1, true, '307000.00'],
      ['KOMPLETT', 3, true, expect.any(String)],
      [null, 1, false, expect.any(String)],
    ]);
    expect(quotes[0]).toEqual(await priceOne(SMALL));
    expect(quotes[1]).toEqual(await priceOne(LARGE));
    expect(quotes[2]).toEqual(await priceOne(BROKEN));
    expect(quotes[1].years.map((year) => year.year)).toEqual([1, 2, 3]);
    expect(new Set(quotes[2].issues.map((issue) => issue.code))).toEqual(
      new Set(['MISSING_DEPENDENCY', 'MISSING_VOLUME']),
    );
  });

  it('accepts one and four configurations', async () => {
    expect(dataOf(await compare([SMALL])).compareConfigurations).toHaveLength(1);
    expect(dataOf(await compare([SMALL, LARGE, SMALL, LARGE])).compareConfigurations).toHaveLength(4);
  });

  it.each([
    ['five', 5],
    ['no', 0],
  ])('refuses %s configurations', async (_count, count) => {
    const response = await compare(Array.from({ length: count }, () => SMALL));
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputs' });
    expect(response.errors?.[0].message).toBe(`Compare 1 to 4 configurations, not ${count}.`);
  });

  it('refuses the whole request when one input is bad, naming it', async () => {
    const bad = { ...SMALL, volumes: [{ driverCode: 'PAYSLIPS', quantity: '-600' }] };
    const response = await compare([SMALL, bad, LARGE]);
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'inputs[1].volumes[0].quantity',
      errors: [
        { path: 'inputs[1].volumes[0].quantity', message: expect.stringMatching(/must not be negative/) },
      ],
    });
  });

  it('lists the problems of every bad input, the first bad input in extensions.field', async () => {
    const response = await compare([
      SMALL,
      LARGE,
      { ...SMALL, providerCode: 'NOPE' },
      { ...LARGE, contractYears: 11 },
    ]);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'inputs[2].providerCode',
    });
    expect(
      (response.errors?.[0].extensions?.errors as { path: string }[]).map((error) => error.path),
    ).toEqual(['inputs[2].providerCode', 'inputs[3].contractYears']);
  });

  it('a JSON number in any input refuses the request, naming that input', async () => {
    const response = await compare([
      SMALL,
      SMALL,
      { ...SMALL, volumes: [{ driverCode: 'PAYSLIPS', quantity: 600 }] },
    ]);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'inputs[2].volumes[0].quantity',
    });
  });
});
