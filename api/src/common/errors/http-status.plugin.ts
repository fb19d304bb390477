import type { ApolloServerPlugin } from '@apollo/server';

/** HTTP statuses that follow an error code (DESIGN, "Errors"). */
const STATUS_BY_CODE: Readonly<Record<string, number>> = { SERVICE_UNAVAILABLE: 503 };

/**
 * The HTTP status follows the error code only when the response has no data: a load balancer or
 * client then sees 503 for "database unreachable, nothing written" and may retry elsewhere. It
 * replaces Nest's plugin that set 200 whenever execution ran (`preserveHttpStatusForExecutionErrors`).
 */
export const httpStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (data !== undefined && data !== null) {
          response.http.status = 200;
          return;
        }
        const status = errors
          ?.map((error) => STATUS_BY_CODE[String(error.extensions?.code)])
          .find((found) => found !== undefined);
        if (status) response.http.status = status;
      },
    };
  },
};
