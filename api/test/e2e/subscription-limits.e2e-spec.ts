/**
 * Subscription limits (DESIGN "Limits"): at most 20 subscriptions per connection (the 21st fails
 * with TOO_MANY_REQUESTS) and 5 connections per user on each instance (the 6th is closed with
 * 4429), so one client cannot multiply the work a single event causes.
 */
import type { Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLWsServer } from '../../src/common/graphql/subscriptions.js';
import { QuoteEvents } from '../../src/quotes/quote-events.js';
import {
  ADD_COMMENT,
  basisConfiguration,
  createQuoteWorld,
  saveQuote,
  type QuoteResult,
  type QuoteWorld,
} from '../support/quote-factory.js';
import { settle, subscribe, waitUntil, wsClient, type SubscriptionProbe } from '../support/subscriptions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'SL-DK';
const QUOTE_CHANGED = `subscription ($id: ID!) { quoteChanged(id: $id) { id comments { text } } }`;

type Changed = { quoteChanged: { id: string; comments: { text: string }[] } };

let app: TestApp;
let world: QuoteWorld;
let events: QuoteEvents;
let sockets: GraphQLWsServer;
let quote: QuoteResult;
const clients: Client[] = [];

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
  events = app.app.get(QuoteEvents);
  sockets = app.app.get(GraphQLWsServer);
  quote = await saveQuote(app, world.customerA.token, {
    name: 'Followed',
    configuration: basisConfiguration(PROVIDER),
  });
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await waitUntil(async () => (await events.followersOf(quote.id)) === 0, 'every subscription has ended');
  await waitUntil(() => sockets.connections.connectionsOf(world.customerA.userId) === 0, 'sockets closed');
});

afterAll(async () => {
  await app?.close();
});

function client(token?: string): Client {
  const created = wsClient(app, token);
  clients.push(created);
  return created;
}

/** Starts `count` subscriptions to the quote on `on` and waits until the server follows all of them. */
async function follow(on: Client, count: number): Promise<SubscriptionProbe<Changed>[]> {
  const before = await events.followersOf(quote.id);
  const probes = Array.from({ length: count }, () => subscribe<Changed>(on, QUOTE_CHANGED, { id: quote.id }));
  await waitUntil(async () => (await events.followersOf(quote.id)) === before + count, `${count} live`);
  return probes;
}

/** How a subscription ended when the server refused it: its errors, or the socket's close event. */
async function refusal(probe: SubscriptionProbe<Changed>): Promise<unknown> {
  return probe.completed.then(
    () => 'completed without refusal',
    (failure: unknown) => failure,
  );
}

describe('subscriptions per connection', () => {
  it('refuses the 21st subscription of one socket with TOO_MANY_REQUESTS; the 20 keep working', async () => {
    const socket = client(world.customerA.token);
    const twenty = await follow(socket, 20);
    const extra = subscribe<Changed>(socket, QUOTE_CHANGED, { id: quote.id });
    expect(await refusal(extra)).toEqual([
      {
        message: 'At most 20 subscriptions per connection: stop one before starting another.',
        extensions: { code: 'TOO_MANY_REQUESTS' },
      },
    ]);
    expect(await events.followersOf(quote.id)).toBe(20);

    await app.gql(
      ADD_COMMENT,
      { id: quote.id, text: 'Heard twenty times' },
      { token: world.customerA.token },
    );
    for (const probe of twenty) {
      const result = await probe.next();
      expect(result.data?.quoteChanged.comments.map((comment) => comment.text)).toContain(
        'Heard twenty times',
      );
    }

    // Stopping one makes room for another on the same socket.
    twenty[0].stop();
    await waitUntil(async () => (await events.followersOf(quote.id)) === 19, 'one stopped');
    await follow(socket, 1);
    expect(sockets.connections.connectionsOf(world.customerA.userId)).toBe(1);
  });
});

describe('connections per user', () => {
  it("closes a user's 6th socket with 4429; other users connect, and closing one lets a new one in", async () => {
    const five = Array.from({ length: 5 }, () => client(world.customerA.token));
    for (const socket of five) await follow(socket, 1);
    expect(sockets.connections.connectionsOf(world.customerA.userId)).toBe(5);

    const sixth = subscribe<Changed>(client(world.customerA.token), QUOTE_CHANGED, { id: quote.id });
    expect(await refusal(sixth)).toMatchObject({ code: 4429 });
    expect(sixth.results).toEqual([]);
    expect(sockets.connections.connectionsOf(world.customerA.userId)).toBe(5);

    // Another user of the same agency is counted on their own.
    const manager = subscribe<Changed>(client(world.manager.token), QUOTE_CHANGED, { id: quote.id });
    await waitUntil(
      async () => (await events.followersOf(quote.id)) === 6,
      "the manager's subscription is live",
    );
    expect(manager.results).toEqual([]);

    await five[0].dispose();
    await waitUntil(
      () => sockets.connections.connectionsOf(world.customerA.userId) === 4,
      'one socket closed',
    );
    await follow(client(world.customerA.token), 1);
    expect(sockets.connections.connectionsOf(world.customerA.userId)).toBe(5);
  });

  it('does not count sockets without a valid token for anybody (their subscriptions are refused)', async () => {
    const anonymous = Array.from({ length: 6 }, (_, i) =>
      subscribe<Changed>(client(i % 2 ? 'not-a-token' : undefined), QUOTE_CHANGED, { id: quote.id }),
    );
    for (const probe of anonymous) {
      const result = await probe.next();
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    await settle(100);
    expect(sockets.connections.connectionsOf(world.customerA.userId)).toBe(0);
  });
});
