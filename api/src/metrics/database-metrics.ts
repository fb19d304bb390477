import { Counter, Gauge, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { SqlStatementCounter } from '../common/database/sql-statement-counter.js';

/** What node-postgres's Pool tells about itself (TypeORM keeps it as the driver's `master`). */
interface PoolFigures {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * `db_statements_total` (every SQL statement sent, from the statement counter the tests use too)
 * and, on PostgreSQL, the connection pool: open, idle and waiting. SQLite has one connection and
 * no pool to report.
 */
export function registerDatabaseMetrics(
  registry: Registry,
  dataSource: DataSource,
  statements: SqlStatementCounter,
): void {
  // From 0: the counter holds every statement since the start, the connection's first ones too.
  let reported = 0;
  new Counter({
    name: 'db_statements_total',
    help: 'SQL statements sent to the database.',
    registers: [registry],
    collect() {
      const current = statements.count;
      this.inc(current - reported);
      reported = current;
    },
  });
  if (dataSource.options.type !== 'postgres') return;
  const pool = (): PoolFigures | undefined =>
    (dataSource.driver as unknown as { master?: PoolFigures }).master;
  const gauge = (name: string, help: string, figure: (p: PoolFigures) => number): void => {
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const current = pool();
        if (current) this.set(figure(current));
      },
    });
  };
  gauge('db_pool_connections', 'Open connections in the PostgreSQL pool.', (p) => p.totalCount);
  gauge('db_pool_idle_connections', 'Idle connections in the PostgreSQL pool.', (p) => p.idleCount);
  gauge('db_pool_in_use_connections', 'Connections in use.', (p) => p.totalCount - p.idleCount);
  gauge('db_pool_waiting_requests', 'Queries waiting for a pool connection.', (p) => p.waitingCount);
}
