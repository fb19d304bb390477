/**
 * Exchange rates end to end: administrators record, change and delete them; anyone reads them.
 * Every rule at its field, hostile inputs refused with nothing written, optimistic locking in the
 * statement itself, one audit event per change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import { expectRefused } from '../support/benchmarks.js';
import { auditEventsOf, dataOf } from '../support/catalogue-factory.js';
import {
  DELETE_RATE,
  LIST_RATES,
  recordRate,
  storedRates,
  UPDATE_RATE,
  type Rate,
} from '../support/exchange-rates.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: SignedInTestUser;
let manager: SignedInTestUser;
let customer: SignedInTestUser;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'R-NO' });
  customer = await createUserAndLogin(app, { role: 'CUSTOMER', providerCode: 'R-NO' });
});

afterAll(async () => {
  await app?.close();
});

const nokEur = (overrides: Record<string, unknown> = {}) => ({
  date: '2026-03-02',
  from: 'NOK',
  to: 'EUR',
  rate: '0.0862123456',
  source: 'Norges Bank, 2026-03-02',
  ...overrides,
});

async function record(input: Record<string, unknown>): Promise<Rate> {
  return dataOf(await recordRate(app, input, admin.token)).recordExchangeRate;
}

describe('recordExchangeRate', () => {
  it('records a rate with up to 10 decimals, exactly as given, audited', async () => {
    const rate = await record(nokEur({ source: '  Norges Bank  ' }));
    expect(rate).toEqual({
      id: expect.any(String),
      date: '2026-03-02',
      from: 'NOK',
      to: 'EUR',
      rate: '0.0862123456',
      source: 'Norges Bank',
      version: 1,
    });
    const events = await auditEventsOf(app, rate.id);
    expect(events).toEqual([
      {
        action: 'CREATE',
        actorEmail: admin.email,
        before: null,
        after: { ...rate },
      },
    ]);
  });

  it.each([
    ['anonymous', undefined, 'UNAUTHENTICATED'],
    ['an account manager', () => manager.token, 'FORBIDDEN'],
    ['a customer', () => customer.token, 'FORBIDDEN'],
  ])('refuses %s with %s and writes nothing', async (_, token, code) => {
    const before = await storedRates(app);
    expectRefused(await recordRate(app, nokEur({ date: '2026-04-01' }), token?.()), code);
    expect(await storedRates(app)).toEqual(before);
  });

  it.each([
    ['a zero rate', { rate: '0' }, 'input.rate'],
    ['a negative rate', { rate: '-0.5' }, 'input.rate'],
    ['11 decimals', { rate: '0.08621234567' }, 'input.rate'],
    ['9 digits before the point', { rate: '123456789' }, 'input.rate'],
    ['the same currency both ways', { to: 'NOK' }, 'input.to'],
    ['an unknown currency', { from: 'XXX' }, 'input.from'],
    ['an empty source', { source: '   ' }, 'input.source'],
    ['a source of 501 characters', { source: 'x'.repeat(501) }, 'input.source'],
    ['a control character in the source', { source: 'Norges\u0007Bank' }, 'input.source'],
  ])('refuses %s as BAD_USER_INPUT at its field, writing nothing', async (_, change, field) => {
    const before = await storedRates(app);
    expectRefused(
      await recordRate(app, nokEur({ date: '2026-05-01', ...change }), admin.token),
      'BAD_USER_INPUT',
      field,
    );
    expect(await storedRates(app)).toEqual(before);
  });

  it.each([
    ['a JSON number as rate', { rate: 0.0862 }],
    ['a 300,000-digit rate', { rate: '9'.repeat(300_000) }],
    ['an exponent', { rate: '8.6e-2' }],
    ['a currency of 4 letters', { to: 'EURO' }],
    ['a date that is not one', { date: '2026-02-30' }],
  ])('refuses %s before anything is written', async (_, change) => {
    const before = await storedRates(app);
    const response = await recordRate(app, nokEur({ date: '2026-05-02', ...change }), admin.token);
    expect(response.data ?? null).toBeNull();
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(response.errors?.[0]?.extensions?.code);
    expect(await storedRates(app)).toEqual(before);
  });

  it('refuses a second rate for the same direction and day (DUPLICATE on input.date)', async () => {
    await record(nokEur({ date: '2026-06-01' }));
    const response = await recordRate(app, nokEur({ date: '2026-06-01', rate: '0.09' }), admin.token);
    expectRefused(response, 'BAD_USER_INPUT', 'input.date');
    expect(response.errors?.[0]?.extensions?.reason).toBe('DUPLICATE');
    // The other direction is another rate.
    await record(nokEur({ date: '2026-06-01', from: 'EUR', to: 'NOK', rate: '11.6' }));
  });
});

describe('updateExchangeRate and deleteExchangeRate', () => {
  it('changes a rate only at the version last seen; a stale version is CONFLICT and changes nothing', async () => {
    const rate = await record(nokEur({ date: '2026-07-01' }));
    const update = (expectedVersion: number, input: Record<string, unknown>, token = admin.token) =>
      app.gql<{ updateExchangeRate: Rate }>(UPDATE_RATE, { id: rate.id, expectedVersion, input }, { token });
    const changed = dataOf(await update(1, { rate: '0.0870' })).updateExchangeRate;
    expect(changed).toEqual({ ...rate, rate: '0.0870', version: 2 });
    const before = await storedRates(app);
    const stale = await update(1, { rate: '0.0999' });
    expectRefused(stale, 'CONFLICT');
    expect(stale.errors?.[0]?.extensions?.reason).toBe('STALE_VERSION');
    expect(await storedRates(app)).toEqual(before);
    expectRefused(await update(2, { rate: '0.0999' }, manager.token), 'FORBIDDEN');
    expectRefused(await update(2, { rate: '0' }), 'BAD_USER_INPUT', 'input.rate');
    expect(await storedRates(app)).toEqual(before);
    const events = await auditEventsOf(app, rate.id);
    expect(events.map((e) => e.action)).toEqual(['CREATE', 'UPDATE']);
    expect(events[1]).toMatchObject({
      before: { rate: '0.0862123456', version: 1 },
      after: { rate: '0.0870', version: 2 },
    });
  });

  it('two racing updates at the same version: exactly one wins, the other is CONFLICT', async () => {
    const rate = await record(nokEur({ date: '2026-07-02' }));
    const responses = await Promise.all(
      ['0.081', '0.082'].map((value) =>
        app.gql<{ updateExchangeRate: Rate }>(
          UPDATE_RATE,
          { id: rate.id, expectedVersion: 1, input: { rate: value } },
          { token: admin.token },
        ),
      ),
    );
    const codes = responses.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = responses.find((r) => !r.errors)?.data?.updateExchangeRate;
    const stored = (await storedRates(app)).find((row) => row.id === rate.id);
    expect(stored).toMatchObject({ rate: winner?.rate, version: 2 });
  });

  it('deletes at the version last seen; stale CONFLICT, unknown NOT_FOUND, non-admins refused', async () => {
    const rate = await record(nokEur({ date: '2026-07-03' }));
    const remove = (id: string, expectedVersion: number, token?: string) =>
      app.gql<{ deleteExchangeRate: boolean }>(DELETE_RATE, { id, expectedVersion }, { token });
    expectRefused(await remove(rate.id, 1), 'UNAUTHENTICATED');
    expectRefused(await remove(rate.id, 1, customer.token), 'FORBIDDEN');
    expectRefused(await remove(rate.id, 2, admin.token), 'CONFLICT');
    expectRefused(await remove('00000000-0000-0000-0000-000000000000', 1, admin.token), 'NOT_FOUND');
    expect(dataOf(await remove(rate.id, 1, admin.token)).deleteExchangeRate).toBe(true);
    expect((await storedRates(app)).some((row) => row.id === rate.id)).toBe(false);
    expect((await auditEventsOf(app, rate.id)).map((e) => e.action)).toEqual(['CREATE', 'DELETE']);
  });
});

describe('exchangeRates', () => {
  it('lists for anyone, newest first, filtered, in stable pages', async () => {
    await record({ date: '2026-08-01', from: 'SEK', to: 'ISK', rate: '13.18', source: 'Demo rate' });
    await record({ date: '2026-08-02', from: 'SEK', to: 'ISK', rate: '13.20', source: 'Demo rate' });
    await record({ date: '2026-08-03', from: 'SEK', to: 'ISK', rate: '13.22', source: 'Demo rate' });
    type Page = {
      exchangeRates: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: Rate }[];
      };
    };
    const first = dataOf(await app.gql<Page>(LIST_RATES, { from: 'SEK', to: 'ISK', first: 2 })).exchangeRates;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e) => e.node.rate)).toEqual(['13.22', '13.20']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = dataOf(
      await app.gql<Page>(LIST_RATES, { from: 'SEK', to: 'ISK', first: 2, after: first.pageInfo.endCursor }),
    ).exchangeRates;
    expect(next.edges.map((e) => e.node.date)).toEqual(['2026-08-01']);
    expect(next.pageInfo.hasNextPage).toBe(false);
    expectRefused(await app.gql(LIST_RATES, { after: 'not-a-cursor' }), 'BAD_USER_INPUT', 'after');
  });
});
