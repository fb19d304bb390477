import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  createSourceEventStream,
  execute,
  GraphQLError,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { Disposable, ServerOptions, SubscribePayload } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { TokenService } from '../../auth/token.service.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { formatError } from '../errors/format-error.js';
import { SocketSessions } from '../../auth/socket-sessions.js';
import { DrainService } from '../../health/drain.service.js';
import { Metrics } from '../../metrics/metrics.js';
import { closeSocketsOnDrain } from './socket-drain.js';
import type { GraphQLContext } from './graphql-options.js';
import { OperationLimits, validationFailed } from './operation-limits.js';
import { socketSessionHooks } from './socket-session-hooks.js';
import { SubscriptionLimits } from './subscription-limits.js';

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
 * HTTP, where Apollo's safeguards apply (introspection off in production, CSRF prevention). The
 * operation limits are the same as over HTTP; the connection limits are the socket's own.
 */
function graphqlWsOptions(
  schema: GraphQLSchema,
  limits: OperationLimits,
  connections: SubscriptionLimits,
  sessions: SocketSessions,
  metrics: Metrics,
): ServerOptions<Record<string, unknown> | undefined, Extra> {
  const session = socketSessionHooks(sessions);
  return {
    // A socket over its user's allowance is closed (4429) before its session is watched.
    onConnect: async (ctx) => (await connections.admit(ctx)) && session.onConnect?.(ctx),
    onClose: session.onClose,
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
    onSubscribe: (ctx, _id, payload) => {
      const tooMany = connections.subscriptionError(ctx);
      const { checked, operationName } = tooMany
        ? { checked: [tooMany], operationName: payload.operationName }
        : checkedSubscription(schema, limits, payload);
      // Counted like a request over HTTP, by operation name; a refusal goes through onError.
      metrics.socketOperation(operationName);
      return checked;
    },
    subscribe: subscribePerEvent,
    onNext: (_ctx, _id, _payload, _args, result) => {
      limits.hideSuggestions(result.errors ?? []); // variables coerced at subscribe, e.g. an enum value
      const formatted = formatResult(result);
      for (const error of formatted?.errors ?? []) metrics.graphqlError(error.extensions?.code);
      return formatted;
    },
    // Every error sent (refusals at subscribe too), counted by the code the client receives.
    onError: (_ctx, _id, _payload, errors) =>
      errors.map((error) => {
        const formatted = formatError(error.toJSON(), error);
        metrics.graphqlError(formatted.extensions?.code);
        return formatted;
      }),
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

/**
 * The operation within every limit, or why not; a query or mutation is refused (HTTP serves them).
 * With the operation's name: the one sent, else the one the document gives it (when it parsed).
 */
function checkedSubscription(
  schema: GraphQLSchema,
  limits: OperationLimits,
  payload: SubscribePayload,
): { checked: GraphQLError[] | ExecutionArgs; operationName: string | null | undefined } {
  const checked = limits.check(schema, payload);
  if (Array.isArray(checked)) return { checked, operationName: payload.operationName };
  const operationName = payload.operationName ?? checked.operation.name?.value;
  if (checked.operation.operation !== 'subscription') {
    return {
      checked: [
        validationFailed(
          'Only subscriptions are served over WebSocket; send queries and mutations over HTTP.',
        ),
      ],
      operationName,
    };
  }
  return {
    checked: {
      schema,
      document: checked.document,
      operationName: payload.operationName,
      variableValues: payload.variables,
    },
    operationName,
  };
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
  /** Sockets per user and subscriptions per socket on this instance. */
  readonly connections: SubscriptionLimits;

  constructor(
    private readonly http: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    tokens: TokenService,
    private readonly sessions: SocketSessions,
    private readonly drain: DrainService,
    private readonly metrics: Metrics,
  ) {
    this.connections = new SubscriptionLimits(tokens);
  }

  onApplicationBootstrap(): void {
    const wss = new WebSocketServer({
      server: this.http.httpAdapter.getHttpServer(),
      path: '/graphql',
      maxPayload: MAX_SOCKET_MESSAGE_BYTES,
    });
    const schema = this.schemaHost.schema;
    const limits = new OperationLimits(this.config);
    const options = graphqlWsOptions(schema, limits, this.connections, this.sessions, this.metrics);
    this.server = useServer({ schema, ...options }, wss);
    closeSocketsOnDrain(this.drain, wss);
  }

  async onModuleDestroy(): Promise<void> {
    await this.server?.dispose();
    this.server = null;
  }
}
