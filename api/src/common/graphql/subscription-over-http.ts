import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * A `subscription` sent over HTTP is the client's mistake (DESIGN "Errors": BAD_REQUEST, HTTP 400),
 * refused before execution. Executed, graphql-js would run the subscription's resolver as a query
 * field and fail on the event stream it returns: an INTERNAL_SERVER_ERROR logged with a stack.
 */
export function subscriptionsOverHttpRefused(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operation }) => {
        if (operation?.operation !== 'subscription') return;
        throw new GraphQLError(
          'Subscriptions are served over WebSocket (graphql-ws on /graphql), not over HTTP.',
          { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
        );
      },
    }),
  };
}
