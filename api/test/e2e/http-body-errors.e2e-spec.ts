import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
  type MockInstance,
} from 'vitest';
import { DEFAULT_HTTP_LIMITS } from '../../src/common/http/http-limits.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Sends `body` as it is, as a JSON GraphQL request; reads the status and the parsed answer. */
async function post(
  url: string,
  body: string | Buffer,
): Promise<{ status: number; body: unknown; type: string }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: (await response.json()) as unknown,
  };
}

/** A valid GraphQL request of exactly `bytes` bytes: `{ __typename }` with a long unused variable. */
function requestOfSize(bytes: number): string {
  const head = '{"query":"{ __typename }","variables":{"padding":"';
  const tail = '"}}';
  return `${head}${'a'.repeat(bytes - head.length - tail.length)}${tail}`;
}

const badRequest = (message: string) => ({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
const POISONED_KEYS = 'The request body must not contain "__proto__" or "constructor.prototype" keys.';

describe('request bodies refused before GraphQL runs', () => {
  let running: TestApp;
  let written: MockInstance[];

  beforeAll(async () => {
    running = await startTestApp();
  });

  afterAll(async () => {
    await running?.close();
  });

  // Whatever the app writes (its logger prints JSON lines to stdout and stderr) while a test runs.
  beforeEach(() => {
    written = [vi.spyOn(process.stdout, 'write'), vi.spyOn(process.stderr, 'write')];
  });

  afterEach(() => {
    const output = written.flatMap((spy) => spy.mock.calls.map((call) => String(call[0])));
    for (const spy of written) spy.mockRestore();
    expect(output.filter((line) => /"level":"(error|fatal)"|ERROR/.test(line))).toEqual([]);
  });

  it(`answers a body over ${DEFAULT_HTTP_LIMITS.bodyLimit} bytes (a 7 MB one) with PAYLOAD_TOO_LARGE and 413`, async () => {
    const answer = await post(running.url, requestOfSize(7_000_000));
    expect(answer).toEqual({
      status: 413,
      type: 'application/json; charset=utf-8',
      body: {
        errors: [
          {
            message: 'The request body is larger than the limit of 6 MB.',
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      },
    });
  });

  it('takes a body of exactly the limit, and refuses one byte more', async () => {
    const atLimit = await post(running.url, requestOfSize(DEFAULT_HTTP_LIMITS.bodyLimit));
    expect(atLimit.body).toEqual({ data: { __typename: 'Query' } });
    const over = await post(running.url, requestOfSize(DEFAULT_HTTP_LIMITS.bodyLimit + 1));
    expect(over.status).toBe(413);
  });

  it('refuses a body sent in chunks, without a length, once it passes the limit', async () => {
    const chunk = Buffer.alloc(1_000_000, 'a');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(Buffer.from('{"query":"{ __typename }","variables":{"padding":"'));
        for (let i = 0; i < 7; i += 1) controller.enqueue(chunk);
        controller.enqueue(Buffer.from('"}}'));
        controller.close();
      },
    });
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('answers a body that is not JSON with BAD_REQUEST and 400', async () => {
    for (const text of ['{"query": "{ __typename }"', 'query { __typename }', "{'query': 1}"]) {
      expect(await post(running.url, text)).toEqual({
        status: 400,
        type: 'application/json; charset=utf-8',
        body: badRequest('The request body is not valid JSON.'),
      });
    }
    expect(await post(running.url, '')).toMatchObject({
      status: 400,
      body: { errors: [{ extensions: { code: 'BAD_REQUEST' } }] },
    });
  });

  it('refuses a __proto__ key anywhere in the body, escaped or not, with BAD_REQUEST and 400', async () => {
    const bodies = [
      '{"__proto__":{"polluted":true},"query":"{ __typename }"}',
      '{"query":"{ __typename }","variables":{"input":[{"__proto__":{"polluted":true}}]}}',
      '{"\\u005f_proto__":{"polluted":true},"query":"{ __typename }"}',
    ];
    for (const text of bodies) {
      expect(await post(running.url, text)).toEqual({
        status: 400,
        type: 'application/json; charset=utf-8',
        body: badRequest(POISONED_KEYS),
      });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a constructor key holding a prototype, with BAD_REQUEST and 400', async () => {
    const bodies = [
      '{"constructor":{"prototype":{"polluted":true}},"query":"{ __typename }"}',
      '{"query":"{ __typename }","variables":{"a":{"b":{"constructor":{"prototype":{}}}}}}',
    ];
    for (const text of bodies) {
      expect(await post(running.url, text)).toEqual({
        status: 400,
        type: 'application/json; charset=utf-8',
        body: badRequest(POISONED_KEYS),
      });
    }
  });

  it('still takes words like "constructor" and "__proto__" inside strings, and a plain constructor value', async () => {
    const query = '{ __typename }';
    const body = JSON.stringify({
      query,
      variables: { text: 'a "__proto__" and a constructor', constructor: 'a builder' },
    });
    expect(await post(running.url, body)).toEqual({
      status: 200,
      type: 'application/json; charset=utf-8',
      body: { data: { __typename: 'Query' } },
    });
  });

  it('checks a long body that names such a key without failing (500,000 list items)', async () => {
    const list = new Array<number>(500_000).fill(0);
    const body = JSON.stringify({ query: '{ __typename }', variables: { list, note: 'constructor' } });
    expect((await post(running.url, body)).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a body of a type GraphQL does not take with BAD_REQUEST', async () => {
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<query/>',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });
});
