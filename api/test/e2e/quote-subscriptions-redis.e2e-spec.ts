import { randomBytes } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QuoteEvents } from '../../src/quotes/quote-events.js';
import {
  basisConfiguration,
  createQuoteWorld,
  DECIDE_QUOTE,
  quoteMutation,
  saveQuote,
  SUBMIT_QUOTE,
  type QuoteResult,
  type QuoteWorld,
} from '../support/quote-factory.js';
import { subscribe, waitUntil, wsClient } from '../support/subscriptions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createDurableTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Scale-out (DESIGN, "Architecture"): two instances on one database, both with REDIS_URL; a change
 * committed on instance A reaches a subscriber connected to instance B through Redis pub/sub.
 * Needs a Redis server: TEST_REDIS_URL (CI sets redis://127.0.0.1:6379); skipped without it.
 */
const redisUrl = process.env.TEST_REDIS_URL;
if (!redisUrl) {
  process.stderr.write(
    '\nNOTICE: cross-instance subscription tests through Redis skipped: TEST_REDIS_URL is not set (CI sets it).\n\n',
  );
}

const PROVIDER = 'QR-DK';
const QUOTE_CHANGED = `subscription ($id: ID!) { quoteChanged(id: $id) { id status version decisionComment } }`;
const QUOTE_INBOX = `subscription { quoteInboxChanged { id status providerCode } }`;

describe.skipIf(!redisUrl)('subscriptions across instances through Redis', () => {
  // A channel prefix of this run only, so parallel runs on one Redis never see each other's events.
  const prefix = `sk-test-${randomBytes(6).toString('hex')}:`;
  let database: TestDatabase;
  let instanceA: TestApp;
  let instanceB: TestApp;
  let world: QuoteWorld;
  const clients: Client[] = [];

  beforeAll(async () => {
    database = await createDurableTestDatabase();
    const config = { redisUrl, redisChannelPrefix: prefix };
    instanceA = await startTestApp(config, { database });
    instanceB = await startTestApp(config, { database });
    world = await createQuoteWorld(instanceA, PROVIDER);
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await instanceB?.close();
    await instanceA?.close();
    await database?.drop();
  });

  function clientOf(instance: TestApp, token: string): Client {
    const client = wsClient(instance, token);
    clients.push(client);
    return client;
  }

  async function submittedQuote(): Promise<QuoteResult> {
    const draft = await saveQuote(instanceA, world.customerA.token, {
      name: 'Across instances',
      configuration: basisConfiguration(PROVIDER),
    });
    return quoteMutation(instanceA, world.customerA.token, SUBMIT_QUOTE, {
      id: draft.id,
      expectedVersion: draft.version,
    });
  }

  it('both instances are ready, Redis included', async () => {
    for (const instance of [instanceA, instanceB]) {
      const response = await fetch(`${instance.url}/readyz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ready', redis: 'up' });
    }
  });

  it('a decision taken on instance A reaches the customer subscribed on instance B', async () => {
    const quote = await submittedQuote();
    const live = subscribe<{ quoteChanged: Record<string, unknown> }>(
      clientOf(instanceB, world.customerA.token),
      QUOTE_CHANGED,
      { id: quote.id },
    );
    // PUBSUB NUMSUB counts subscriptions on Redis, whichever instance holds them: only B subscribes.
    const events = instanceB.app.get(QuoteEvents);
    await waitUntil(async () => (await events.followersOf(quote.id)) === 1, 'B has subscribed on Redis');

    await quoteMutation(instanceA, world.manager.token, DECIDE_QUOTE, {
      id: quote.id,
      decision: 'ACCEPT',
      comment: 'Decided on A',
      expectedVersion: quote.version,
    });
    const result = await live.next();
    expect(result.errors).toBeUndefined();
    expect(result.data?.quoteChanged).toEqual({
      id: quote.id,
      status: 'ACCEPTED',
      version: quote.version + 1,
      decisionComment: 'Decided on A',
    });
  });

  it("a quote submitted on instance A reaches the centre's inbox followed on instance B", async () => {
    const inbox = subscribe<{ quoteInboxChanged: Record<string, unknown> }>(
      clientOf(instanceB, world.manager.token),
      QUOTE_INBOX,
    );
    const events = instanceB.app.get(QuoteEvents);
    await waitUntil(async () => (await events.inboxFollowers()) === 1, 'B follows the inbox on Redis');
    const quote = await submittedQuote();
    expect((await inbox.next()).data?.quoteInboxChanged).toEqual({
      id: quote.id,
      status: 'SUBMITTED',
      providerCode: PROVIDER,
    });
  });

  it('events travel only on the channels of this deployment’s prefix, with ids only', async () => {
    const quote = await submittedQuote();
    const spy = new Redis(redisUrl!);
    try {
      const messages: Array<{ channel: string; message: string }> = [];
      spy.on('pmessage', (_pattern: string, channel: string, message: string) =>
        messages.push({ channel, message }),
      );
      await spy.psubscribe(`${prefix}*`);
      await quoteMutation(instanceA, world.manager.token, DECIDE_QUOTE, {
        id: quote.id,
        decision: 'REJECT',
        comment: 'Not this year',
        expectedVersion: quote.version,
      });
      await waitUntil(() => messages.length >= 2, 'the events were published');
      expect(messages.map((m) => m.channel).sort()).toEqual([
        `${prefix}quote-changed:${quote.id}`,
        `${prefix}quote-inbox`,
      ]);
      for (const { message } of messages) {
        expect(JSON.parse(message)).toEqual({ quoteId: quote.id, providerCode: PROVIDER });
      }
    } finally {
      spy.disconnect();
    }
  });
});

describe('an instance whose Redis cannot be reached', () => {
  let instance: TestApp;

  beforeAll(async () => {
    // Port 1 on the loopback: nothing listens there, the connection is refused at once.
    instance = await startTestApp({ redisUrl: 'redis://127.0.0.1:1', redisChannelPrefix: 'sk-test-down:' });
  });

  afterAll(async () => {
    await instance?.close();
  });

  it('starts, serves queries and stays ready: Redis down is reported, not an error', async () => {
    const response = await fetch(`${instance.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', redis: 'down' });
    const health = await fetch(`${instance.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
