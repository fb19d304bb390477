import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

const INTROSPECTION = '{ __schema { queryType { name } } }';

describe('health checks', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('answers /healthz and, while the database answers, /readyz', async () => {
    const health = await fetch(`${testApp.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${testApp.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('reports not ready (503) once the database is gone, while /healthz stays up', async () => {
    const dataSource = testApp.app.get(DataSource);
    await dataSource.destroy();
    try {
      const ready = await fetch(`${testApp.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(JSON.stringify(await ready.json())).not.toMatch(/sql|select|stack/i);
      expect((await fetch(`${testApp.url}/healthz`)).status).toBe(200);
    } finally {
      await dataSource.initialize();
    }
  });
});

describe('local and production modes', () => {
  it('allows introspection in local mode', async () => {
    const testApp = await startTestApp();
    try {
      const response = await testApp.gql(INTROSPECTION);
      expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await testApp.close();
    }
  });

  it('refuses introspection in production and keeps CSRF prevention on', async () => {
    const testApp = await startTestApp({ production: true, introspection: false, sandbox: false });
    try {
      const response = await testApp.gql(INTROSPECTION);
      expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(response)).not.toContain('stacktrace');
      // A simple GET without a preflight-forcing header is refused (Apollo CSRF prevention).
      const csrf = await fetch(
        `${testApp.url}/graphql?query=${encodeURIComponent('{ providers { code } }')}`,
      );
      expect(csrf.status).toBe(400);
    } finally {
      await testApp.close();
    }
  });
});
