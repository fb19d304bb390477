/**
 * Operation limits (DESIGN "Limits at every entry point"): aliases, depth, tokens, directives and
 * cost are refused before execution with GRAPHQL_VALIDATION_FAILED naming the limit, over HTTP and
 * over graphql-ws alike; suggestions follow introspection; the environment overrides the numbers.
 * Also the request errors that used to be 500s: a subscription over HTTP, a persisted-query hash
 * that does not match its query.
 */
import { createHash } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Logger } from '@nestjs/common';
import { loadConfig, type GraphQLLimits } from '../../src/config/config.js';
import { dataOf, exampleCatalogue } from '../support/catalogue-factory.js';
import { publishCatalogue } from '../support/pricing.js';
import { createQuoteWorld, type QuoteWorld } from '../support/quote-factory.js';
import { subscribe, wsClient } from '../support/subscriptions.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

const PROVIDER = 'EX-NO';

let app: TestApp;
let world: QuoteWorld;

beforeAll(async () => {
  app = await startTestApp();
  await publishCatalogue(app, exampleCatalogue(PROVIDER), '2020-01-01');
  world = await createQuoteWorld(app, 'OL-DK', 'OL-SE');
});

afterAll(async () => {
  await app?.close();
});

/** `count` aliases of `field`, each `alias: field`. */
function aliased(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

/** The one root field of a subscription, with `fields` selected (validated before any resolver runs). */
const changed = (fields: string) => `quoteChanged(id: "00000000-0000-4000-8000-000000000000") { ${fields} }`;
const CATALOGUE_FIELD = `catalogue(providerCode: "${PROVIDER}") { id }`;
const DEEP_INTROSPECTION = `{ __type(name: "Quote") { fields { type {
  ${'ofType { '.repeat(7)} name ${'} '.repeat(7)} } } } }`; // 11 levels of fields
const MANY_DIRECTIVES = `{ providers { ${'code @include(if: true) '.repeat(51)} } }`;
/** 101 configurations to price: 101 × 50 + 101 × 1 = 5,151, with no alias and few tokens. */
const COSTLY = `{ compareConfigurations(inputs: [${`{ providerCode: "${PROVIDER}" } `.repeat(101)}]) { currency } }`;

/** The single error of a refused request, with its HTTP status. */
function refusal(response: GraphQLResponse<unknown>): { status: number; code: unknown; message: string } {
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(JSON.stringify(error)).not.toMatch(/stacktrace|at .*\.js/);
  return { status: response.status, code: error.extensions?.code, message: error.message };
}

function refusedBy(limit: keyof GraphQLLimits, found: string | number, max: number) {
  return {
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: `Operation refused before execution: ${limit}: ${found} > ${max}.`,
  };
}

describe('operation limits over HTTP (defaults: 15 aliases, depth 10, 2,000 tokens, 50 directives, cost 5,000)', () => {
  it('runs an operation at the limits', async () => {
    const response = dataOf(
      await app.gql<Record<string, { code: string }[]>>(aliased(15, 'providers { code }')),
    );
    expect(Object.keys(response)).toHaveLength(15);
    expect(response.a14).toEqual(expect.arrayContaining([{ code: PROVIDER }]));
  });

  it('refuses 16 aliases', async () => {
    expect(refusal(await app.gql(aliased(16, 'providers { code }')))).toEqual(refusedBy('aliases', 16, 15));
  });

  it('refuses 500 aliases of catalogue, on its tokens before anything is parsed', async () => {
    expect(refusal(await app.gql(aliased(500, CATALOGUE_FIELD)))).toEqual(refusedBy('tokens', '2001+', 2000));
  });

  it('refuses 30,000 aliases of providers by the token limit', async () => {
    const query = aliased(30_000, 'providers { code }');
    expect(refusal(await app.gql(query))).toEqual(refusedBy('tokens', '2001+', 2000));
  });

  it('refuses depth 11', async () => {
    expect(refusal(await app.gql(DEEP_INTROSPECTION))).toEqual(refusedBy('depth', 11, 10));
  });

  it('refuses 51 directives', async () => {
    expect(refusal(await app.gql(MANY_DIRECTIVES))).toEqual(refusedBy('directives', 51, 50));
  });

  it('refuses a cost over 5,000: 101 configurations to price', async () => {
    expect(refusal(await app.gql(COSTLY))).toEqual(refusedBy('cost', 5151, 5000));
  });

  it('counts page sizes and configurations sent as variables', async () => {
    const inputs = Array.from({ length: 101 }, () => ({ providerCode: PROVIDER }));
    const compare = `query ($inputs: [ConfigurationInput!]!) { compareConfigurations(inputs: $inputs) { currency } }`;
    expect(refusal(await app.gql(compare, { inputs }))).toEqual(refusedBy('cost', 5151, 5000));
    // 1 + 100 × (edges 1 + node 1 + repriced 50 + currency 1): re-pricing a page of quotes.
    const repriced = `query ($first: Int) { quotes(first: $first) { edges { node { repriced { currency } } } } }`;
    expect(refusal(await app.gql(repriced, { first: 100 }, { token: world.customerA.token }))).toEqual(
      refusedBy('cost', 5301, 5000),
    );
    // Without first, each page is the default 20: 5 × (1 + 20 × 53).
    const defaultPages = aliased(5, 'quotes { edges { node { repriced { currency } } } }');
    expect(refusal(await app.gql(defaultPages, {}, { token: world.customerA.token }))).toEqual(
      refusedBy('cost', 5305, 5000),
    );
    const page = dataOf(await app.gql(repriced, { first: 10 }, { token: world.customerA.token }));
    expect(page).toEqual({ quotes: { edges: [] } });
  });

  it('exempts the introspection query from depth and cost while introspection is on', async () => {
    const response = await app.gql<{ __schema: { types: unknown[] } }>(getIntrospectionQuery());
    expect(response.errors).toBeUndefined();
    expect(dataOf(response).__schema.types.length).toBeGreaterThan(50);
  });

  it('suggests field names while introspection is on', async () => {
    const response = await app.gql('{ providers { nam } }');
    expect(response.errors?.[0]?.message).toBe(
      'Cannot query field "nam" on type "Provider". Did you mean "name"?',
    );
  });
});

describe('a subscription or a mismatched persisted query over HTTP', () => {
  it('refuses a subscription sent over HTTP with BAD_REQUEST (400), without logging an error', async () => {
    const logged = vi.spyOn(Logger.prototype, 'error');
    try {
      const response = await app.gql(
        'subscription { quoteChanged(id: "1") { id } }',
        {},
        {
          token: world.customerA.token,
        },
      );
      expect(refusal(response)).toEqual({
        status: 400,
        code: 'BAD_REQUEST',
        message: 'Subscriptions are served over WebSocket (graphql-ws on /graphql), not over HTTP.',
      });
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('refuses a persisted query whose sha256 does not match the query with BAD_REQUEST (400)', async () => {
    const logged = vi.spyOn(Logger.prototype, 'error');
    try {
      const query = '{ providers { code } }';
      const wrong = createHash('sha256').update(`${query} `).digest('hex');
      const response = await postRaw({
        query,
        extensions: { persistedQuery: { version: 1, sha256Hash: wrong } },
      });
      expect(refusal(response)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
      expect(logged).not.toHaveBeenCalled();
      // The right hash registers and runs it.
      const right = createHash('sha256').update(query).digest('hex');
      const ran = await postRaw({ query, extensions: { persistedQuery: { version: 1, sha256Hash: right } } });
      expect(ran.status).toBe(200);
      expect(ran.data).toEqual({ providers: expect.arrayContaining([{ code: PROVIDER }]) });
    } finally {
      logged.mockRestore();
    }
  });
});

async function postRaw(body: Record<string, unknown>): Promise<GraphQLResponse> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
}

const clients: Client[] = [];

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
});

/** What a graphql-ws client is told when its subscription is refused (nothing is sent first). */
async function refusedOverSocket(testApp: TestApp, query: string): Promise<unknown> {
  const client = wsClient(testApp, world.customerA.token);
  clients.push(client);
  const probe = subscribe(client, query);
  const errors = await probe.completed.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(probe.results).toEqual([]);
  return errors;
}

function refusedOnSocket(limit: keyof GraphQLLimits, found: string | number, max: number) {
  return [
    {
      message: `Operation refused before execution: ${limit}: ${found} > ${max}.`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    },
  ];
}

describe('operation limits over graphql-ws', () => {
  /** `count` aliases of `id` inside the one field a subscription may select. */
  const aliasedIds = (count: number) =>
    `subscription { ${changed(Array.from({ length: count }, (_, i) => `a${i}: id`).join(' '))} }`;

  it('refuses 16 aliases, and 3,000 aliases by their tokens, like HTTP does', async () => {
    expect(await refusedOverSocket(app, aliasedIds(16))).toEqual(refusedOnSocket('aliases', 16, 15));
    // 3,000 (not 30,000): a socket message over 64 KiB closes the socket before any limit is asked.
    expect(await refusedOverSocket(app, aliasedIds(3000))).toEqual(refusedOnSocket('tokens', '2001+', 2000));
  });

  it('refuses 51 directives', async () => {
    const query = `subscription { ${changed('id @include(if: true) '.repeat(51))} }`;
    expect(await refusedOverSocket(app, query)).toEqual(refusedOnSocket('directives', 51, 50));
  });

  it('applies the limits the environment sets: depth and cost', async () => {
    const lowered = await startTestApp({
      graphqlLimits: limitsFromEnv({ GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COST: '100' }),
    });
    try {
      const deep = `subscription { ${changed('price { lines { amount } }')} }`;
      expect(await refusedOverSocket(lowered, deep)).toEqual(refusedOnSocket('depth', 4, 3));
      // 1 + 2 × (repriced 50 + currency 1) = 103
      const costly = `subscription { ${changed('a: repriced { currency } b: repriced { currency }')} }`;
      expect(await refusedOverSocket(lowered, costly)).toEqual(refusedOnSocket('cost', 103, 100));
    } finally {
      await lowered.close();
    }
  });
});

function limitsFromEnv(env: Record<string, string>): GraphQLLimits {
  return loadConfig(env, '/nonexistent-test-data-dir').graphqlLimits;
}

describe('limits from the environment, and suggestions with introspection off', () => {
  it('honours GRAPHQL_MAX_ALIASES and GRAPHQL_MAX_TOKENS: 500 aliases of catalogue are then refused by aliases', async () => {
    const limits = limitsFromEnv({ GRAPHQL_MAX_ALIASES: '20', GRAPHQL_MAX_TOKENS: '10000' });
    expect(limits).toEqual({ aliases: 20, depth: 10, tokens: 10000, directives: 50, cost: 5000 });
    const other = await startTestApp({ graphqlLimits: limits });
    try {
      expect(refusal(await other.gql(aliased(500, CATALOGUE_FIELD)))).toEqual(refusedBy('aliases', 500, 20));
      const twenty = await other.gql<Record<string, unknown[]>>(aliased(20, 'providers { code }'));
      expect(Object.keys(dataOf(twenty))).toHaveLength(20);
    } finally {
      await other.close();
    }
  });

  it('hides "Did you mean" with introspection off, over HTTP and over the socket', async () => {
    const closed = await startTestApp({ production: true, introspection: false, sandbox: false });
    try {
      const response = await closed.gql('{ providers { nam } }');
      expect(refusal(response)).toEqual({
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: 'Cannot query field "nam" on type "Provider".',
      });
      const enumValue = await closed.gql('query ($s: QuoteStatus) { quotes(status: $s) { totalCount } }', {
        s: 'DRAF',
      });
      expect(enumValue.errors?.[0]?.message).not.toContain('Did you mean');
      const overSocket = await refusedOverSocket(closed, `subscription { ${changed('nam')} }`);
      expect(overSocket).toEqual([
        expect.objectContaining({
          message: 'Cannot query field "nam" on type "Quote".',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ]);
      // Depth is no longer waived for introspection, which is refused anyway.
      const deep = await closed.gql(DEEP_INTROSPECTION);
      expect(deep.status).toBe(400);
      expect(deep.errors?.map((error) => error.message)).toContain(
        'Operation refused before execution: depth: 11 > 10.',
      );
    } finally {
      await closed.close();
    }
  });
});
