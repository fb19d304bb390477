import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import type { AppConfig } from '../../src/config/config.js';
import {
  createDurableTestDatabase as durableDatabase,
  createTestDatabase,
  type TestDatabase,
} from '../support/test-database.js';
import { testConfig } from '../support/test-app.js';

const ADMIN = { email: 'admin@example.test', password: 'the first admin password' };

async function startOn(
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

async function admins(
  app: NestFastifyApplication,
): Promise<Array<{ email: string; role: string; active: boolean }>> {
  return app.get(DataSource).query(`SELECT email, role, active FROM users WHERE role = 'ADMIN'`);
}

async function loginOk(url: string, email: string, password: string): Promise<boolean> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { user { role } } }',
      variables: { email, password },
    }),
  });
  const body = (await response.json()) as { data?: { login: { user: { role: string } } } | null };
  return body.data?.login.user.role === 'ADMIN';
}

describe('bootstrap administrator', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await durableDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('is created at the first start and exactly once over restarts, keeping its password', async () => {
    const first = await startOn(database, { admin: ADMIN });
    try {
      expect(await admins(first.app)).toHaveLength(1);
      expect(await loginOk(first.url, ADMIN.email, ADMIN.password)).toBe(true);
    } finally {
      await first.app.close();
    }

    // Same e-mail, another password: the existing administrator is left as it is.
    const second = await startOn(database, {
      admin: { email: ADMIN.email, password: 'a different password now' },
    });
    try {
      const rows = await admins(second.app);
      expect(rows).toHaveLength(1);
      expect(rows[0].email).toBe(ADMIN.email);
      expect(await loginOk(second.url, ADMIN.email, ADMIN.password)).toBe(true);
      expect(await loginOk(second.url, ADMIN.email, 'a different password now')).toBe(false);
    } finally {
      await second.app.close();
    }
  });

  it('is not created without ADMIN_EMAIL and ADMIN_PASSWORD', async () => {
    const fresh = await createTestDatabase();
    const started = await startOn(fresh, { admin: null });
    try {
      expect(await admins(started.app)).toEqual([]);
    } finally {
      await started.app.close();
      await fresh.drop();
    }
  });
});
