import { addDays, contractEndDate } from '@servicekatalog/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utcDatePlus } from '../support/agreement-factory.js';
import { dataOf, smallCatalogue } from '../support/catalogue-factory.js';
import {
  basisConfiguration,
  createQuoteWorld,
  firstError,
  publishCatalogue,
  quoteMutation,
  REVISE_QUOTE,
  SAVE_QUOTE,
  saveQuote,
  sql,
  SUBMIT_QUOTE,
  type QuoteWorld,
} from '../support/quote-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'CS-DK';
/** A second version comes into force in 100 days, with a higher base fee. */
const NEXT_FROM = utcDatePlus(100);

const PRICE = `query ($input: ConfigurationInput!) { priceConfiguration(input: $input) {
  catalogueVersion startDate contractYears totals { monthly } upcomingChange { catalogueVersion validFrom } } }`;

interface Price {
  catalogueVersion: number;
  startDate: string;
  contractYears: number;
  totals: { monthly: string };
  upcomingChange: { catalogueVersion: number; validFrom: string } | null;
}

let app: TestApp;
let world: QuoteWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
  await publishCatalogue(app, smallCatalogue({ providerCode: PROVIDER, price: '9500.00' }), NEXT_FROM);
});

afterAll(async () => {
  await app?.close();
});

async function price(extra: Record<string, unknown>): Promise<Price> {
  return dataOf(
    await app.gql<{ priceConfiguration: Price }>(PRICE, {
      input: { ...basisConfiguration(PROVIDER, '600', 1), ...extra },
    }),
  ).priceConfiguration;
}

describe('ConfigurationInput.startDate', () => {
  it('defaults to today and prices against the version in force on the start, naming the upcoming change', async () => {
    expect(await price({})).toEqual({
      catalogueVersion: 1,
      startDate: utcDatePlus(0),
      contractYears: 1,
      totals: { monthly: '31420.00' },
      upcomingChange: { catalogueVersion: 2, validFrom: NEXT_FROM },
    });
    expect(await price({ startDate: NEXT_FROM })).toMatchObject({
      catalogueVersion: 2,
      totals: { monthly: '31920.00' },
      upcomingChange: null,
    });
    // The change lies after the end of a contract that ends the day before it.
    const start = addDays(NEXT_FROM, -365);
    const ends = contractEndDate(start, 1);
    expect((await price({ startDate: start })).upcomingChange).toEqual(
      ends < NEXT_FROM ? null : { catalogueVersion: 2, validFrom: NEXT_FROM },
    );
  });

  it.each([
    ['before 2000-01-01', '1999-12-31', 'START_DATE_OUT_OF_RANGE'],
    ['more than ten years ahead', addDays(contractEndDate(utcDatePlus(0), 10), 2), 'START_DATE_OUT_OF_RANGE'],
    ['before any version is in force', '2010-06-01', 'NO_VERSION_IN_FORCE'],
  ])('%s is BAD_USER_INPUT on startDate (%s)', async (_name, startDate, code) => {
    const response = await app.gql(PRICE, { input: { ...basisConfiguration(PROVIDER), startDate } });
    const error = firstError(response);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startDate' });
    expect((error.errors as { code: string }[])[0].code).toBe(code);
  });

  it('a date that is not a calendar date is refused', async () => {
    const response = await app.gql(PRICE, {
      input: { ...basisConfiguration(PROVIDER), startDate: '2027-02-30' },
    });
    expect(firstError(response).code).toBe('BAD_USER_INPUT');
  });
});

describe('Quote.startDate', () => {
  it('is stored, refused in the past on save, and kept (or today) by reviseQuote', async () => {
    const start = utcDatePlus(20);
    const quote = await saveQuote(app, world.customerA.token, {
      name: 'Starts later',
      configuration: { ...basisConfiguration(PROVIDER), startDate: start },
    });
    const read = dataOf(
      await app.gql<{ quote: { startDate: string; price: { startDate: string } } }>(
        `query ($id: ID!) { quote(id: $id) { startDate price { startDate } } }`,
        { id: quote.id },
        { token: world.customerA.token },
      ),
    ).quote;
    expect(read).toEqual({ startDate: start, price: { startDate: start } });

    const past = await app.gql(
      SAVE_QUOTE,
      {
        input: {
          name: 'Past',
          configuration: { ...basisConfiguration(PROVIDER), startDate: utcDatePlus(-1) },
        },
      },
      { token: world.customerA.token },
    );
    expect(firstError(past)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.configuration.startDate',
      reason: 'START_DATE_PASSED',
    });

    const kept = await quoteMutation(app, world.customerA.token, REVISE_QUOTE, {
      id: quote.id,
      expectedVersion: quote.version,
    });
    expect(kept).toMatchObject({ revision: 2 });
    expect(
      dataOf(
        await app.gql<{ quote: { startDate: string } }>(
          `query ($id: ID!) { quote(id: $id) { startDate } }`,
          { id: kept.id },
          { token: world.customerA.token },
        ),
      ).quote.startDate,
    ).toBe(start);

    // A start that has passed meanwhile: submit is CONFLICT, revise moves it to today.
    await sql(app, 'UPDATE quotes SET start_date = $1 WHERE id = $2', [utcDatePlus(-2), kept.id]);
    const submit = await app.gql(
      SUBMIT_QUOTE,
      { id: kept.id, expectedVersion: kept.version },
      { token: world.customerA.token },
    );
    expect(firstError(submit)).toMatchObject({ code: 'CONFLICT', reason: 'START_DATE_PASSED' });
    const moved = await quoteMutation(app, world.customerA.token, REVISE_QUOTE, {
      id: kept.id,
      expectedVersion: kept.version,
    });
    const movedRead = dataOf(
      await app.gql<{ quote: { startDate: string; status: string } }>(
        `query ($id: ID!) { quote(id: $id) { startDate status } }`,
        { id: moved.id },
        { token: world.customerA.token },
      ),
    ).quote;
    expect(movedRead).toEqual({ startDate: utcDatePlus(0), status: 'DRAFT' });
  });
});
