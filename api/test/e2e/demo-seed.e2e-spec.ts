import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compileCatalogue,
  priceConfiguration,
  STANDARD_PROFILES,
  type CatalogueDocument,
  type NamedStandardProfile,
} from '@servicekatalog/shared';
import { createApp } from '../../src/app.js';
import type { AppConfig } from '../../src/config/config.js';
import { DEMO_CATALOGUES, DEMO_PASSWORD, DEMO_USERS } from '../../src/seed/demo-data.js';
import { createDurableTestDatabase, type TestDatabase } from '../support/test-database.js';
import { testConfig } from '../support/test-app.js';

async function start(
  database: TestDatabase,
  overrides: Partial<AppConfig>,
): Promise<{ app: NestFastifyApplication; url: string }> {
  const app = await createApp(testConfig(database, overrides), {
    logLevels: ['error', 'fatal'],
    webRoot: null,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: Record<string, unknown> | null; errors?: unknown[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
}

const PROVIDERS = '{ providers { code country versions { number status validFrom currency } } }';

const PRICE_BENCHMARK = `query ($profile: StandardProfileInput!) {
  priceBenchmark(profile: $profile, currency: "EUR", at: "2026-03-01") {
    providerCode offered notOfferedReason missingDrivers servicePackageCode total } }`;

/**
 * Year 1 of the demo centre's package for the profile by the shared engine: every driver with a
 * standard measure gets the profile's quantity of that measure; the others (consulting hours) none.
 */
function engineYearOne(document: CatalogueDocument, profile: NamedStandardProfile) {
  const servicePackageCode = document.benchmarkPackages?.[profile.kind] ?? null;
  if (servicePackageCode === null) return { offered: false, servicePackageCode, total: null };
  const volumes = document.drivers.flatMap((driver) => {
    const volume = profile.volumes.find(({ measure }) => measure === driver.standardMeasure);
    return volume ? [{ driverCode: driver.code, quantity: volume.quantity }] : [];
  });
  const breakdown = priceConfiguration(compileCatalogue(document, 1), {
    providerCode: document.provider.code,
    servicePackageCode,
    volumes,
    contractYears: 1,
  });
  return { offered: breakdown.valid, servicePackageCode, total: breakdown.totals.firstYear };
}

describe('demo data', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createDurableTestDatabase();
  });

  afterAll(() => database.drop());

  it('is not loaded unless asked for', async () => {
    const { app, url } = await start(database, { seedDemo: false });
    expect(await gql(url, PROVIDERS)).toEqual({ data: { providers: [] } });
    await app.close();
  });

  it('loads the five published catalogues, the agencies and the demo users into an empty database', async () => {
    const { app, url } = await start(database, { seedDemo: 'when-empty' });
    const { data } = await gql(url, PROVIDERS);
    const providers = (data?.providers ?? []) as Array<{
      code: string;
      country: string;
      versions: unknown[];
    }>;
    expect(providers.map((p) => [p.code, p.country]).sort()).toEqual([
      ['DFO-NO', 'NO'],
      ['FJS-IS', 'IS'],
      ['PALKEET-FI', 'FI'],
      ['SA-DK', 'DK'],
      ['SSC-SE', 'SE'],
    ]);
    for (const provider of providers) {
      expect(provider.versions).toEqual([
        expect.objectContaining({ number: 1, status: 'PUBLISHED', validFrom: '2026-01-01' }),
      ]);
    }
    for (const user of DEMO_USERS) {
      const login = await gql(
        url,
        'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { user { email role } } }',
        {
          e: user.email,
          p: DEMO_PASSWORD,
        },
      );
      expect(login.data?.login).toEqual({ user: { email: user.email, role: user.role } });
    }
    const [{ count }] = await app.get(DataSource).query('SELECT COUNT(*) AS count FROM agencies');
    expect(Number(count)).toBe(5);
    await app.close();
  });

  it('prices every standard profile at the Finnish and Icelandic centres with their named packages', async () => {
    const { app, url } = await start(database, { seedDemo: 'when-empty' });
    const documents = (DEMO_CATALOGUES as CatalogueDocument[]).filter((document) =>
      ['PALKEET-FI', 'FJS-IS'].includes(document.provider.code),
    );
    expect(documents.map((document) => document.benchmarkPackages)).toEqual([
      { PAYROLL: 'PALKKA', ACCOUNTING: 'TALOUS', BOTH: 'PALKKA-TALOUS' },
      { PAYROLL: 'LAUN', ACCOUNTING: 'BOKHALD', BOTH: 'LAUN-BOKHALD' },
    ]);
    for (const profile of STANDARD_PROFILES) {
      const { data, errors } = await gql(url, PRICE_BENCHMARK, {
        profile: { kind: profile.kind, volumes: profile.volumes },
      });
      expect(errors).toBeUndefined();
      const centres = data?.priceBenchmark as Array<Record<string, unknown>>;
      for (const document of documents) {
        const expected = engineYearOne(document, profile);
        expect(expected.offered).toBe(true);
        expect(centres.find((centre) => centre.providerCode === document.provider.code)).toEqual({
          providerCode: document.provider.code,
          offered: true,
          notOfferedReason: null,
          missingDrivers: [],
          servicePackageCode: expected.servicePackageCode,
          total: expected.total,
        });
      }
    }
    await app.close();
  });

  it('is not loaded twice when the app starts again on the same database', async () => {
    const { app, url } = await start(database, { seedDemo: 'when-empty' });
    const { data } = await gql(url, PROVIDERS);
    expect((data?.providers as unknown[]).length).toBe(5);
    const [{ count }] = await app.get(DataSource).query('SELECT COUNT(*) AS count FROM users');
    expect(Number(count)).toBe(DEMO_USERS.length);
    await app.close();
  });
});
