/**
 * Comparing across centres (DESIGN "Centres side by side"): compareConfigurations prices
 * configurations of different centres side by side, each in its own currency; exchangeRatesInUse
 * names the rate a converted figure uses — the latest on or before the day, stored direction only,
 * a currency into itself 1, a missing rate left out (said, never guessed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseRate, convertAmount, type ConfigurationInput } from '@servicekatalog/shared';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import { expectRefused } from '../support/benchmarks.js';
import { dataOf, exampleCatalogue, smallCatalogue } from '../support/catalogue-factory.js';
import { recordRate } from '../support/exchange-rates.js';
import { COMPARE, PRICE, publishCatalogue, type Quote } from '../support/pricing.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: SignedInTestUser;

const IN_USE = `query ($from: [String!]!, $to: String!, $at: Date) {
  exchangeRatesInUse(from: $from, to: $to, at: $at) { id from to rate date source } }`;

interface AppliedRate {
  id: string | null;
  from: string;
  to: string;
  rate: string;
  date: string | null;
  source: string | null;
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  await publishCatalogue(app, exampleCatalogue('XC-NO'), '2020-01-01');
  await publishCatalogue(
    app,
    smallCatalogue({ providerCode: 'XC-DK', validFrom: '2020-01-01' }),
    '2020-01-01',
  );
  await publishCatalogue(
    app,
    smallCatalogue({ providerCode: 'XC-IS', validFrom: '2020-01-01', currency: 'ISK', price: '1350000' }),
    '2020-01-01',
  );
  for (const input of [
    { date: '2026-01-01', from: 'NOK', to: 'EUR', rate: '0.085106', source: 'Test rate, January' },
    { date: '2026-03-02', from: 'NOK', to: 'EUR', rate: '0.0862123456', source: 'Test rate, March' },
    // Only EUR → ISK is stored: ISK → EUR must not be its inverse.
    { date: '2026-01-01', from: 'EUR', to: 'ISK', rate: '145.5', source: 'Test rate' },
    { date: '2026-01-01', from: 'DKK', to: 'EUR', rate: '0.134', source: 'Test rate' },
  ])
    dataOf(await recordRate(app, input, admin.token));
});

afterAll(async () => {
  await app?.close();
});

const NO: ConfigurationInput = {
  providerCode: 'XC-NO',
  servicePackageCode: 'LONN',
  volumes: [{ driverCode: 'PAYSLIPS', quantity: '600' }],
};
const DK: ConfigurationInput = {
  providerCode: 'XC-DK',
  serviceCodes: ['PAY-BASE'],
  volumes: [{ driverCode: 'PAYSLIPS', quantity: '600' }],
};
const IS: ConfigurationInput = { ...DK, providerCode: 'XC-IS' };

async function inUse(from: string[], to: string, at?: string): Promise<AppliedRate[]> {
  return dataOf(await app.gql<{ exchangeRatesInUse: AppliedRate[] }>(IN_USE, { from, to, at }))
    .exchangeRatesInUse;
}

describe('compareConfigurations across centres', () => {
  it('prices configurations of three centres side by side, each in its own currency, as priceConfiguration does', async () => {
    const quotes = dataOf(
      await app.gql<{ compareConfigurations: Quote[] }>(COMPARE, { inputs: [NO, DK, IS] }),
    ).compareConfigurations;
    expect(quotes.map((quote) => [quote.providerCode, quote.currency, quote.valid])).toEqual([
      ['XC-NO', 'NOK', true],
      ['XC-DK', 'DKK', true],
      ['XC-IS', 'ISK', true],
    ]);
    // Each in its own minor unit: ISK whole krónur, the others øre.
    expect(quotes[1].totals.monthly).toBe('9000.00');
    expect(quotes[2].totals.monthly).toBe('1350000');
    for (const [i, input] of [NO, DK, IS].entries()) {
      const alone = dataOf(await app.gql<{ priceConfiguration: Quote }>(PRICE, { input })).priceConfiguration;
      expect(quotes[i]).toEqual(alone);
    }
  });
});

describe('exchangeRatesInUse', () => {
  it('names the latest stored rate on or before the day, in the stored direction, in the order asked', async () => {
    expect(await inUse(['DKK', 'NOK', 'EUR'], 'EUR', '2026-02-15')).toEqual([
      {
        id: expect.any(String),
        from: 'DKK',
        to: 'EUR',
        rate: '0.134',
        date: '2026-01-01',
        source: 'Test rate',
      },
      {
        id: expect.any(String),
        from: 'NOK',
        to: 'EUR',
        rate: '0.085106',
        date: '2026-01-01',
        source: 'Test rate, January',
      },
      // A currency into itself is 1, with no date or source.
      { id: null, from: 'EUR', to: 'EUR', rate: '1', date: null, source: null },
    ]);
    expect((await inUse(['NOK'], 'EUR', '2026-03-02'))[0]).toMatchObject({
      rate: '0.0862123456',
      date: '2026-03-02',
    });
    // Default: today, which is after every stored rate.
    expect((await inUse(['NOK'], 'EUR'))[0]).toMatchObject({ rate: '0.0862123456', date: '2026-03-02' });
  });

  it('leaves out a currency without a rate: no inverse, no cross rate, nothing before the first date', async () => {
    // EUR → ISK is stored, ISK → EUR is not; NOK → ISK would need a cross rate through EUR.
    expect(await inUse(['ISK', 'NOK'], 'EUR', '2025-12-31')).toEqual([]);
    expect(await inUse(['ISK', 'NOK', 'NOK'], 'EUR', '2026-02-01')).toEqual([
      expect.objectContaining({ from: 'NOK', rate: '0.085106' }),
    ]);
    expect(await inUse(['NOK', 'DKK'], 'ISK', '2026-02-01')).toEqual([]);
  });

  it('gives the rate that converts a compared total exactly, rounded once (shared rule)', async () => {
    const [quote] = dataOf(
      await app.gql<{ compareConfigurations: Quote[] }>(COMPARE, { inputs: [NO] }),
    ).compareConfigurations;
    const [rate] = await inUse(['NOK'], 'EUR', '2026-03-02');
    // Year 1: 307000.00 NOK × 0.0862123456 = 26467.1900992 → 26467.19 EUR, once, at the end.
    expect(quote.totals.firstYear).toBe('307000.00');
    expect(convertAmount(quote.totals.firstYear, rate)).toBe('26467.19');
    expect(chooseRate([], 'NOK', 'NOK', '2026-03-02')).toEqual(
      expect.objectContaining({ rate: '1', date: null, source: null }),
    );
  });

  it.each([
    [['NOK', 'XYZ'], 'EUR', 'from[1]'],
    [['NOK'], 'EURO', 'to'],
    [['NOK'], 'ABC', 'to'],
  ])('refuses an unknown currency %j → %s, naming %s', async (from, to, field) => {
    expectRefused(await app.gql(IN_USE, { from, to }), 'BAD_USER_INPUT', field);
  });

  it('refuses more currencies than there are, naming the list', async () => {
    const nine = ['DKK', 'NOK', 'SEK', 'EUR', 'ISK', 'GBP', 'USD', 'CHF', 'DKK'];
    expectRefused(await app.gql(IN_USE, { from: nine, to: 'EUR' }), 'BAD_USER_INPUT', 'from');
  });

  it('is open to anonymous callers and refuses a JSON number for a date', async () => {
    const response = await app.gql<{ exchangeRatesInUse: AppliedRate[] }>(IN_USE, {
      from: ['DKK'],
      to: 'EUR',
      at: '2026-01-01',
    });
    expect(dataOf(response).exchangeRatesInUse).toHaveLength(1);
    expectRefused(await app.gql(IN_USE, { from: ['DKK'], to: 'EUR', at: 20260101 }), 'BAD_USER_INPUT');
  });
});
