/**
 * Catalogue caches across instances (DESIGN "Caching and several instances"): two instances on one
 * database, both with REDIS_URL. A publish on A is served by B within a second; after B's
 * connection to Redis is cut and comes back, B drops its cached version selections.
 * Needs a Redis server: TEST_REDIS_URL (CI sets redis://127.0.0.1:6379); skipped without it.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../../src/common/events/event-bus.js';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import { dataOf, importPublished, smallCatalogue } from '../support/catalogue-factory.js';
import { waitUntil } from '../support/subscriptions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createDurableTestDatabase, type TestDatabase } from '../support/test-database.js';

const redisUrl = process.env.TEST_REDIS_URL;
if (!redisUrl) {
  process.stderr.write(
    '\nNOTICE: catalogue cache tests across instances skipped: TEST_REDIS_URL is not set (CI sets it).\n\n',
  );
}

const READ = `query ($providerCode: String!) { catalogue(providerCode: $providerCode) { number services { priceComponents { amount } } } }`;

interface Read {
  catalogue: { number: number; services: { priceComponents: { amount: string | null }[] }[] } | null;
}

describe.skipIf(!redisUrl)('catalogue caches across instances through Redis', () => {
  // A channel prefix of this run only: parallel runs on one Redis never see each other's events.
  const prefix = `sk-test-${randomBytes(6).toString('hex')}:`;
  let database: TestDatabase;
  let instanceA: TestApp;
  let instanceB: TestApp;
  let admin: SignedInTestUser;
  let languages = 0;

  beforeAll(async () => {
    database = await createDurableTestDatabase();
    const config = { redisUrl, redisChannelPrefix: prefix };
    instanceA = await startTestApp(config, { database });
    instanceB = await startTestApp(config, { database });
    admin = await createUserAndLogin(instanceA, { role: 'ADMIN' });
    await importPublished(instanceA, admin.token, smallCatalogue({ providerCode: 'RX-DK' }), '2020-01-01');
    await waitUntil(
      async () =>
        (await instanceA.app.get(EventBus).redisUp()) && (await instanceB.app.get(EventBus).redisUp()),
      'both instances are connected to Redis',
    );
  });

  afterAll(async () => {
    await instanceB?.close();
    await instanceA?.close();
    await database?.drop();
  });

  /** A read of B that the response cache cannot answer (a new language each time): it executes. */
  async function readB(): Promise<{ statements: number; data: Read }> {
    languages += 1;
    const before = instanceB.statements();
    const response = await instanceB.gql<Read>(
      READ,
      { providerCode: 'RX-DK' },
      {
        headers: { 'accept-language': `x-r${languages}` },
      },
    );
    return { statements: instanceB.statements() - before, data: dataOf(response) };
  }

  it('a publish on A is served by B within a second', async () => {
    expect((await readB()).data.catalogue?.number).toBe(1);
    // Warm: B chooses the version in force from memory.
    expect((await readB()).statements).toBe(0);
    await importPublished(
      instanceA,
      admin.token,
      smallCatalogue({ providerCode: 'RX-DK', price: '9300.00' }),
      '2021-01-01',
    );
    const published = Date.now();
    let seen: Read['catalogue'] = null;
    while (Date.now() - published < 1000) {
      seen = (await readB()).data.catalogue;
      if (seen?.number === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(seen?.number).toBe(2);
    expect(seen?.services[0].priceComponents[0].amount).toBe('9300.00');
  });

  it('after its connection to Redis comes back, B drops its cached version selections', async () => {
    await readB();
    expect((await readB()).statements).toBe(0);
    const killer = new Redis(redisUrl!);
    try {
      const clients = (await killer.client('LIST')) as string;
      const ids = clients
        .split('\n')
        .filter((line) => line.includes(` name=${prefix}subscriber `))
        .map((line) => /(?:^|\s)id=(\d+)/.exec(line)?.[1])
        .filter((id): id is string => id !== undefined);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) await killer.client('KILL', 'ID', id);
    } finally {
      killer.disconnect();
    }
    // Once back, B reloads the picture of providers and published versions (two statements).
    await waitUntil(async () => (await readB()).statements > 0, 'B has dropped its picture');
    expect((await readB()).statements).toBe(0);
  });
});
