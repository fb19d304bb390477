import { request as httpRequest } from 'node:http';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { DrainService } from '../../src/health/drain.service.js';
import { drainAndClose } from '../../src/health/graceful-shutdown.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const QUERY = JSON.stringify({ query: '{ providers { code } }' });

/** A graphql-ws socket that has been acknowledged; resolves with it and how it closes. */
async function openSubscriptionSocket(testApp: TestApp): Promise<{ closed: Promise<number> }> {
  const socket = new WebSocket(`${testApp.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.on('message', (data) => {
      if ((JSON.parse(String(data)) as { type: string }).type === 'connection_ack') resolve();
    });
    socket.on('error', reject);
  });
  return { closed };
}

/** A GraphQL POST whose body is only half sent: in flight until `finish()` sends the rest. */
function halfSentRequest(url: string): {
  finish(): void;
  response: Promise<{ status: number; body: string }>;
} {
  const target = new URL('/graphql', url);
  let finish!: () => void;
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = httpRequest(
      target,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': QUERY.length } },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    request.write(QUERY.slice(0, 10));
    finish = () => request.end(QUERY.slice(10));
  });
  return { finish: () => finish(), response };
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('graceful shutdown (SIGTERM drains)', () => {
  let testApp: TestApp | null = null;

  afterEach(async () => {
    await testApp?.close();
    testApp = null;
  });

  it('turns /readyz to 503 at once and closes subscription sockets with 1012', async () => {
    testApp = await startTestApp();
    expect((await get(`${testApp.url}/readyz`)).status).toBe(200);
    const { closed } = await openSubscriptionSocket(testApp);

    testApp.app.get(DrainService).begin();

    const ready = await get(`${testApp.url}/readyz`);
    expect([ready.status, JSON.parse(ready.body)]).toEqual([503, { status: 'draining' }]);
    expect(await closed).toBe(1012);
    // Liveness is not readiness: the process is still healthy while it drains.
    expect((await get(`${testApp.url}/healthz`)).status).toBe(200);
  });

  it('finishes a request in flight, refuses new connections and closes in time', async () => {
    const app = await startTestApp();
    const inFlight = halfSentRequest(app.url);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const drained = drainAndClose(app.app, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 100));

    // The load balancer's next check and any new client find nobody listening (idle keep-alive
    // connections are closed too), and go to another instance.
    await expect(get(`${app.url}/readyz`)).rejects.toThrow(/ECONNREFUSED/);
    inFlight.finish();
    const answer = await inFlight.response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { providers: [] } });
    expect(await drained).toBe(true);
    await app.database.drop();
  });

  it('cuts off a request that is still running after the drain time', async () => {
    const app = await startTestApp();
    const inFlight = halfSentRequest(app.url);
    inFlight.response.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    expect(await drainAndClose(app.app, 500)).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
    await expect(inFlight.response).rejects.toThrow(/socket hang up|ECONNRESET/);
    await app.database.drop();
  });
});
