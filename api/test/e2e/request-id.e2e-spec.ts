import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function providers(testApp: TestApp, requestId?: string): Promise<Response> {
  return post(testApp, '{ providers { code } }', requestId);
}

async function post(testApp: TestApp, query: string, requestId?: string): Promise<Response> {
  return fetch(`${testApp.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(requestId === undefined ? {} : { 'x-request-id': requestId }),
    },
    body: JSON.stringify({ query }),
  });
}

describe('request ids (x-request-id)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('keeps a well-formed incoming id and echoes it', async () => {
    const id = 'lb-7f3a.2_B-0';
    const response = await providers(testApp, id);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(id);
    expect(
      (await fetch(`${testApp.url}/readyz`, { headers: { 'x-request-id': 'x'.repeat(64) } })).headers.get(
        'x-request-id',
      ),
    ).toBe('x'.repeat(64));
  });

  it.each([
    ['too long', 'x'.repeat(65)],
    ['a space', 'two words'],
    ['a line break attempt', 'abc%0d%0aSet-Cookie:x'],
    ['other characters', 'id/with/slashes'],
    ['empty', ''],
  ])('replaces an id with %s by a new one', async (_name, incoming) => {
    const response = await providers(testApp, incoming);
    const echoed = response.headers.get('x-request-id');
    expect(echoed).toMatch(UUID);
    expect(echoed).not.toBe(incoming);
  });

  it('makes a new id for each request without one', async () => {
    const first = (await providers(testApp)).headers.get('x-request-id');
    const second = (await providers(testApp)).headers.get('x-request-id');
    expect(first).toMatch(UUID);
    expect(second).toMatch(UUID);
    expect(first).not.toBe(second);
  });

  it('puts the id in the log lines written while serving the request', async () => {
    const lines: string[] = [];
    const capture = (chunk: unknown): boolean => {
      lines.push(String(chunk));
      return true;
    };
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
    const dataSource = testApp.app.get(DataSource);
    // Without its database a read that needs it fails, and the failure is logged (as an error).
    // (Published catalogues are served from memory, so the read is one that always asks the database.)
    await dataSource.destroy();
    try {
      const response = await post(testApp, '{ benchmarkFigures(first: 1) { totalCount } }', 'trace-me-42');
      expect(response.headers.get('x-request-id')).toBe('trace-me-42');
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
      await dataSource.initialize();
    }
    const logged = lines.flatMap((line) => line.split('\n')).filter((line) => line.startsWith('{'));
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) expect(JSON.parse(line)).toMatchObject({ requestId: 'trace-me-42' });
  });
});
