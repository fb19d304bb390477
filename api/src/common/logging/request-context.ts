import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** What every log line written while serving one request carries. */
export interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** An incoming `x-request-id` is kept only when it matches this (DESIGN, "Ops endpoints"). */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

/** The context of the request being served here, if any. */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/**
 * Fastify's `genReqId`: the caller's (or the load balancer's) `x-request-id` when it is well
 * formed, so one id follows a request through every hop; otherwise a new one.
 */
export function requestIdOf(request: { headers: Record<string, string | string[] | undefined> }): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
}

/**
 * Echoes the request id in the response and runs the rest of the request inside its context,
 * so the logger can add it to every line written meanwhile.
 */
export function useRequestIds(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    storage.run({ requestId: request.id }, done);
  });
}
