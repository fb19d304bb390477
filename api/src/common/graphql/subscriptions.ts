import {
  createSourceEventStream,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLError,
} from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import { formatError } from '../errors/format-error.js';
import type { GraphQLContext } from './graphql-options.js';

/** What a client sends in `connection_init`: the same bearer token as over HTTP. */
interface ConnectionParams {
  authorization?: unknown;
  'accept-language'?: unknown;
}

/**
 * GraphQL subscriptions over `graphql-ws` on the HTTP server's `/graphql` (the Apollo driver
 * attaches it to the server Nest gives it — Fastify's too). Authentication is
 * `connectionParams.authorization` ("Bearer <token>"), read again for every subscription by the
 * auth guard, so an operation sees the same `req.headers` as over HTTP. Errors go through the same
 * formatError as HTTP responses.
 */
export function graphqlWsOptions(): ServerOptions {
  return {
    context: (ctx): GraphQLContext => {
      const params = (ctx.connectionParams ?? {}) as ConnectionParams;
      const upgrade = (ctx.extra as { request?: { headers?: Record<string, unknown> } }).request;
      return {
        req: {
          headers: {
            authorization: stringOrUndefined(params.authorization),
            'accept-language':
              stringOrUndefined(params['accept-language']) ??
              stringOrUndefined(upgrade?.headers?.['accept-language']),
          },
        },
      };
    },
    subscribe: subscribePerEvent,
    onNext: (_ctx, _id, _payload, _args, result) => formatResult(result),
    onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
  };
}

/**
 * graphql-js `subscribe`, except that every event is executed with a context object of its own (a
 * shallow copy: the same `req`). The per-request DataLoaders are keyed by the context object, so
 * each event reads fresh data instead of what the first event cached.
 */
export async function subscribePerEvent(
  args: ExecutionArgs,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const events = stream[Symbol.asyncIterator]();
  const context = args.contextValue as object;
  const results: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const event = await events.next();
      if (event.done) return { done: true, value: undefined };
      const value = await execute({ ...args, rootValue: event.value, contextValue: { ...context } });
      return { done: false, value };
    },
    async return() {
      await events.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await events.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return results;
    },
  };
  return results;
}

function formatResult(result: ExecutionResult): FormattedExecutionResult | void {
  if (!result.errors?.length) return;
  return {
    ...result,
    errors: result.errors.map((error: GraphQLError) => formatError(error.toJSON(), error)),
  };
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
