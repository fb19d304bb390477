import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';

/**
 * Something that writes its own row in the transaction of the use case running in the same
 * async context, just before that transaction commits, with the use case's result — so both
 * commit together or neither does. (The idempotency record of a mutation is one.)
 */
export interface TransactionParticipant {
  beforeCommit(manager: EntityManager, result: unknown): Promise<void>;
}

const storage = new AsyncLocalStorage<TransactionParticipant>();

/** Runs `work` with `participant` joining the transactions it opens through TransactionService. */
export function withTransactionParticipant<T>(
  participant: TransactionParticipant,
  work: () => Promise<T>,
): Promise<T> {
  return storage.run(participant, work);
}

export function currentTransactionParticipant(): TransactionParticipant | undefined {
  return storage.getStore();
}
