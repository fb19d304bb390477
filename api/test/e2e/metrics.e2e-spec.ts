import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { Metrics } from '../../src/metrics/metrics.js';
import { parsePrometheusText, type PrometheusSamples } from '../support/prometheus.js';
import { createTestDatabase } from '../support/test-database.js';
import { startTestApp, testConfig, type TestApp } from '../support/test-app.js';

const TOKEN = 'metrics-token-for-the-e2e-spec';

async function scrape(testApp: TestApp): Promise<PrometheusSamples> {
  const response = await fetch(`${testApp.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(await response.text());
}

const sample = (samples: PrometheusSamples, key: string): number => samples.get(key) ?? 0;

describe('/metrics', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('counts a web app operation by name, with its latency', async () => {
    const before = await scrape(testApp);
    const response = await testApp.gql('query Providers { providers { code } }');
    expect(response.errors).toBeUndefined();
    const after = await scrape(testApp);
    for (const key of [
      'graphql_requests_total{operation="Providers"}',
      'graphql_request_duration_seconds_count{operation="Providers"}',
      'graphql_request_duration_seconds_bucket{le="+Inf",operation="Providers"}',
    ]) {
      expect(sample(after, key) - sample(before, key), key).toBe(1);
    }
    expect(sample(after, 'graphql_request_duration_seconds_sum{operation="Providers"}')).toBeGreaterThan(0);
  });

  it('counts names the web app does not use, and anonymous operations, as "other"', async () => {
    const before = await scrape(testApp);
    await testApp.gql('query AttackerChosenName123 { providers { code } }');
    await testApp.gql('{ providers { code } }');
    const after = await scrape(testApp);
    const key = 'graphql_requests_total{operation="other"}';
    expect(sample(after, key) - sample(before, key)).toBe(2);
    expect([...after.keys()].some((k) => k.includes('AttackerChosenName123'))).toBe(false);
  });

  it('counts errors by the extensions.code the client received', async () => {
    const before = await scrape(testApp);
    const invalid = await testApp.gql('query Providers { providers { noSuchField } }');
    const unparsable = await testApp.gql('query Providers { providers { code ');
    const unauthenticated = await testApp.gql('query Me { me { id } } ', {}, { token: 'not-a-token' });
    const after = await scrape(testApp);
    const sent = [invalid, unparsable, unauthenticated].flatMap((r) => r.errors ?? []);
    const codes = sent.map((error) => String(error.extensions?.code));
    expect(codes).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(codes).toContain('GRAPHQL_PARSE_FAILED');
    for (const code of new Set(codes)) {
      const key = `graphql_errors_total{code="${code}"}`;
      expect(sample(after, key) - sample(before, key), key).toBe(codes.filter((c) => c === code).length);
    }
  });

  it('reports SQL statements, cache hits and misses, the pool on PostgreSQL, process and event loop', async () => {
    const metrics = testApp.app.get(Metrics);
    // A cache name of the spec's own, so the app's real caches cannot move these counts.
    metrics.cacheHit('metrics-spec');
    metrics.cacheHit('metrics-spec');
    metrics.cacheMiss('metrics-spec');
    await testApp.gql('query Providers { providers { code } }');
    const sentBefore = testApp.statements();
    const samples = await scrape(testApp);
    const sentAfter = testApp.statements();
    expect(sample(samples, 'cache_hits_total{cache="metrics-spec"}')).toBe(2);
    expect(sample(samples, 'cache_misses_total{cache="metrics-spec"}')).toBe(1);
    // What the statement counter held at the scrape (other work may add some meanwhile).
    expect(sentBefore).toBeGreaterThan(0);
    expect(samples.get('db_statements_total')).toBeGreaterThanOrEqual(sentBefore);
    expect(samples.get('db_statements_total')).toBeLessThanOrEqual(sentAfter);
    expect(sample(samples, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(samples.has('nodejs_eventloop_lag_p99_seconds')).toBe(true);
    if (testApp.database.kind === 'postgres') {
      expect(sample(samples, 'db_pool_connections')).toBeGreaterThanOrEqual(1);
      expect(samples.has('db_pool_waiting_requests')).toBe(true);
    } else {
      expect(samples.has('db_pool_connections')).toBe(false);
    }
  });
});

describe('/metrics access', () => {
  it('answers loopback without a token; with TRUST_PROXY, a forwarded client needs the token', async () => {
    const testApp = await startTestApp({ trustProxy: 1, metricsToken: TOKEN });
    try {
      const get = (headers: Record<string, string>) => fetch(`${testApp.url}/metrics`, { headers });
      expect((await get({})).status).toBe(200);
      const outsider = await get({ 'x-forwarded-for': '203.0.113.5' });
      expect(outsider.status).toBe(404);
      expect(await outsider.text()).not.toContain('graphql_requests_total');
      // A forged loopback entry sits farther left than the proxy's own entry and is not believed.
      expect((await get({ 'x-forwarded-for': '127.0.0.1, 203.0.113.5' })).status).toBe(404);
      const wrong = { 'x-forwarded-for': '203.0.113.5', authorization: `Bearer ${TOKEN}x` };
      expect((await get(wrong)).status).toBe(404);
      const right = await get({ 'x-forwarded-for': '203.0.113.5', authorization: `Bearer ${TOKEN}` });
      expect(right.status).toBe(200);
      expect(parsePrometheusText(await right.text()).has('db_statements_total')).toBe(true);
    } finally {
      await testApp.close();
    }
  });

  it('refuses a request from a non-loopback address unless it carries the token', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
    expect(external, 'this check needs a non-loopback IPv4 interface to send from').toBeDefined();
    const database = await createTestDatabase();
    const app = await createApp(testConfig(database, { metricsToken: TOKEN }), {
      logLevels: ['error', 'fatal'],
      webRoot: null,
    });
    try {
      await app.listen({ port: 0, host: '0.0.0.0' });
      const url = `http://${external}:${new URL(await app.getUrl()).port}/metrics`;
      const refused = await fetch(url);
      expect(refused.status).toBe(404);
      expect(await refused.text()).not.toContain('process_resident_memory_bytes');
      expect((await fetch(url, { headers: { authorization: 'Bearer wrong-token' } })).status).toBe(404);
      const allowed = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(allowed.status).toBe(200);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
