import type { GraphQLErrorBody } from '../lib/graphql/client';

/** What a mocked operation answers: `data`, or GraphQL errors made with {@link graphQLErrors}. */
export type MockAnswer = unknown;

const ERRORS = Symbol('graphql-errors');

/** A mocked answer of GraphQL errors, e.g. `graphQLErrors({ code: 'CONFLICT', reason: 'STALE_VERSION' })`. */
export function graphQLErrors(...extensions: Array<GraphQLErrorBody['extensions']>) {
  return { [ERRORS]: extensions.map((item) => ({ message: 'refused', extensions: item })) };
}

export interface MockCall {
  operation: string;
  /** The operation's own variables; the idempotency key the client adds is kept apart. */
  variables: Record<string, unknown>;
  headers: Record<string, string>;
  idempotencyKey?: string;
}

/**
 * Takes the `idempotencyKey` the client adds to writes (a fresh one per action) out of the
 * variables, so specs compare what the page sent and may check the key on its own.
 */
export function withoutIdempotencyKey(variables: Record<string, unknown> = {}): {
  variables: Record<string, unknown>;
  idempotencyKey?: string;
} {
  if (!('idempotencyKey' in variables)) return { variables };
  const { idempotencyKey, ...rest } = variables;
  return { variables: rest, idempotencyKey: String(idempotencyKey) };
}

/**
 * Stubs `fetch` as the GraphQL API, like test/render's mockGraphQL, but a responder may also answer
 * with GraphQL errors. Returns the calls made.
 */
export function mockApi(
  responders: Record<string, (variables: Record<string, unknown>, call: MockCall) => MockAnswer>,
) {
  const calls: MockCall[] = [];
  const fetchMock = async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const call = {
      operation,
      ...withoutIdempotencyKey(body.variables),
      headers: init.headers as Record<string, string>,
    };
    calls.push(call);
    const responder = responders[operation];
    const answer = responder
      ? responder(call.variables, call)
      : graphQLErrors({ code: 'INTERNAL_SERVER_ERROR' });
    const payload =
      answer && typeof answer === 'object' && ERRORS in answer
        ? { errors: answer[ERRORS] }
        : { data: answer };
    return new Response(JSON.stringify(payload), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetchMock, calls };
}
