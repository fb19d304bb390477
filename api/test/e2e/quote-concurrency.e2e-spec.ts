import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../support/catalogue-factory.js';
import {
  auditCount,
  basisConfiguration,
  createQuoteWorld,
  DECIDE_QUOTE,
  QUOTE,
  quoteMutation,
  saveQuote,
  SUBMIT_QUOTE,
  UPDATE_QUOTE,
  WITHDRAW_QUOTE,
  type QuoteResult,
  type QuoteWorld,
} from '../support/quote-factory.js';
import type { GraphQLResponse } from '../support/test-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'QC-DK';
const EDITORS = 20;

let app: TestApp;
let world: QuoteWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
});

afterAll(async () => {
  await app?.close();
});

async function reread(id: string): Promise<QuoteResult> {
  return dataOf(await app.gql<{ quote: QuoteResult }>(QUOTE, { id }, { token: world.admin.token })).quote;
}

/** Sends `count` requests at once and sorts the answers into successes and error codes. */
async function race(
  count: number,
  send: (i: number) => Promise<GraphQLResponse<Record<string, QuoteResult>>>,
) {
  const responses = await Promise.all(Array.from({ length: count }, (_, i) => send(i)));
  const winners = responses.flatMap((response, i) =>
    response.errors ? [] : [{ i, quote: Object.values(response.data ?? {})[0] }],
  );
  const codes = responses.flatMap((response) =>
    (response.errors ?? []).map((error) => error.extensions?.code),
  );
  return { winners, codes };
}

describe(`${EDITORS} concurrent changes with the same expectedVersion`, () => {
  it('updateQuote: exactly one wins, the others get CONFLICT, one change is kept and audited', async () => {
    const saved = await saveQuote(app, world.customerA.token, {
      name: 'Contested',
      configuration: basisConfiguration(PROVIDER),
    });
    const { winners, codes } = await race(EDITORS, (i) =>
      app.gql(
        UPDATE_QUOTE,
        {
          id: saved.id,
          expectedVersion: saved.version,
          input: { name: `Editor ${i}`, configuration: basisConfiguration(PROVIDER, String(100 + i)) },
        },
        { token: world.customerA.token },
      ),
    );
    expect(winners).toHaveLength(1);
    expect(codes).toEqual(Array.from({ length: EDITORS - 1 }, () => 'CONFLICT'));
    const final = await reread(saved.id);
    const winner = winners[0];
    expect(final.version).toBe(saved.version + 1);
    expect(final.name).toBe(`Editor ${winner.i}`);
    expect(final.configuration).toMatchObject({
      volumes: [{ driverCode: 'PAYSLIPS', quantity: String(100 + winner.i) }],
    });
    expect(final.price.totals).toEqual(winner.quote.price.totals);
    expect(await auditCount(app, saved.id, 'UPDATE')).toBe(1);
    expect(await auditCount(app, saved.id)).toBe(2); // CREATE + the one UPDATE
  });

  it('submitQuote: exactly one wins', async () => {
    const saved = await saveQuote(app, world.customerA.token, {
      name: 'Submitted once',
      configuration: basisConfiguration(PROVIDER),
    });
    const { winners, codes } = await race(EDITORS, () =>
      app.gql(
        SUBMIT_QUOTE,
        { id: saved.id, expectedVersion: saved.version },
        { token: world.customerA.token },
      ),
    );
    expect(winners).toHaveLength(1);
    expect(codes).toEqual(Array.from({ length: EDITORS - 1 }, () => 'CONFLICT'));
    expect(await reread(saved.id)).toMatchObject({ status: 'SUBMITTED', version: saved.version + 1 });
    expect(await auditCount(app, saved.id, 'SUBMIT')).toBe(1);
  });

  it('withdrawQuote and decideQuote racing each other: exactly one wins', async () => {
    const saved = await saveQuote(app, world.customerA.token, {
      name: 'Withdraw or decide',
      configuration: basisConfiguration(PROVIDER),
    });
    const submitted = await quoteMutation(app, world.customerA.token, SUBMIT_QUOTE, {
      id: saved.id,
      expectedVersion: saved.version,
    });
    const { winners, codes } = await race(EDITORS, (i) =>
      i % 2 === 0
        ? app.gql(
            WITHDRAW_QUOTE,
            { id: submitted.id, expectedVersion: submitted.version },
            { token: world.customerA.token },
          )
        : app.gql(
            DECIDE_QUOTE,
            { id: submitted.id, decision: 'ACCEPT', expectedVersion: submitted.version },
            { token: world.manager.token },
          ),
    );
    expect(winners).toHaveLength(1);
    expect(codes).toEqual(Array.from({ length: EDITORS - 1 }, () => 'CONFLICT'));
    const final = await reread(submitted.id);
    expect(final.version).toBe(submitted.version + 1);
    expect(final.status).toBe(winners[0].quote.status);
    const changes =
      (await auditCount(app, submitted.id, 'WITHDRAW')) + (await auditCount(app, submitted.id, 'ACCEPT'));
    expect(changes).toBe(1);
  });
});
