import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { requireAccess } from '../auth/access.js';
import { AuditService } from '../audit/audit.service.js';
import { constraintViolation } from '../common/database/constraint-violation.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { ExchangeRateEntity } from './exchange-rate.entity.js';
import { ExchangeRateErrors } from './exchange-rate.errors.js';
import { ExchangeRateRepository } from './exchange-rate.repository.js';
import {
  checkExchangeRateFields,
  EXCHANGE_RATE_ENTITY,
  exchangeRateSnapshot,
  type ExchangeRateFields,
} from './exchange-rate.rules.js';

/** Changes to a rate; null or absent means "unchanged". */
export type ExchangeRateChanges = { [K in keyof ExchangeRateFields]?: ExchangeRateFields[K] | null };

/**
 * Recording, changing and deleting exchange rates: administrators only (rates convert every
 * centre's prices, so no centre keeps them), one transaction per use case with its audit event,
 * optimistic locking in the statement itself.
 */
@Injectable()
export class ExchangeRateService {
  constructor(
    private readonly transactions: TransactionService,
    private readonly repository: ExchangeRateRepository,
    private readonly audit: AuditService,
  ) {}

  record(actor: Actor | null, input: ExchangeRateFields): Promise<ExchangeRateEntity> {
    const admin = requireAdmin(actor);
    const fields = checkExchangeRateFields(input);
    return this.transactions.run((manager) => this.create(manager, admin, fields));
  }

  /** Inserts a checked rate inside the caller's transaction, with its audit event (also the demo seed's way in). */
  async create(manager: EntityManager, actor: Actor, input: ExchangeRateFields): Promise<ExchangeRateEntity> {
    const rate = Object.assign(new ExchangeRateEntity(), {
      id: randomUUID(),
      ...checkExchangeRateFields(input),
      version: 1,
    });
    await this.assertKeyFree(manager, rate, null);
    await this.write(rate, () => this.repository.insert(manager, rate));
    await this.writeAudit(manager, actor, rate, 'CREATE', null, rate);
    return rate;
  }

  update(
    actor: Actor | null,
    id: string,
    expectedVersion: number,
    changes: ExchangeRateChanges,
  ): Promise<ExchangeRateEntity> {
    const admin = requireAdmin(actor);
    return this.transactions.run(async (manager) => {
      const before = await this.loadCurrent(manager, id, expectedVersion);
      const fields = checkExchangeRateFields({
        date: changes.date ?? before.date,
        from: changes.from ?? before.from,
        to: changes.to ?? before.to,
        rate: changes.rate ?? before.rate,
        source: changes.source ?? before.source,
      });
      const after = Object.assign(new ExchangeRateEntity(), before, fields, { version: expectedVersion + 1 });
      await this.assertKeyFree(manager, after, before.id);
      await this.write(after, () => this.repository.updateIfVersion(manager, id, expectedVersion, fields));
      await this.writeAudit(manager, admin, after, 'UPDATE', before, after);
      return after;
    });
  }

  delete(actor: Actor | null, id: string, expectedVersion: number): Promise<boolean> {
    const admin = requireAdmin(actor);
    return this.transactions.run(async (manager) => {
      const before = await this.loadCurrent(manager, id, expectedVersion);
      const deleted = await this.repository.deleteIfVersion(manager, id, expectedVersion);
      if (deleted === 0) throw ExchangeRateErrors.staleVersion();
      await this.writeAudit(manager, admin, before, 'DELETE', before, null);
      return true;
    });
  }

  /** The rate (NOT_FOUND), still at `expectedVersion` (CONFLICT): what the audit event calls "before". */
  private async loadCurrent(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
  ): Promise<ExchangeRateEntity> {
    const rate = await this.repository.findById(id, manager);
    if (!rate) throw ExchangeRateErrors.notFound();
    if (rate.version !== expectedVersion) throw ExchangeRateErrors.staleVersion();
    return rate;
  }

  /** One rate per (from, to, date): checked first for a clear error; the unique index backs it. */
  private async assertKeyFree(
    manager: EntityManager,
    rate: ExchangeRateEntity,
    ownId: string | null,
  ): Promise<void> {
    const holder = await this.repository.idOfKey(manager, rate);
    if (holder !== null && holder !== ownId)
      throw ExchangeRateErrors.duplicate(rate.from, rate.to, rate.date);
  }

  /** Runs a write; a concurrent writer of the same key that won the race is the same duplicate error. */
  private async write<T>(rate: ExchangeRateEntity, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (constraintViolation(error) === 'UNIQUE')
        throw ExchangeRateErrors.duplicate(rate.from, rate.to, rate.date);
      throw error;
    }
  }

  private writeAudit(
    manager: EntityManager,
    actor: Actor,
    rate: ExchangeRateEntity,
    action: string,
    before: ExchangeRateEntity | null,
    after: ExchangeRateEntity | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actor,
      entity: EXCHANGE_RATE_ENTITY,
      entityId: rate.id,
      action,
      before: before && exchangeRateSnapshot(before),
      after: after && exchangeRateSnapshot(after),
      providerCode: null,
    });
  }
}

/** Administrators only; checked again here, not only by the resolver's guard. */
function requireAdmin(actor: Actor | null): Actor {
  return requireAccess(actor, 'EXCHANGE_RATE_WRITE', {
    unauthenticated: 'Sign in as an administrator to keep exchange rates.',
    forbidden: 'Only administrators keep exchange rates.',
  });
}
