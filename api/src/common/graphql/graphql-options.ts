import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { GraphQLJSON } from 'graphql-scalars';
import type { AppConfig } from '../../config/config.js';
import { formatError } from '../errors/format-error.js';
import type { CompiledApolloDriverConfig } from './compiled-apollo-driver.js';
import { CompiledExecution } from './compiled-execution.js';
import { graphqlMetricsPlugin } from '../../metrics/graphql-metrics.plugin.js';
import type { Metrics } from '../../metrics/metrics.js';
import { OperationLimits } from './operation-limits.js';
import { withoutPropertyResolvers } from './property-fields.js';
import type { PlainFieldResolvers } from './plain-field-resolvers.js';
import { DateScalar, DecimalScalar } from './scalars.js';
import { noStorePlugin } from './no-store.plugin.js';
import { errorStatusPlugin } from './status-plugin.js';
import { subscriptionsOverHttpRefused } from './subscription-over-http.js';

/** The request seen by resolvers and guards, whatever the HTTP platform calls it. */
export interface GraphQLContext {
  req: { headers: Record<string, string | string[] | undefined> };
}

/**
 * Apollo settings: code-first schema, one error mapping, introspection and sandbox from config, the
 * operation limits (the same as on graphql-ws: operation-limits.ts), metrics per operation, the
 * fields answered by plain functions (plain-field-resolvers.ts), and operations executed compiled
 * (compiled-execution.ts).
 */
export function graphqlOptions(
  config: AppConfig,
  metrics: Metrics,
  plainFields: PlainFieldResolvers,
): CompiledApolloDriverConfig {
  const limits = new OperationLimits(config);
  return {
    execution: new CompiledExecution(metrics),
    autoSchemaFile: true,
    sortSchema: true,
    transformSchema: (schema) => withoutPropertyResolvers(plainFields.applyTo(schema)),
    path: '/graphql',
    introspection: config.introspection,
    playground: false,
    plugins: [
      config.sandbox
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
      graphqlMetricsPlugin(metrics),
      limits.apolloPlugin(),
      subscriptionsOverHttpRefused(),
      errorStatusPlugin(),
      // No per-field hook on every request (no cache hints in this schema): see noStorePlugin.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
    ],
    validationRules: [...limits.validationRules],
    parseOptions: limits.parseOptions,
    formatError,
    // Nest's own plugin would reset every answer with a `data` key (even null) to 200; the status
    // rules of DESIGN "Errors" are errorStatusPlugin's.
    preserveHttpStatusForExecutionErrors: false,
    // Apollo adds stack traces outside production; errors are masked by formatError anyway.
    includeStacktraceInErrorResponses: false,
    resolvers: { JSON: GraphQLJSON, Decimal: DecimalScalar, Date: DateScalar },
    context: (request: unknown, reply: unknown): GraphQLContext => contextOf(request, reply),
    // Subscriptions are served over WebSocket on the same port and path by GraphQLWsServer.
  };
}

function contextOf(first: unknown, _reply: unknown): GraphQLContext {
  const candidate = first as {
    req?: GraphQLContext['req'];
    request?: GraphQLContext['req'];
    headers?: unknown;
  };
  if (candidate.req?.headers) return { req: candidate.req };
  if (candidate.request?.headers) return { req: candidate.request };
  return { req: first as GraphQLContext['req'] };
}
