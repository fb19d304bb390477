import { setTimeout as pause } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TransactionService } from './transaction.service.js';

let dataSource: DataSource;
let transactions: TransactionService;

beforeAll(async () => {
  dataSource = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
  await dataSource.initialize();
  await dataSource.query('CREATE TABLE notes (text TEXT NOT NULL)');
  transactions = new TransactionService(dataSource);
});

afterAll(async () => {
  await dataSource?.destroy();
});

describe('TransactionService.afterCommit', () => {
  it('runs the hooks in order once the transaction has committed, before run() answers', async () => {
    const steps: string[] = [];
    const result = await transactions.run(async (manager) => {
      transactions.afterCommit(manager, () => steps.push('first hook'));
      await manager.query("INSERT INTO notes (text) VALUES ('committed')");
      transactions.afterCommit(manager, () => steps.push('second hook'));
      steps.push('work done');
      return 'result';
    });
    expect(result).toBe('result');
    expect(steps).toEqual(['work done', 'first hook', 'second hook']);
  });

  it('never runs the hooks of a transaction that rolls back', async () => {
    const hook = vi.fn();
    const failure = transactions.run(async (manager) => {
      transactions.afterCommit(manager, hook);
      await manager.query("INSERT INTO notes (text) VALUES ('rolled back')");
      throw new Error('the use case fails');
    });
    await expect(failure).rejects.toThrow('the use case fails');
    expect(hook).not.toHaveBeenCalled();
    expect(await dataSource.query("SELECT text FROM notes WHERE text = 'rolled back'")).toEqual([]);
  });

  it('a failing hook is logged and neither undoes the change nor stops the other hooks', async () => {
    const logged = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const later = vi.fn();
    const result = await transactions.run(async (manager) => {
      transactions.afterCommit(manager, () => {
        throw new Error('publishing failed');
      });
      transactions.afterCommit(manager, later);
      await manager.query("INSERT INTO notes (text) VALUES ('kept')");
      return 'kept';
    });
    expect(result).toBe('kept');
    expect(later).toHaveBeenCalledOnce();
    expect(logged).toHaveBeenCalledWith(
      'After-commit work failed',
      expect.stringContaining('publishing failed'),
    );
    expect(await dataSource.query("SELECT text FROM notes WHERE text = 'kept'")).toEqual([{ text: 'kept' }]);
    logged.mockRestore();
  });

  it('refuses a manager that is not in a transaction opened by run()', () => {
    const outside: EntityManager = dataSource.manager;
    expect(() => transactions.afterCommit(outside, () => undefined)).toThrow(/TransactionService\.run/);
  });
});

describe('TransactionService.snapshot', () => {
  it('on SQLite waits for the open write to commit: it never sees half of it', async () => {
    let firstHalfWritten!: () => void;
    const firstHalf = new Promise<void>((resolve) => (firstHalfWritten = resolve));
    let readStarted!: () => void;
    const started = new Promise<void>((resolve) => (readStarted = resolve));
    const write = transactions.run(async (manager) => {
      await manager.query("INSERT INTO notes (text) VALUES ('first half')");
      firstHalfWritten();
      await started;
      // Time for the read to go ahead, were it not queued.
      await pause(50);
      await manager.query("INSERT INTO notes (text) VALUES ('second half')");
    });
    // Another request's read: started outside the write's work, while the write is half done.
    await firstHalf;
    const read = transactions.snapshot((snapshot) =>
      snapshot.query("SELECT text FROM notes WHERE text LIKE '% half' ORDER BY text"),
    );
    readStarted();
    await write;
    expect(await read).toEqual([{ text: 'first half' }, { text: 'second half' }]);
  });

  it('inside the work of run() on SQLite reads at once, in that transaction, instead of waiting for it', async () => {
    const seen = await transactions.run(async (manager) => {
      await manager.query("INSERT INTO notes (text) VALUES ('inside')");
      const read = transactions.snapshot((snapshot) =>
        snapshot.query("SELECT text FROM notes WHERE text = 'inside'"),
      );
      // Queued behind this transaction, the read would never end: the test would time out.
      return Promise.race([read, pause(2_000).then(() => 'still waiting')]);
    });
    expect(seen).toEqual([{ text: 'inside' }]);
  });
});
