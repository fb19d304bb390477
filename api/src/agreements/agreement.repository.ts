import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AgencyScope } from '../auth/access.js';
import { updateVersioned } from '../common/persistence/versioned-update.js';
import { AgreementErrors } from './agreement.errors.js';
import { AgreementEntity } from './entities/agreement.entity.js';
import { AgreementChangeEntity } from './entities/agreement-change.entity.js';
import { AgreementServiceResultEntity, AgreementVolumeEntity } from './entities/agreement-measure.entity.js';
import { AgreementTermEntity } from './entities/agreement-term.entity.js';
import type { AgreementStatus } from './agreement.rules.js';

/** The columns a version-checked change may set. */
export type AgreementChanges = Partial<
  Pick<AgreementEntity, 'endDate' | 'terminatedAt' | 'terminationReason' | 'updatedAt'>
>;

export interface AgreementListQuery {
  scope: AgencyScope;
  today: string;
  status?: AgreementStatus | null;
  agencyId?: string | null;
  providerCode?: string | null;
  endingBefore?: string | null;
  after?: { createdAt: Date; id: string } | null;
  limit: number;
}

/** Rows per multi-row statement: well below SQLite's bound on parameters (7 columns × 500). */
const CHUNK = 500;

/** Queries of the agreements tables; no decisions. */
@Injectable()
export class AgreementRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  findById(id: string, manager: EntityManager = this.manager): Promise<AgreementEntity | null> {
    return manager.findOneBy(AgreementEntity, { id });
  }

  findByIds(ids: readonly string[]): Promise<AgreementEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager.findBy(AgreementEntity, { id: In([...new Set(ids)]) });
  }

  findByQuoteReference(manager: EntityManager, quoteReference: string): Promise<AgreementEntity | null> {
    return manager.findOneBy(AgreementEntity, { quoteReference });
  }

  async insert(manager: EntityManager, agreement: AgreementEntity): Promise<void> {
    await manager.insert(AgreementEntity, agreement);
  }

  /**
   * The one version-checked write of an agreement (common/persistence): the new version, or
   * CONFLICT STALE_VERSION when another change committed first.
   */
  updateIfVersion(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    changes: AgreementChanges,
  ): Promise<number> {
    return updateVersioned(manager, {
      entity: AgreementEntity,
      id,
      expectedVersion,
      changes,
      stale: () => AgreementErrors.staleVersion(),
    });
  }

  /** The terms of one agreement, in position order. */
  termsOf(agreementId: string, manager: EntityManager = this.manager): Promise<AgreementTermEntity[]> {
    return manager.find(AgreementTermEntity, { where: { agreementId }, order: { position: 'ASC' } });
  }

  /** The terms of any number of agreements in one query. */
  termsOfMany(agreementIds: readonly string[]): Promise<AgreementTermEntity[]> {
    if (agreementIds.length === 0) return Promise.resolve([]);
    return this.manager.find(AgreementTermEntity, {
      where: { agreementId: In([...new Set(agreementIds)]) },
      order: { position: 'ASC' },
    });
  }

  /** The terms that came from any number of quotes, in one query. */
  termsOfQuotes(quoteIds: readonly string[]): Promise<AgreementTermEntity[]> {
    if (quoteIds.length === 0) return Promise.resolve([]);
    return this.manager.findBy(AgreementTermEntity, { quoteId: In([...new Set(quoteIds)]) });
  }

  async insertTerm(manager: EntityManager, term: AgreementTermEntity): Promise<void> {
    await manager.insert(AgreementTermEntity, term);
  }

  async setTermEnd(manager: EntityManager, termId: string, endDate: string): Promise<void> {
    await manager.update(AgreementTermEntity, { id: termId }, { endDate });
  }

  async deleteTerm(manager: EntityManager, termId: string): Promise<void> {
    await manager.delete(AgreementTermEntity, { id: termId });
  }

  findChange(manager: EntityManager, quoteId: string): Promise<AgreementChangeEntity | null> {
    return manager.findOneBy(AgreementChangeEntity, { quoteId });
  }

  async insertChange(manager: EntityManager, change: AgreementChangeEntity): Promise<void> {
    await manager.insert(AgreementChangeEntity, change);
  }

  /** Inserts the volumes, replacing any of the same (agreement, month, driver). */
  async upsertVolumes(manager: EntityManager, rows: readonly AgreementVolumeEntity[]): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK)
      await manager.upsert(AgreementVolumeEntity, rows.slice(i, i + CHUNK), [
        'agreementId',
        'month',
        'driverCode',
      ]);
  }

  /** Inserts the results, replacing any of the same (agreement, month, metric, service). */
  async upsertServiceResults(
    manager: EntityManager,
    rows: readonly AgreementServiceResultEntity[],
  ): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK)
      await manager.upsert(AgreementServiceResultEntity, rows.slice(i, i + CHUNK), [
        'agreementId',
        'month',
        'metric',
        'serviceKey',
      ]);
  }

  volumes(agreementId: string, from: string, to: string): Promise<AgreementVolumeEntity[]> {
    return this.manager.find(AgreementVolumeEntity, {
      where: { agreementId, month: Between(from, to) },
      order: { month: 'ASC', driverCode: 'ASC' },
    });
  }

  serviceResults(agreementId: string, from: string, to: string): Promise<AgreementServiceResultEntity[]> {
    return this.manager.find(AgreementServiceResultEntity, {
      where: { agreementId, month: Between(from, to) },
      order: { month: 'ASC', metric: 'ASC', serviceKey: 'ASC' },
    });
  }

  /**
   * A centre's agreements that are not terminated and end on or after `endOnOrAfter`, by
   * reference: those whose renewal (endDate + 1) falls after that day.
   */
  renewingOfProvider(providerCode: string, endOnOrAfter: string): Promise<AgreementEntity[]> {
    return this.manager
      .createQueryBuilder(AgreementEntity, 'a')
      .where('a.providerCode = :providerCode', { providerCode })
      .andWhere('a.terminatedAt IS NULL')
      .andWhere('a.endDate >= :endOnOrAfter', { endOnOrAfter })
      .orderBy('a.reference', 'ASC')
      .getMany();
  }

  /** Agreements in the query's scope and filters, newest first (ties by id), `limit` rows after `after`. */
  page(query: AgreementListQuery): Promise<AgreementEntity[]> {
    const builder = this.filtered(query);
    if (query.after) {
      builder.andWhere('(a.createdAt < :afterAt OR (a.createdAt = :afterAt AND a.id < :afterId))', {
        afterAt: query.after.createdAt,
        afterId: query.after.id,
      });
    }
    return builder.orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC').limit(query.limit).getMany();
  }

  count(query: AgreementListQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  private filtered(query: AgreementListQuery): SelectQueryBuilder<AgreementEntity> {
    const builder = this.manager.createQueryBuilder(AgreementEntity, 'a');
    const scope = query.scope;
    if ('none' in scope) builder.andWhere('1 = 0');
    if ('agencyId' in scope) builder.andWhere('a.agencyId = :scopeAgency', { scopeAgency: scope.agencyId });
    if ('providerCode' in scope)
      builder.andWhere('a.providerCode = :scopeProvider', { scopeProvider: scope.providerCode });
    if (query.agencyId) builder.andWhere('a.agencyId = :agencyId', { agencyId: query.agencyId });
    if (query.providerCode)
      builder.andWhere('a.providerCode = :providerCode', { providerCode: query.providerCode });
    if (query.endingBefore)
      builder.andWhere('a.endDate < :endingBefore', { endingBefore: query.endingBefore });
    if (query.status) statusFilter(builder, query.status, query.today);
    return builder;
  }
}

/** The status derivation of agreement.rules.ts, as SQL (dates are text, so text order is date order). */
function statusFilter(
  builder: SelectQueryBuilder<AgreementEntity>,
  status: AgreementStatus,
  today: string,
): void {
  switch (status) {
    case 'TERMINATED':
      builder.andWhere('a.terminatedAt IS NOT NULL');
      return;
    case 'UPCOMING':
      builder.andWhere('a.terminatedAt IS NULL AND a.startDate > :today', { today });
      return;
    case 'ENDED':
      builder.andWhere('a.terminatedAt IS NULL AND a.endDate < :today', { today });
      return;
    case 'ACTIVE':
      builder.andWhere('a.terminatedAt IS NULL AND a.startDate <= :today AND a.endDate >= :today', { today });
      return;
    default:
      assertNever(status);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected agreement status ${String(value)}`);
}
