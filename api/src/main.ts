import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config/config.js';
import { resolveJwtSecret } from './config/jwt-secret.js';
import { createApp } from './app.js';
import { drainAndClose } from './health/graceful-shutdown.js';

async function main(): Promise<void> {
  const dataDir = resolve(process.cwd(), 'data');
  const config = loadConfig(process.env, dataDir);
  config.jwtSecret = resolveJwtSecret(config.jwtSecret, dataDir);
  if (config.database.type === 'sqlite' && config.database.path !== ':memory:') {
    mkdirSync(dirname(resolve(config.database.path)), { recursive: true });
  }
  const app = await createApp(config);
  const logger = new Logger('Servicekatalog');
  // A load balancer or orchestrator stops an instance with SIGTERM: drain, then exit 0.
  process.once('SIGTERM', () => {
    drainAndClose(app).then(
      (inTime) => {
        logger.log(inTime ? 'Drained and closed' : 'Closed after cutting off requests that ran too long');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error('Closing after SIGTERM failed', error instanceof Error ? error.stack : String(error));
        process.exit(1);
      },
    );
  });
  await app.listen({ port: config.port, host: '0.0.0.0' });
  logger.log(`Listening on http://localhost:${config.port}`);
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? error.message
      : `Servicekatalog could not start: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
