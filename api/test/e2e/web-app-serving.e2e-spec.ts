import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { testConfig } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('one port: the built web app next to the API', () => {
  let root: string;
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let url: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'sk-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.info("app")');
    database = await createTestDatabase();
    app = await createApp(testConfig(database), { logLevels: ['error'], webRoot: root });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  const html = { accept: 'text/html,application/xhtml+xml' };

  it('serves the page at / and its files', async () => {
    const page = await fetch(`${url}/`, { headers: html });
    expect([page.status, await page.text()]).toEqual([200, '<!doctype html><div id="root"></div>']);
    const asset = await fetch(`${url}/assets/app.js`);
    expect([asset.status, await asset.text()]).toEqual([200, 'console.info("app")']);
  });

  it('answers client routes with the page, so deep links and reloads work', async () => {
    const page = await fetch(`${url}/centres/SA-DK/configure?package=BASIS`, { headers: html });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<div id="root">');
  });

  it('keeps 404 for missing files and unknown API paths', async () => {
    expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${url}/graphql/unknown`, { headers: html })).status).toBe(404);
    expect((await fetch(`${url}/healthz/deeper`, { headers: html })).status).toBe(404);
  });

  it('still answers GraphQL and health on the same port', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ providers { code } }' }),
    });
    expect(await response.json()).toEqual({ data: { providers: [] } });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
