import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallCatalogue } from '../support/catalogue-factory.js';
import { createAgency, createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import { basisConfiguration, publishCatalogue, SAVE_QUOTE, sql } from '../support/quote-factory.js';
import { waitUntil } from '../support/subscriptions.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const onPostgres = process.env.SK_TEST_DB === 'postgres';
const PROVIDER = 'OUT-P';
const QUOTES = '{ quotes(first: 5) { totalCount } }';

// A database server that goes away exists only on PostgreSQL (SQLite is a file in the process).
describe.skipIf(!onPostgres)('the database goes away and comes back', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let testApp: TestApp;
  let customer: SignedInTestUser;

  beforeAll(async () => {
    database = await createTestDatabase();
    const real = new URL(database.config.type === 'postgres' ? database.config.url : '');
    proxy = await startTcpProxy(real.hostname, Number(real.port || 5432));
    const viaProxy = new URL(real);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    testApp = await startTestApp(
      { database: { type: 'postgres', url: viaProxy.toString() } },
      { database: { ...database, drop: async () => {} } },
    );
    await publishCatalogue(testApp, smallCatalogue({ providerCode: PROVIDER }));
    const agencyId = await createAgency(testApp, { providerCode: PROVIDER });
    customer = await createUserAndLogin(testApp, { role: 'CUSTOMER', agencyId });
  });

  afterAll(async () => {
    await proxy?.up();
    await testApp?.close();
    await proxy?.close();
    await database?.drop();
  });

  const save = (name: string) =>
    testApp.gql(
      SAVE_QUOTE,
      { input: { name, configuration: basisConfiguration(PROVIDER) } },
      { token: customer.token },
    );

  async function expectUnavailable(response: Promise<Awaited<ReturnType<typeof save>>>): Promise<void> {
    const started = Date.now();
    const answer = await response;
    expect(Date.now() - started).toBeLessThanOrEqual(2000);
    expect(answer.status).toBe(503);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(JSON.stringify(answer)).not.toMatch(/ECONN|terminated|select|insert|stack/i);
  }

  it('refused connections: reads and writes fail fast with SERVICE_UNAVAILABLE, /readyz is 503', async () => {
    await proxy.down();
    await expectUnavailable(save('while down'));
    await expectUnavailable(testApp.gql(QUOTES, {}, { token: customer.token }));
    expect((await fetch(`${testApp.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${testApp.url}/healthz`)).status).toBe(200);
  });

  it('a database that does not answer: the request still ends within 2 s', async () => {
    await proxy.stall();
    await expectUnavailable(save('while stalled'));
  });

  it('serves again by itself once the database is back, and nothing was written meanwhile', async () => {
    await proxy.up();
    await waitUntil(async () => (await fetch(`${testApp.url}/readyz`)).status === 200, 'ready again', 10_000);
    const saved = await save('after the outage');
    expect(saved.errors).toBeUndefined();
    const names = await sql<{ name: string }>(testApp, 'SELECT name FROM quotes ORDER BY name');
    expect(names.map((row) => row.name)).toEqual(['after the outage']);
  });
});
