import type { ApolloServerPlugin } from '@apollo/server';

/**
 * `Cache-Control: no-store` on every GraphQL answer that did not get a header of its own (the
 * response cache gives anonymous GETs of published data `public, max-age=…`). This is what
 * Apollo's cache-control plugin answered here, as the schema has no cache hints; that plugin is
 * off because it runs a hook on every resolved field of every request.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          if (!response.http.headers.has('cache-control'))
            response.http.headers.set('cache-control', 'no-store');
          return Promise.resolve();
        },
      }),
  };
}
