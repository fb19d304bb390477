import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/config.js';
import { InputValidationPipe } from './common/validation/input-validation.pipe.js';
import { withStartupLock } from './common/database/startup-lock.js';
import { hardenHttp } from './common/http/harden-http.js';
import { fastifyServerOptions, httpLimits, type HttpLimits } from './common/http/http-limits.js';
import { requestIdOf, useRequestIds } from './common/logging/request-context.js';
import { RequestLogger } from './common/logging/request-logger.js';

export interface CreateAppOptions {
  /** Log levels to print; the default prints everything from `log` up. */
  logLevels?: LogLevel[];
  /** Folder of the built web app to serve at `/`; found next to the repo by default. */
  webRoot?: string | null;
  /** Body limit, timeouts and connection cap; DESIGN's values unless a test shortens them. */
  http?: Partial<HttpLimits>;
}

/**
 * Builds the whole app — GraphQL API, health checks and the built web app on one port — and
 * brings the database schema up to date. Used by `main.ts`, the command line and the tests.
 */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const logger = new RequestLogger(options.logLevels ?? ['log', 'warn', 'error', 'fatal']);
  const webRoot = options.webRoot === undefined ? findWebRoot() : options.webRoot;
  const limits = httpLimits(options.http);
  const adapter = new FastifyAdapter({
    ...fastifyServerOptions(limits),
    requestIdHeader: false,
    genReqId: requestIdOf,
  });
  useRequestIds(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, webRoot), adapter, {
    logger,
    abortOnError: false,
  });
  await hardenHttp(app, config, limits);
  app.useGlobalPipes(new InputValidationPipe());
  // SIGTERM drains (main.ts); these end the process at once.
  app.enableShutdownHooks(['SIGINT', 'SIGHUP']);
  // Files of the built web app; its client routes are answered by WebAppModule.
  if (webRoot) app.useStaticAssets({ root: webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
  // Several instances may start together: one at a time migrates and seeds (demo data, admin).
  const dataSource = app.get(DataSource);
  await withStartupLock(dataSource, async () => {
    await dataSource.runMigrations({ transaction: 'each' });
    await app.init();
  });
  return app;
}

/** The Vite build of web/, when it exists (it does after `npm run build`). */
function findWebRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    const candidate = join(dir, 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    dir = resolve(dir, '..');
  }
  return null;
}
