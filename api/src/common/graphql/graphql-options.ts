import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLJSON } from 'graphql-scalars';
import type { AppConfig } from '../../config/config.js';
import { formatError } from '../errors/format-error.js';
import { graphqlMetricsPlugin } from '../../metrics/graphql-metrics.plugin.js';
import type { Metrics } from '../../metrics/metrics.js';
import { DateScalar, DecimalScalar } from './scalars.js';

/** The request seen by resolvers and guards, whatever the HTTP platform calls it. */
export interface GraphQLContext {
  req: { headers: Record<string, string | string[] | undefined> };
}

/** Apollo settings: code-first schema, one error mapping, introspection and sandbox from config. */
export function graphqlOptions(config: AppConfig, metrics: Metrics): ApolloDriverConfig {
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    introspection: config.introspection,
    playground: false,
    plugins: [
      config.sandbox
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
      graphqlMetricsPlugin(metrics),
    ],
    formatError,
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
