import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { databaseOptions } from '../common/database/database-options.js';
import { ConfigError } from '../config/config.js';
import { cliConfig } from './cli-app.js';

/** `npm run migrate`: brings the configured database (DATABASE_URL) up to date and exits. */
async function main(): Promise<void> {
  const logger = new Logger('Migrate');
  const config = cliConfig();
  const dataSource = new DataSource(databaseOptions(config.database, []));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    logger.log(
      applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}.` : 'The database is up to date.',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? error.message
      : `Migration failed: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
});
