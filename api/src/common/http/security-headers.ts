import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/config.js';

/**
 * The policy of every response (DESIGN "Limits", HTTP), exactly as written there. The web app
 * loads only its own files: no inline script or style, images from itself or data: URLs, and
 * requests (the subscriptions' WebSocket included: CSP3's 'self' matches ws: on the same host
 * and port) only to its own origin. Nobody may frame it.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * The Apollo Sandbox page (GET /graphql from a browser, local mode only) loads its scripts, styles
 * and frame from Apollo's CDN under a nonce policy of its own (a `<meta>` in the page); the
 * header keeps what a `<meta>` policy cannot say (framing) and the page's base and forms.
 */
export const SANDBOX_CONTENT_SECURITY_POLICY = "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

const GRAPHQL_PATH = '/graphql';

/** One year, as browsers' preload lists ask; sent only when TLS ends at a proxy in front of us. */
const HSTS_MAX_AGE_SECONDS = 31_536_000;

/**
 * Security headers on every response: helmet's set (nosniff, referrer policy, no framing, HSTS
 * behind a proxy) and the content security policy above.
 */
export async function registerSecurityHeaders(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(helmet, {
    // Set below, so the header is the one DESIGN writes (helmet joins directives without spaces)
    // and the local sandbox page can have its own.
    contentSecurityPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    frameguard: { action: 'deny' },
    strictTransportSecurity:
      config.trustProxy > 0 ? { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true } : false,
  });
  app
    .getHttpAdapter()
    .getInstance()
    // A callback hook, not an async one: it runs on every response, and a promise per response
    // costs more than the header.
    .addHook(
      'onSend',
      (
        request: FastifyRequest,
        reply: FastifyReply,
        payload: unknown,
        done: (error: null, payload: unknown) => void,
      ) => {
        reply.header('content-security-policy', policyFor(request, reply, config));
        done(null, payload);
      },
    );
}

function policyFor(request: FastifyRequest, reply: FastifyReply, config: AppConfig): string {
  const html = String(reply.getHeader('content-type') ?? '').startsWith('text/html');
  const sandboxPage =
    config.sandbox && request.method === 'GET' && request.routeOptions.url === GRAPHQL_PATH && html;
  return sandboxPage ? SANDBOX_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
}
