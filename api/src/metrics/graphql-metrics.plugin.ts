import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Metrics } from './metrics.js';

/**
 * Counts every GraphQL request over HTTP that reaches Apollo by operation name with its latency,
 * and every error the client receives by `extensions.code` (after formatError, so the codes are
 * the ones sent). Answers of the response cache's fast path (ResponseCacheFastPath) and operations
 * over WebSocket (GraphQLWsServer) are counted where they are answered.
 */
export function graphqlMetricsPlugin(metrics: Metrics): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, request, response }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.graphqlRequest(operationName ?? request.operationName, seconds);
          const errors =
            response.body.kind === 'single'
              ? response.body.singleResult.errors
              : response.body.initialResult.errors;
          for (const error of errors ?? []) metrics.graphqlError(error.extensions?.code);
        },
      };
    },
  };
}
