import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';

const logger = new Logger('Database');

/**
 * TypeORM logger that counts every SQL statement the app sends (tests use it to prove a request
 * costs a fixed number of statements, i.e. no N+1) and logs failing statements server-side only.
 */
export class SqlStatementCounter implements TypeOrmLogger {
  private statements = 0;

  /** Statements sent since the app started. */
  get count(): number {
    return this.statements;
  }

  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.statements += 1;
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.statements += 1;
    logger.warn({ message: 'SQL statement failed', error: String(error), query });
  }

  logQuerySlow(time: number, query: string): void {
    logger.warn({ message: 'Slow SQL statement', ms: time, query });
  }

  logSchemaBuild(message: string): void {
    logger.debug(message);
  }

  logMigration(message: string): void {
    logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') logger.warn(String(message));
    else logger.debug(String(message));
  }
}
