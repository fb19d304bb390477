import { randomBytes } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../../src/common/events/event-bus.js';
import {
  basisConfiguration,
  createQuoteWorld,
  quoteMutation,
  saveQuote,
  SUBMIT_QUOTE,
  WITHDRAW_QUOTE,
  type QuoteWorld,
} from '../support/quote-factory.js';
import { settle, subscribe, waitUntil, wsClient } from '../support/subscriptions.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Redis down is not an error (DESIGN, "Caching and several instances"); needs TEST_REDIS_URL. */
const redisUrl = process.env.TEST_REDIS_URL;
const PROVIDER = 'RO-DK';
const QUOTE_CHANGED = `subscription ($id: ID!) { quoteChanged(id: $id) { id status version } }`;

async function readiness(testApp: TestApp): Promise<[number, unknown]> {
  const response = await fetch(`${testApp.url}/readyz`);
  return [response.status, await response.json()];
}

async function redisState(testApp: TestApp): Promise<unknown> {
  return ((await readiness(testApp))[1] as { redis?: unknown }).redis;
}

describe.skipIf(!redisUrl)('Redis goes away and comes back', () => {
  let proxy: TcpProxy;
  let testApp: TestApp;
  let world: QuoteWorld;
  let client: Client;
  let reconnections = 0;

  beforeAll(async () => {
    const real = new URL(redisUrl!);
    proxy = await startTcpProxy(real.hostname, Number(real.port || 6379));
    const viaProxy = `redis://127.0.0.1:${proxy.port}`;
    testApp = await startTestApp({
      redisUrl: viaProxy,
      redisChannelPrefix: `sk-test-${randomBytes(6).toString('hex')}:`,
    });
    world = await createQuoteWorld(testApp, PROVIDER);
    testApp.app.get(EventBus).onReconnect(() => (reconnections += 1));
    client = wsClient(testApp, world.customerA.token);
  });

  afterAll(async () => {
    await client?.dispose();
    await proxy?.up();
    await testApp?.close();
    await proxy?.close();
  });

  it('stays ready, reports Redis down, and still delivers events within the instance', async () => {
    const quote = await saveQuote(testApp, world.customerA.token, {
      name: 'Redis outage',
      configuration: basisConfiguration(PROVIDER),
    });
    const live = subscribe<{ quoteChanged: { status: string } }>(client, QUOTE_CHANGED, { id: quote.id });
    await settle(300);
    await proxy.down();
    await waitUntil(async () => (await redisState(testApp)) === 'down', 'Redis reported down');
    expect(await readiness(testApp)).toEqual([200, { status: 'ready', redis: 'down' }]);

    const submitted = await quoteMutation(testApp, world.customerA.token, SUBMIT_QUOTE, {
      id: quote.id,
      expectedVersion: quote.version,
    });
    expect((await live.next()).data?.quoteChanged.status).toBe('SUBMITTED');
    expect(reconnections).toBe(0);

    await proxy.up();
    await waitUntil(async () => (await redisState(testApp)) === 'up', 'Redis back', 15_000);
    // Each instance hears once that Redis is back, to drop what lost events would have cleared.
    await waitUntil(() => reconnections === 1, 'the reconnect event');
    await settle(300);
    expect(reconnections).toBe(1);

    await quoteMutation(testApp, world.customerA.token, WITHDRAW_QUOTE, {
      id: quote.id,
      expectedVersion: submitted.version,
    });
    expect((await live.next(8000)).data?.quoteChanged.status).toBe('WITHDRAWN');
    live.stop();
  });
});
