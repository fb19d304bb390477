import { addDays } from '@servicekatalog/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Clock } from '../../src/common/clock/clock.js';
import { QUOTE_VALIDITY_DAYS } from '../../src/quotes/quote.rules.js';
import { dataOf } from '../support/catalogue-factory.js';
import {
  auditCount,
  basisConfiguration,
  createQuoteWorld,
  firstError,
  QUOTE,
  quoteMutation,
  REVISE_QUOTE,
  SAVE_QUOTE,
  saveQuote,
  sql,
  SUBMIT_QUOTE,
  UPDATE_QUOTE,
  type QuoteResult,
  type QuoteWorld,
} from '../support/quote-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Quotes' rules read today from the app's Clock — validity, expiry and the earliest start — so
 * moving the clock moves them, as it moves the catalogue in force. The small catalogue is in force
 * from 2020-01-01 on, so every day the clock is moved to (forward only) prices against it.
 */
const PROVIDER = 'QC-DK';
const QUOTES_EXPIRED = `query { quotes(first: 100) { edges { node { id expired } } } }`;

let app: TestApp;
let world: QuoteWorld;
let clock: Clock;
/** The system's today when the tests start: the days the clock is moved to count from it. */
let today: string;

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
  clock = app.app.get(Clock);
  today = clock.today();
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await app?.close();
});

/** Makes the app's Clock read noon (UTC) of `day` until the test ends. */
function moveClockTo(day: string): void {
  vi.spyOn(clock, 'now').mockReturnValue(new Date(`${day}T12:00:00.000Z`));
}

function save(name: string, extra: Record<string, unknown> = {}): Promise<QuoteResult> {
  return saveQuote(app, world.customerA.token, {
    name,
    configuration: { ...basisConfiguration(PROVIDER), ...extra },
  });
}

async function read(id: string): Promise<QuoteResult> {
  return dataOf(await app.gql<{ quote: QuoteResult }>(QUOTE, { id }, { token: world.customerA.token })).quote;
}

/** `expired` of quote `id` as the list `quotes` shows it. */
async function expiredInList(id: string): Promise<boolean | undefined> {
  const data = dataOf(
    await app.gql<{ quotes: { edges: { node: { id: string; expired: boolean } }[] } }>(
      QUOTES_EXPIRED,
      {},
      { token: world.customerA.token },
    ),
  );
  return data.quotes.edges.find((edge) => edge.node.id === id)?.node.expired;
}

async function quoteRows(): Promise<number> {
  const [row] = await sql<{ n: number | string }>(app, 'SELECT COUNT(*) AS n FROM quotes');
  return Number(row.n);
}

describe('expiry follows the app clock', () => {
  it('a quote holds through validUntil and, the day after, reads expired and cannot be submitted', async () => {
    // A start well after validUntil, so that only the lapsed offer stands in the way.
    const saved = await save('Lapsing', { startDate: addDays(today, 2 * QUOTE_VALIDITY_DAYS) });
    expect(saved).toMatchObject({ validUntil: addDays(today, QUOTE_VALIDITY_DAYS), expired: false });

    moveClockTo(saved.validUntil);
    expect(await read(saved.id)).toMatchObject({ expired: false });
    expect(await expiredInList(saved.id)).toBe(false);

    moveClockTo(addDays(saved.validUntil, 1));
    expect(await read(saved.id)).toMatchObject({ expired: true });
    expect(await expiredInList(saved.id)).toBe(true);

    const events = await auditCount(app, saved.id);
    const response = await app.gql(
      SUBMIT_QUOTE,
      { id: saved.id, expectedVersion: saved.version },
      { token: world.customerA.token },
    );
    expect(firstError(response)).toMatchObject({
      code: 'CONFLICT',
      reason: 'EXPIRED',
      validUntil: saved.validUntil,
    });
    expect(await read(saved.id)).toMatchObject({ status: 'DRAFT', version: 1, submittedAt: null });
    expect(await auditCount(app, saved.id)).toBe(events);
  });
});

describe('validity follows the app clock', () => {
  it('saving, editing and revising with the clock moved ahead give 90 days from the moved day', async () => {
    const later = addDays(today, 30);
    moveClockTo(later);
    const saved = await save('Saved later');
    expect(saved).toMatchObject({ validUntil: addDays(later, QUOTE_VALIDITY_DAYS), expired: false });

    const evenLater = addDays(today, 40);
    moveClockTo(evenLater);
    const edited = await quoteMutation(app, world.customerA.token, UPDATE_QUOTE, {
      id: saved.id,
      expectedVersion: saved.version,
      input: { name: 'Edited later', configuration: basisConfiguration(PROVIDER) },
    });
    expect(edited.validUntil).toBe(addDays(evenLater, QUOTE_VALIDITY_DAYS));

    const latest = addDays(today, 50);
    moveClockTo(latest);
    const revised = await quoteMutation(app, world.customerA.token, REVISE_QUOTE, {
      id: edited.id,
      expectedVersion: edited.version,
    });
    expect(revised).toMatchObject({ revision: 2, validUntil: addDays(latest, QUOTE_VALIDITY_DAYS) });
  });
});

describe('the earliest start follows the app clock', () => {
  it('a start before the moved today is refused, one on it saved; once the clock passes it, submit is refused', async () => {
    const later = addDays(today, 30);
    moveClockTo(later);
    const rows = await quoteRows();
    const refused = await app.gql(
      SAVE_QUOTE,
      {
        input: {
          name: 'Too early',
          configuration: { ...basisConfiguration(PROVIDER), startDate: addDays(later, -1) },
        },
      },
      { token: world.customerA.token },
    );
    expect(firstError(refused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.configuration.startDate',
      reason: 'START_DATE_PASSED',
    });
    expect(await quoteRows()).toBe(rows);

    const onTheDay = await save('On the day', { startDate: later });
    expect(onTheDay.configuration).toMatchObject({ startDate: later });

    moveClockTo(addDays(later, 1));
    const submit = await app.gql(
      SUBMIT_QUOTE,
      { id: onTheDay.id, expectedVersion: onTheDay.version },
      { token: world.customerA.token },
    );
    expect(firstError(submit)).toMatchObject({ code: 'CONFLICT', reason: 'START_DATE_PASSED' });
    expect(await read(onTheDay.id)).toMatchObject({ status: 'DRAFT', version: 1 });
  });
});
