import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { createApp } from '../app.js';
import { loadConfig, type AppConfig } from '../config/config.js';
import { resolveJwtSecret } from '../config/jwt-secret.js';

/** The configuration of the server, read the same way `main.ts` reads it (data/ in the working folder). */
export function cliConfig(): AppConfig {
  const dataDir = resolve(process.cwd(), 'data');
  const config = loadConfig(process.env, dataDir);
  if (config.database.type === 'sqlite' && config.database.path !== ':memory:') {
    mkdirSync(dirname(resolve(config.database.path)), { recursive: true });
  }
  return config;
}

/** The whole app without an HTTP listener: migrations run, services ready, quiet logs. */
export async function openCliApp(): Promise<INestApplicationContext> {
  const config = cliConfig();
  config.jwtSecret = resolveJwtSecret(config.jwtSecret, config.dataDir);
  return createApp(config, { logLevels: ['error', 'fatal'], webRoot: null });
}
