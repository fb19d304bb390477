import { DataSource } from 'typeorm';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOGUES, DEMO_USERS } from '../../src/seed/demo-data.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createDurableTestDatabase, type TestDatabase } from '../support/test-database.js';

const onPostgres = process.env.SK_TEST_DB === 'postgres';

// Several processes share one database only on PostgreSQL; SQLite is one process's file.
describe.skipIf(!onPostgres)('instances starting together on one PostgreSQL database', () => {
  let database: TestDatabase;
  const apps: TestApp[] = [];

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await database?.drop();
  });

  it('migrate and seed the demo data once: the others wait for the advisory lock', async () => {
    database = await createDurableTestDatabase();
    const started = await Promise.all([1, 2, 3].map(() => startTestApp({ seedDemo: true }, { database })));
    apps.push(...started);
    const dataSource = started[0]!.app.get(DataSource);
    const count = async (table: string): Promise<number> =>
      ((await dataSource.query(`SELECT COUNT(*)::int AS n FROM ${table}`)) as [{ n: number }])[0].n;
    expect(await count('providers')).toBe(DEMO_CATALOGUES.length);
    expect(await count('users')).toBe(DEMO_USERS.length);
    const migrations = (await dataSource.query(
      'SELECT name, COUNT(*)::int AS times FROM migrations GROUP BY name',
    )) as Array<{ times: number }>;
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.every((row) => row.times === 1)).toBe(true);
    for (const app of started) {
      const response = await app.gql<{ providers: unknown[] }>('{ providers { code } }');
      expect(response.data?.providers).toHaveLength(DEMO_CATALOGUES.length);
    }
  });
});
