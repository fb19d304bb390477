import { afterEach, describe, expect, it, vi } from 'vitest';
import { execute, GraphQLRequestError } from './client';
import { ManagerCreateAgencyDocument, ProvidersDocument, SubmitQuoteDocument } from './generated/graphql';

const SUBMITTED = { data: { submitQuote: { id: 'q1', status: 'SUBMITTED' } } };

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** Answers the calls in turn; records every body sent. */
function stubFetch(...answers: Array<Response | Error>): Array<{ variables: Record<string, unknown> }> {
  const sent: Array<{ variables: Record<string, unknown> }> = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)) as { variables: Record<string, unknown> });
      const answer = answers.shift();
      if (!answer || answer instanceof Error) throw answer ?? new TypeError('no answer');
      return answer;
    }),
  );
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('execute: idempotency keys and one retry on a network error', () => {
  it('sends a write with a fresh key and retries it once, with the same key, after the connection failed', async () => {
    const sent = stubFetch(new TypeError('Failed to fetch'), json(SUBMITTED));
    const result = await execute(SubmitQuoteDocument, { id: 'q1', expectedVersion: 1 });
    expect(result).toEqual(SUBMITTED.data);
    expect(sent).toHaveLength(2);
    const key = sent[0]!.variables.idempotencyKey;
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(sent[1]!.variables).toEqual(sent[0]!.variables);
  });

  it('makes a new key for each user action', async () => {
    const sent = stubFetch(json(SUBMITTED), json(SUBMITTED));
    await execute(SubmitQuoteDocument, { id: 'q1', expectedVersion: 1 });
    await execute(SubmitQuoteDocument, { id: 'q1', expectedVersion: 1 });
    expect(sent[0]!.variables.idempotencyKey).not.toBe(sent[1]!.variables.idempotencyKey);
  });

  it("retries after the load balancer's own 502/503/504, and reports a second failure as a network error", async () => {
    const sent = stubFetch(
      new Response('<html>502 Bad Gateway</html>', { status: 502 }),
      new TypeError('reset'),
    );
    await expect(execute(SubmitQuoteDocument, { id: 'q1', expectedVersion: 1 })).rejects.toMatchObject({
      kind: 'network',
    });
    expect(sent).toHaveLength(2);
  });

  it("does not repeat the API's own answer: SERVICE_UNAVAILABLE comes back as it is", async () => {
    const unavailable = {
      data: null,
      errors: [{ message: 'x', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    };
    const sent = stubFetch(json(unavailable, 503));
    const failure = await execute(SubmitQuoteDocument, { id: 'q1', expectedVersion: 1 }).catch(
      (error) => error,
    );
    expect(failure).toBeInstanceOf(GraphQLRequestError);
    expect((failure as GraphQLRequestError).code).toBe('SERVICE_UNAVAILABLE');
    expect(sent).toHaveLength(1);
  });

  it('retries a query, but never a write without an idempotency key (it could happen twice)', async () => {
    const sent = stubFetch(new TypeError('Failed to fetch'), json({ data: { providers: [] } }));
    await expect(execute(ProvidersDocument, {})).resolves.toEqual({ providers: [] });
    expect(sent).toHaveLength(2);

    const once = stubFetch(new TypeError('Failed to fetch'), json({ data: {} }));
    const input = { name: 'A', orgNumber: '1', providerCode: 'P' } as never;
    await expect(execute(ManagerCreateAgencyDocument, { input })).rejects.toMatchObject({ kind: 'network' });
    expect(once).toHaveLength(1);
    expect(once[0]!.variables).not.toHaveProperty('idempotencyKey');
  });
});
