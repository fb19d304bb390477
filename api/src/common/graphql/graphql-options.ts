import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLJSON } from 'graphql-scalars';
import type { AppConfig } from '../../config/config.js';
import { formatError } from '../errors/format-error.js';
import { httpStatusPlugin } from '../errors/http-status.plugin.js';
import { DateScalar, DecimalScalar } from './scalars.js';

/** The request seen by resolvers and guards, whatever the HTTP platform calls it. */
export interface GraphQLContext {
  req: { headers: Record<string, string | string[] | undefined> };
}

/** Apollo settings: code-first schema, one error mapping, introspection and sandbox from config. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
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
      httpStatusPlugin,
    ],
    formatError,
    // httpStatusPlugin decides the status of responses that went through execution.
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
