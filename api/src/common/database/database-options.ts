import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../../config/config.js';
import { MIGRATIONS } from '../../../../migrations/index.js';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * node-postgres pool settings. With the database down or unanswering a request fails within 2 s
 * (SERVICE_UNAVAILABLE) instead of queueing for a connection; a statement that hangs is cancelled
 * by the server after 15 s, and given up by the client if the server does not answer at all. The
 * pool drops broken connections and opens new ones when the database is back: no restart needed.
 */
const POSTGRES_POOL = {
  max: 10,
  connectionTimeoutMillis: 1500,
  statement_timeout: 15_000,
  query_timeout: 20_000,
  keepAlive: true,
};

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
    return { ...common, type: 'postgres', url: database.url, extra: POSTGRES_POOL };
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
