import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { currentTransactionParticipant } from './transaction-participant.js';

/** Set while the work of a queued SQLite transaction runs (its async context and all it calls). */
const insideSqliteTransaction = new AsyncLocalStorage<true>();

/**
 * Opens every multi-row write, and the multi-statement reads that must see one state of the
 * database ({@link snapshot}). The entity manager is passed explicitly so each statement of the
 * use case (and its audit row) runs inside the transaction.
 *
 * SQLite under TypeORM has a single connection: two transactions at once fail ("cannot start a
 * transaction within a transaction", typeorm#8668), so transactions are queued one after another
 * there. PostgreSQL runs them concurrently on its pool.
 */
@Injectable()
export class TransactionService {
  private readonly logger = new Logger(TransactionService.name);
  private queue: Promise<unknown> = Promise.resolve();
  /** The after-commit work of each open transaction, by its entity manager. */
  private readonly afterCommitHooks = new WeakMap<EntityManager, Array<() => void>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const hooks: Array<() => void> = [];
    const participant = currentTransactionParticipant();
    const inTransaction = async (manager: EntityManager): Promise<T> => {
      this.afterCommitHooks.set(manager, hooks);
      const result = await work(manager);
      await participant?.beforeCommit(manager, result);
      return result;
    };
    const result = await this.transaction(inTransaction);
    // Only now is the change visible to others; a rolled-back transaction never gets here.
    for (const hook of hooks) {
      try {
        hook();
      } catch (error) {
        this.logger.error('After-commit work failed', error instanceof Error ? error.stack : String(error));
      }
    }
    return result;
  }

  /**
   * Runs `hook` once the transaction of `manager` (opened by {@link run}) has committed, and never
   * when it rolls back — for telling others about a change (subscription events) only once it is
   * real. Hooks must not throw or wait: failures are logged and do not undo the committed change.
   */
  afterCommit(manager: EntityManager, hook: () => void): void {
    const hooks = this.afterCommitHooks.get(manager);
    if (!hooks) throw new Error('afterCommit needs a transaction opened by TransactionService.run.');
    hooks.push(hook);
  }

  /**
   * Runs `work`, which only reads, in one transaction that sees a single state of the database, so
   * its statements cannot straddle another transaction's commit (a multi-statement read of rows
   * that others rewrite would otherwise be torn). PostgreSQL: REPEATABLE READ, READ ONLY — under
   * the default READ COMMITTED every statement sees what was committed when it started. SQLite:
   * queued with the transactions of {@link run}, so no write is half done on its one connection
   * while the reads run. No participant joins and no after-commit work runs: nothing is written.
   *
   * Called from inside the work of {@link run} on SQLite, it cannot wait for that very transaction
   * to end: the reads run at once on the one connection, inside that transaction, which is a
   * single state too. (Better still, pass that transaction's manager to the reads.)
   */
  snapshot<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (insideSqliteTransaction.getStore()) return work(this.dataSource.manager);
    return this.transaction(async (manager) => {
      // One statement, before any read: it fixes the snapshot the first SELECT takes.
      if (this.dataSource.options.type === 'postgres')
        await manager.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      return work(manager);
    });
  }

  private transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type !== 'better-sqlite3') return this.dataSource.transaction(work);
    const result = this.queue.then(() =>
      this.dataSource.transaction((manager) => insideSqliteTransaction.run(true, () => work(manager))),
    );
    this.queue = result.catch(() => undefined);
    return result;
  }
}
