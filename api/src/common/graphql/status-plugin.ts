import type { ApolloServerPlugin } from '@apollo/server';

/** HTTP statuses of error codes that have one (DESIGN, "Limits" → Errors). */
const STATUS_OF_CODE: Record<string, number> = {
  TOO_MANY_REQUESTS: 429,
  // The database is unreachable and nothing was written: a load balancer or client may retry elsewhere.
  SERVICE_UNAVAILABLE: 503,
};

/**
 * DESIGN, "Errors": the HTTP status follows the error code only when the response has no data
 * (a partial answer stays 200). A refusal that says when to come back also sends Retry-After.
 */
export function errorStatusPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          if (response.body.kind !== 'single') return Promise.resolve();
          const { data, errors } = response.body.singleResult;
          const first = errors?.[0]?.extensions;
          const status = typeof first?.code === 'string' ? STATUS_OF_CODE[first.code] : undefined;
          if (data != null || status === undefined) return Promise.resolve();
          response.http.status = status;
          if (typeof first?.retryAfterSeconds === 'number') {
            response.http.headers.set('retry-after', String(first.retryAfterSeconds));
          }
          return Promise.resolve();
        },
      }),
  };
}
