import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { createUserAndLogin } from '../support/auth.js';
import { importPublished, smallCatalogue } from '../support/catalogue-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  const admin = await createUserAndLogin(app, { role: 'ADMIN' });
  await importPublished(app, admin.token, smallCatalogue({ providerCode: 'ERR-A' }), '2020-01-01');
  // Break the database under the running app: the next read of categories fails in SQL.
  await app.app.get(DataSource).query('DROP TABLE categories');
});

afterAll(async () => {
  await app?.close();
});

describe('a database error', () => {
  it('reaches the client as INTERNAL_SERVER_ERROR with a generic message: no SQL, no table, no stack', async () => {
    const response = await app.gql('{ catalogue(providerCode: "ERR-A") { number categories { code } } }');
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(error.message).toBe('Something went wrong on our side. Please try again later.');
    const body = JSON.stringify(response);
    for (const leak of [
      'SELECT',
      'FROM',
      'no such table',
      'relation',
      'Sqlite',
      'QueryFailedError',
      'stacktrace',
      '.ts:',
    ]) {
      expect(body).not.toContain(leak);
    }
  });
});
