import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { parsePrometheusText, type PrometheusSamples } from '../support/prometheus.js';
import { subscribe, wsClient } from '../support/subscriptions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * graphql_requests_total counts every GraphQL operation the app answers, wherever it is answered:
 * by Apollo, by the response cache's fast path (which answers before Apollo sees the request), or
 * over WebSocket. And every answer that is not a public cached one says `Cache-Control: no-store`.
 */
async function scrape(testApp: TestApp): Promise<PrometheusSamples> {
  const response = await fetch(`${testApp.url}/metrics`);
  expect(response.status).toBe(200);
  return parsePrometheusText(await response.text());
}

const grown = (before: PrometheusSamples, after: PrometheusSamples, key: string): number =>
  (after.get(key) ?? 0) - (before.get(key) ?? 0);

async function post(testApp: TestApp, query: string): Promise<Response> {
  return fetch(`${testApp.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
}

describe('counting GraphQL requests', () => {
  let testApp: TestApp;
  const clients: Client[] = [];

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(() => testApp.close());

  it('counts an answer of the response cache like an executed one, by operation name, with its latency', async () => {
    const query = 'query Providers { providers { code name } }';
    const before = await scrape(testApp);
    const first = await post(testApp, query);
    const second = await post(testApp, query);
    const after = await scrape(testApp);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const [firstBody, secondBody] = [await first.text(), await second.text()];
    expect(secondBody).toBe(firstBody);
    expect(JSON.parse(secondBody)).toMatchObject({ data: { providers: expect.any(Array) } });
    expect(grown(before, after, 'cache_hits_total{cache="response"}')).toBe(1);
    expect(grown(before, after, 'graphql_requests_total{operation="Providers"}')).toBe(2);
    expect(grown(before, after, 'graphql_request_duration_seconds_count{operation="Providers"}')).toBe(2);
  });

  it('counts an operation over WebSocket by name, and its refusal by the code the client received', async () => {
    const client = wsClient(testApp);
    clients.push(client);
    const before = await scrape(testApp);
    const probe = subscribe(client, 'query Providers { providers { code } }');
    const refusal = await probe.completed.then(
      () => null,
      (errors: unknown) => errors as Array<{ extensions?: { code?: string } }>,
    );
    const after = await scrape(testApp);
    const codes = (refusal ?? []).map((error) => error.extensions?.code);
    expect(codes).toHaveLength(1);
    expect(grown(before, after, 'graphql_requests_total{operation="Providers"}')).toBe(1);
    expect(grown(before, after, `graphql_errors_total{code="${codes[0]}"}`)).toBe(1);
  });

  it('answers Cache-Control: no-store to what is not a public cached answer (a POST, an error)', async () => {
    for (const query of [
      'query Providers { providers { code } }',
      '{ noSuchField }',
      'query Me { me { id } }',
    ]) {
      const response = await post(testApp, query);
      expect(response.headers.get('cache-control'), query).toBe('no-store');
    }
  });
});
