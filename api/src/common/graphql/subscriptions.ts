import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
} from 'graphql';
import type { Disposable, ServerOptions } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { formatError } from '../errors/format-error.js';
import { DrainService } from '../../health/drain.service.js';
import { closeSocketsOnDrain } from './socket-drain.js';
import type { GraphQLContext } from './graphql-options.js';

/** What a client sends in `connection_init`: the same bearer token as over HTTP. */
interface ConnectionParams {
  authorization?: unknown;
  'accept-language'?: unknown;
}

/**
 * GraphQL subscriptions over `graphql-ws` (served by {@link GraphQLWsServer}). Authentication is
 * `connectionParams.authorization` ("Bearer <token>"), read again for every subscription by the
 * auth guard, so an operation sees the same `req.headers` as over HTTP. Errors go through the same
 * formatError as HTTP responses. Only subscriptions are served here: queries and mutations go over
 * HTTP, where Apollo's safeguards apply (introspection off in production, CSRF prevention).
 */
function graphqlWsOptions(): ServerOptions {
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
    onSubscribe: (_ctx, _id, payload) => onlySubscriptions(payload.query, payload.operationName),
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

/** Refuses a query or mutation sent over the WebSocket; anything else is left to graphql-ws. */
function onlySubscriptions(query: string, operationName: string | null | undefined): GraphQLError[] | void {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return; // graphql-ws parses it again and reports the syntax error
  }
  const operation = getOperationAST(document, operationName);
  if (operation && operation.operation !== 'subscription') {
    return [
      new GraphQLError(
        'Only subscriptions are served over WebSocket; send queries and mutations over HTTP.',
        {
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ),
    ];
  }
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

/**
 * The largest WebSocket message accepted. `ws` accepts up to 100 MiB by default, while a
 * `subscribe` message is a few kilobytes (HTTP bodies are capped at 5 MiB). A larger message closes
 * the socket (1009, message too big).
 */
export const MAX_SOCKET_MESSAGE_BYTES = 64 * 1024;

/**
 * The WebSocket server of the subscriptions: `graphql-ws` on the HTTP server's `/graphql`. The app
 * creates it itself (not through the Apollo driver's `subscriptions` option) because the driver
 * creates its `ws` server without options, and this one needs `maxPayload`. Closing the app closes
 * every socket (1001) instead of waiting for the clients to leave.
 */
@Injectable()
export class GraphQLWsServer implements OnApplicationBootstrap, OnModuleDestroy {
  private server: Disposable | null = null;

  constructor(
    private readonly http: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly drain: DrainService,
  ) {}

  onApplicationBootstrap(): void {
    const wss = new WebSocketServer({
      server: this.http.httpAdapter.getHttpServer(),
      path: '/graphql',
      maxPayload: MAX_SOCKET_MESSAGE_BYTES,
    });
    this.server = useServer({ schema: this.schemaHost.schema, ...graphqlWsOptions() }, wss);
    closeSocketsOnDrain(this.drain, wss);
  }

  async onModuleDestroy(): Promise<void> {
    await this.server?.dispose();
    this.server = null;
  }
}
