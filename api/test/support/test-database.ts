import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/config/config.js';

export interface TestDatabase {
  config: DatabaseConfig;
  kind: 'sqlite' | 'postgres';
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one spec file: in-memory SQLite, or — in the PostgreSQL project —
 * a new database `sk_test_<random>` on the TEST_DATABASE_URL server, dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.SK_TEST_DB !== 'postgres') {
    return { kind: 'sqlite', config: { type: 'sqlite', path: ':memory:' }, drop: async () => {} };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('SK_TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `sk_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    config: { type: 'postgres', url: url.toString() },
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A database that outlives one app (for restart tests): a SQLite file in a temporary folder, or a fresh PostgreSQL database. */
export async function createDurableTestDatabase(): Promise<TestDatabase> {
  if (process.env.SK_TEST_DB === 'postgres') return createTestDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'sk-test-'));
  return {
    kind: 'sqlite',
    config: { type: 'sqlite', path: join(dir, 'servicekatalog.sqlite') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
