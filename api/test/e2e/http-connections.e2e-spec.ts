import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openConnection,
  postOnNewConnection,
  tricklingBody,
  tricklingHeaders,
  within,
  type RawConnection,
} from '../support/raw-http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the HTTP server’s defaults', () => {
  let running: TestApp;

  beforeAll(async () => {
    running = await startTestApp();
  });

  afterAll(async () => {
    await running?.close();
  });

  it('are DESIGN’s: a request within 30 s, its headers within 15 s, at most 10,000 connections', () => {
    const server = running.app.getHttpServer() as Server;
    expect({
      requestTimeout: server.requestTimeout,
      headersTimeout: server.headersTimeout,
      maxConnections: server.maxConnections,
      keepAliveTimeout: server.keepAliveTimeout,
    }).toEqual({
      requestTimeout: 30_000,
      headersTimeout: 15_000,
      maxConnections: 10_000,
      keepAliveTimeout: 72_000,
    });
  });
});

describe('slow clients are cut off (timeouts shortened for the test)', () => {
  let running: TestApp;
  const open: RawConnection[] = [];

  beforeAll(async () => {
    running = await startTestApp({}, { http: { requestTimeoutMs: 1_500, headersTimeoutMs: 1_000 } });
  });

  afterAll(async () => {
    for (const connection of open) connection.end();
    await running?.close();
  });

  it('closes a connection whose body trickles in once the request timeout has passed', async () => {
    const connection = await tricklingBody(running.url);
    open.push(connection);
    await sleep(600);
    expect(connection.isClosed()).toBe(false);
    expect(await within(connection.closed, 8_000)).toBe(true);
    expect(connection.received()).toMatch(/^(HTTP\/1\.1 408 |$)/);
  });

  it('closes a connection whose headers trickle in once the header timeout has passed', async () => {
    const connection = await tricklingHeaders(running.url);
    open.push(connection);
    await sleep(400);
    expect(connection.isClosed()).toBe(false);
    expect(await within(connection.closed, 8_000)).toBe(true);
    expect(connection.received()).toMatch(/^(HTTP\/1\.1 408 |$)/);
  });

  it('closes a connection that never sends anything', async () => {
    const connection = await openConnection(running.url);
    open.push(connection);
    expect(await within(connection.closed, 8_000)).toBe(true);
  });

  it('answers a normal request while 20 slow bodies trickle, then closes all 20', async () => {
    const slow = await Promise.all(Array.from({ length: 20 }, () => tricklingBody(running.url)));
    open.push(...slow);
    await sleep(200);
    const answer = await running.gql<{ __typename: string }>('{ __typename }');
    expect(answer).toEqual({ status: 200, data: { __typename: 'Query' } });
    expect(slow.filter((connection) => connection.isClosed())).toHaveLength(0);
    const closedInTime = await Promise.all(slow.map((connection) => within(connection.closed, 8_000)));
    expect(closedInTime.every(Boolean)).toBe(true);
  });
});

describe('the connection cap (5 for the test)', () => {
  let running: TestApp;
  const held: RawConnection[] = [];

  beforeAll(async () => {
    running = await startTestApp({}, { http: { maxConnections: 5 } });
  });

  afterAll(async () => {
    for (const connection of held) connection.end();
    await running?.close();
  });

  it('drops connections beyond the cap and serves again once one is free', async () => {
    expect(await postOnNewConnection(running.url, '{ __typename }')).toBe(200);
    for (let i = 0; i < 5; i += 1) held.push(await openConnection(running.url));
    await sleep(100);

    const sixth = await openConnection(running.url);
    expect(await within(sixth.closed, 3_000)).toBe(true);
    expect(sixth.received()).toBe('');
    expect(await postOnNewConnection(running.url, '{ __typename }')).not.toBe(200);
    expect(held.filter((connection) => connection.isClosed())).toHaveLength(0);

    held[0].end();
    await held[0].closed;
    let status: number | string = 'not tried';
    for (let attempt = 0; attempt < 20 && status !== 200; attempt += 1) {
      await sleep(50);
      status = await postOnNewConnection(running.url, '{ __typename }');
    }
    expect(status).toBe(200);
  });
});
