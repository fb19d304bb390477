import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../../config/config.js';
import { MIGRATIONS } from '../../../../migrations/index.js';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM options for the configured database. The schema changes only through migrations/
 * (never `synchronize`); the same migrations run on SQLite and PostgreSQL.
 */
export function databaseOptions(
  database: DatabaseConfig,
  entities: DataSourceOptions['entities'],
  logger?: TypeOrmLogger,
): DataSourceOptions {
  const common = {
    entities,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: logger ? ['query' as const, 'error' as const] : false,
    logger,
  };
  if (database.type === 'postgres') {
    return { ...common, type: 'postgres', url: database.url, extra: { max: 10 } };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.path,
    // Foreign keys are off by default in SQLite; WAL lets readers in while a write commits.
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('foreign_keys = ON');
      if (database.path !== ':memory:') db.pragma('journal_mode = WAL');
    },
  };
}
