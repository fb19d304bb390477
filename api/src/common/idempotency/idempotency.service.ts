import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LessThan, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { constraintViolation } from '../database/constraint-violation.js';
import {
  withTransactionParticipant,
  type TransactionParticipant,
} from '../database/transaction-participant.js';
import { BadUserInputError, ConflictError } from '../errors/domain-error.js';
import { IdempotencyKeyEntity } from './idempotency-key.entity.js';
import { requestHash, restoreResult, storeResult } from './idempotent-result.js';

/** DESIGN, "Idempotency": 8–64 characters of [A-Za-z0-9_-]. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
const KEPT_MS = 24 * 60 * 60 * 1000;

/** One mutation as sent: who, with which key, which mutation and its arguments (without the key). */
export interface IdempotentRequest {
  actor: Actor | null;
  key: string | null | undefined;
  operation: string;
  args: Record<string, unknown>;
}

/** Another transaction committed this user's key first: ours rolls back and answers with theirs. */
class KeyTakenMeanwhile extends Error {}

/**
 * Mutations with an idempotency key (DESIGN, "Idempotency"): the first successful result is kept
 * per signed-in user and key for 24 hours, written in the same transaction as the change itself —
 * so a change never commits without its key, nor twice. A repeat with equal arguments answers with
 * that result, as first returned; with other arguments it is CONFLICT (IDEMPOTENCY_KEY_REUSED).
 * Two repeats at once (two instances) both try; the primary key lets one commit, and the other
 * rolls back and answers with the committed result.
 */
@Injectable()
export class IdempotencyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run<T>(request: IdempotentRequest, work: () => Promise<T>): Promise<T> {
    const { actor, key } = request;
    if (key === undefined || key === null) return work();
    if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
      throw new BadUserInputError(
        'An idempotency key has 8 to 64 letters (A–Z, a–z), digits, "_" or "-".',
        'idempotencyKey',
      );
    }
    // Keys belong to a signed-in user; without one the use case refuses the request itself.
    if (!actor) return work();
    const hash = requestHash(request.operation, request.args);
    const stored = await this.find(actor.userId, key);
    if (stored) return answerFrom<T>(stored, hash);
    const record = new KeyRecord(actor.userId, key, request.operation, hash);
    try {
      const result = await withTransactionParticipant(record, work);
      // A use case that wrote nothing in a transaction of its own: keep its result now.
      if (!record.written)
        await this.dataSource.transaction((manager) => record.beforeCommit(manager, result));
      return result;
    } catch (error) {
      if (!(error instanceof KeyTakenMeanwhile)) throw error;
      const winner = await this.find(actor.userId, key);
      if (!winner) throw error;
      return answerFrom<T>(winner, hash);
    }
  }

  /** The live record of `key`; an expired one is deleted (its key may be used again). */
  private async find(userId: string, key: string): Promise<IdempotencyKeyEntity | null> {
    const repository = this.dataSource.getRepository(IdempotencyKeyEntity);
    const found = await repository.findOneBy({ userId, key });
    if (!found || found.expiresAt.getTime() > Date.now()) return found;
    await repository.delete({ userId, key, expiresAt: LessThan(new Date()) });
    return null;
  }
}

function answerFrom<T>(stored: IdempotencyKeyEntity, hash: string): T {
  if (stored.requestHash !== hash) {
    throw new ConflictError(
      'This idempotency key was already used for another request; make a new key for a new action.',
      { reason: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' },
    );
  }
  return restoreResult<T>(stored.result);
}

/** Writes the key with the result in the use case's transaction (once, in its first transaction). */
class KeyRecord implements TransactionParticipant {
  written = false;

  constructor(
    private readonly userId: string,
    private readonly key: string,
    private readonly operation: string,
    private readonly hash: string,
  ) {}

  async beforeCommit(manager: EntityManager, result: unknown): Promise<void> {
    if (this.written) return;
    const now = new Date();
    try {
      await manager.insert(IdempotencyKeyEntity, {
        userId: this.userId,
        key: this.key,
        operation: this.operation,
        requestHash: this.hash,
        result: storeResult(result),
        createdAt: now,
        expiresAt: new Date(now.getTime() + KEPT_MS),
      });
    } catch (error) {
      if (constraintViolation(error) === 'UNIQUE') throw new KeyTakenMeanwhile();
      throw error;
    }
    this.written = true;
    // Housekeeping in the same statement flow: this user's expired keys.
    await manager.delete(IdempotencyKeyEntity, { userId: this.userId, expiresAt: LessThan(now) });
  }
}
