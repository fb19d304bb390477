import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../../config/config.js';
import { installBodyErrors } from './body-errors.js';
import type { HttpLimits } from './http-limits.js';
import { registerSecurityHeaders } from './security-headers.js';

/**
 * Everything the HTTP server does before GraphQL sees a request (DESIGN "Limits", HTTP and
 * Errors): security headers, refused bodies in the GraphQL error shape, and the connection cap.
 * The timeouts and body limit are Fastify's server options ({@link fastifyServerOptions}).
 * Call before `app.init()`.
 */
export async function hardenHttp(
  app: NestFastifyApplication,
  config: AppConfig,
  limits: HttpLimits,
): Promise<void> {
  await registerSecurityHeaders(app, config);
  installBodyErrors(app, limits.bodyLimit);
  // Node drops connections beyond this as they arrive, before any of them is read.
  app.getHttpServer().maxConnections = limits.maxConnections;
}
