import type { Server } from 'node:http';
import type { FastifyHttpOptions } from 'fastify';

/**
 * Limits of the HTTP server itself (DESIGN "Limits at every entry point", HTTP): how big a body
 * may be, how long a client may take to send one, and how many connections are held at once.
 */
export interface HttpLimits {
  /** Largest request body in bytes; larger is PAYLOAD_TOO_LARGE (413). */
  bodyLimit: number;
  /** Time for the whole request (headers and body) to arrive; a trickling body is cut off after it. */
  requestTimeoutMs: number;
  /** Time for the request headers to arrive. */
  headersTimeoutMs: number;
  /** How long an idle keep-alive connection stays open between requests. */
  keepAliveTimeoutMs: number;
  /** Connections held at once; further ones are dropped as they arrive. */
  maxConnections: number;
}

/** "Request body ≤ 6 MB", "closed after 30 s", "header timeout 15 s" (DESIGN). */
export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  bodyLimit: 6_000_000,
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 15_000,
  // Longer than the 60 s idle timeout of common load balancers, so they never reuse a socket we just closed.
  keepAliveTimeoutMs: 72_000,
  maxConnections: 10_000,
};

/** The limits with the caller's overrides (tests shorten the timeouts and lower the connection cap). */
export function httpLimits(overrides: Partial<HttpLimits> = {}): HttpLimits {
  const limits = { ...DEFAULT_HTTP_LIMITS, ...overrides };
  // Node refuses a header timeout longer than the request timeout.
  return { ...limits, headersTimeoutMs: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) };
}

/** Fastify's server options for these limits. */
export function fastifyServerOptions(limits: HttpLimits): FastifyHttpOptions<Server> {
  return {
    bodyLimit: limits.bodyLimit,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      // Node looks for expired requests only this often (30 s by default, which would let a
      // trickling body stay up to twice the timeout).
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    },
  };
}
