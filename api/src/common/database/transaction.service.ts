import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Opens every multi-row write. The entity manager is passed explicitly so each statement of the
 * use case (and its audit row) runs inside the transaction.
 *
 * SQLite under TypeORM has a single connection: two transactions at once fail ("cannot start a
 * transaction within a transaction", typeorm#8668), so write transactions are queued one after
 * another there. PostgreSQL runs them concurrently on its pool.
 */
@Injectable()
export class TransactionService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type !== 'better-sqlite3') return this.dataSource.transaction(work);
    const result = this.queue.then(() => this.dataSource.transaction(work));
    this.queue = result.catch(() => undefined);
    return result;
  }
}
