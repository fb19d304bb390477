import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { constraintViolation } from '../common/database/constraint-violation.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { BenchmarkFigureEntity } from './benchmark-figure.entity.js';
import { BenchmarkErrors } from './benchmark-figure.errors.js';
import { BenchmarkPolicy } from './benchmark-figure.policy.js';
import { BenchmarkFigureRepository } from './benchmark-figure.repository.js';
import {
  BENCHMARK_ENTITY,
  benchmarkSnapshot,
  checkBenchmarkFields,
  checkCurrency,
  type BenchmarkFigureFields,
} from './benchmark-figure.rules.js';
import { ProviderCurrencyReader } from './provider-currency.reader.js';

/** A new figure as a client sends it; `currency`, when given, must be the provider's. */
export interface RecordBenchmarkFigure extends BenchmarkFigureFields {
  providerCode: string;
  currency?: string | null;
}

/** Changes to a figure; null or absent means "unchanged". The provider never changes. */
export interface BenchmarkFigureChanges {
  year?: number | null;
  kpi?: string | null;
  value?: string | null;
  source?: string | null;
  currency?: string | null;
}

/**
 * Recording, changing and deleting benchmark figures: who may (BenchmarkPolicy), the rules, one
 * transaction per use case with its audit event, and optimistic locking in the statement itself.
 */
@Injectable()
export class BenchmarkFigureService {
  constructor(
    private readonly transactions: TransactionService,
    private readonly repository: BenchmarkFigureRepository,
    private readonly currencies: ProviderCurrencyReader,
    private readonly audit: AuditService,
  ) {}

  async record(actor: Actor | null, input: RecordBenchmarkFigure): Promise<BenchmarkFigureEntity> {
    const writer = BenchmarkPolicy.requireWriter(actor);
    BenchmarkPolicy.requireMayWrite(writer, input.providerCode);
    const currency = checkCurrency(input.currency, await this.currencies.currencyOf(input.providerCode));
    return this.transactions.run((manager) => this.create(manager, writer, { ...input, currency }));
  }

  /**
   * Inserts a figure inside the caller's transaction, with its audit event. The currency is taken
   * as given: callers have settled it (the demo seed knows its centres' currencies).
   */
  async create(
    manager: EntityManager,
    actor: Actor,
    input: BenchmarkFigureFields & { providerCode: string; currency: string },
  ): Promise<BenchmarkFigureEntity> {
    const fields = checkBenchmarkFields(input, thisYear());
    const figure = Object.assign(new BenchmarkFigureEntity(), {
      id: randomUUID(),
      providerCode: input.providerCode,
      currency: input.currency,
      ...fields,
      version: 1,
    });
    await this.assertKeyFree(manager, figure, null);
    await this.write(figure, () => this.repository.insert(manager, figure));
    await this.writeAudit(manager, actor, figure, 'CREATE', null, figure);
    return figure;
  }

  async update(
    actor: Actor | null,
    id: string,
    changes: BenchmarkFigureChanges,
    expectedVersion: number,
  ): Promise<BenchmarkFigureEntity> {
    const writer = BenchmarkPolicy.requireWriter(actor);
    return this.transactions.run(async (manager) => {
      const before = await this.loadWritable(manager, writer, id, expectedVersion);
      const fields = checkBenchmarkFields(
        {
          year: changes.year ?? before.year,
          kpi: changes.kpi ?? before.kpi,
          value: changes.value ?? before.value,
          source: changes.source ?? before.source,
        },
        thisYear(),
      );
      const currency = checkCurrency(changes.currency, await this.currencies.currencyOf(before.providerCode));
      const after = Object.assign(new BenchmarkFigureEntity(), before, fields, {
        currency,
        version: expectedVersion + 1,
      });
      await this.assertKeyFree(manager, after, before.id);
      await this.write(after, () =>
        this.repository.updateIfVersion(manager, id, expectedVersion, { ...fields, currency }),
      );
      await this.writeAudit(manager, writer, after, 'UPDATE', before, after);
      return after;
    });
  }

  async delete(actor: Actor | null, id: string, expectedVersion: number): Promise<boolean> {
    const writer = BenchmarkPolicy.requireWriter(actor);
    return this.transactions.run(async (manager) => {
      const before = await this.loadWritable(manager, writer, id, expectedVersion);
      const deleted = await this.repository.deleteIfVersion(manager, id, expectedVersion);
      if (deleted === 0) throw BenchmarkErrors.staleVersion();
      await this.writeAudit(manager, writer, before, 'DELETE', before, null);
      return true;
    });
  }

  /** The figure, if it exists (NOT_FOUND), is the writer's to change (FORBIDDEN) and is still at `expectedVersion` (CONFLICT). */
  private async loadWritable(
    manager: EntityManager,
    writer: Actor,
    id: string,
    expectedVersion: number,
  ): Promise<BenchmarkFigureEntity> {
    const figure = await this.repository.findById(id, manager);
    if (!figure) throw BenchmarkErrors.notFound();
    BenchmarkPolicy.requireMayWrite(writer, figure.providerCode);
    // Refused early too, so that the figure as read is exactly what the audit event calls "before".
    if (figure.version !== expectedVersion) throw BenchmarkErrors.staleVersion();
    return figure;
  }

  /** One figure per (provider, year, KPI): checked first for a clear error; the unique index backs it. */
  private async assertKeyFree(
    manager: EntityManager,
    figure: BenchmarkFigureEntity,
    ownId: string | null,
  ): Promise<void> {
    const holder = await this.repository.idOfKey(manager, figure);
    if (holder !== null && holder !== ownId) throw duplicateOf(figure);
  }

  /** Runs a write; a concurrent writer of the same (provider, year, KPI) that won the race is the same duplicate error. */
  private async write<T>(figure: BenchmarkFigureEntity, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (constraintViolation(error) === 'UNIQUE') throw duplicateOf(figure);
      throw error;
    }
  }

  private writeAudit(
    manager: EntityManager,
    actor: Actor,
    figure: BenchmarkFigureEntity,
    action: string,
    before: BenchmarkFigureEntity | null,
    after: BenchmarkFigureEntity | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actor,
      entity: BENCHMARK_ENTITY,
      entityId: figure.id,
      action,
      before: before && benchmarkSnapshot(before),
      after: after && benchmarkSnapshot(after),
    });
  }
}

function duplicateOf(figure: BenchmarkFigureEntity) {
  return BenchmarkErrors.duplicate(figure.providerCode, figure.year, figure.kpi);
}

function thisYear(): number {
  return new Date().getUTCFullYear();
}
