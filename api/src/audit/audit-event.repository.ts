import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';

/** Where a newest-first page continues: after the event at (at, id). */
export interface AuditEventPosition {
  at: Date;
  id: string;
}

/** A filtered listing of audit events; every field narrows it (AND). */
export interface AuditEventQuery {
  entity?: string | null;
  entityId?: string | null;
  actorUserId?: string | null;
  actorEmail?: string | null;
  providerCode?: string | null;
  /** Only these kinds of entity (the account managers' view); absent: every kind. */
  entities?: readonly string[];
}

/** Queries of the audit trail; no decisions. */
@Injectable()
export class AuditEventRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Up to `limit` events after `after`, newest first (ties by id, descending): one statement. */
  page(query: AuditEventQuery, after: AuditEventPosition | null, limit: number): Promise<AuditEventEntity[]> {
    const builder = this.filtered(query);
    if (after) {
      builder.andWhere('(event.at < :afterAt OR (event.at = :afterAt AND event.id < :afterId))', {
        afterAt: after.at,
        afterId: after.id,
      });
    }
    return builder.orderBy('event.at', 'DESC').addOrderBy('event.id', 'DESC').limit(limit).getMany();
  }

  /**
   * Every event about these things, newest first, that can name them (a catalogue version's only
   * from the events whose snapshot has its number): one statement.
   */
  about(entityIds: readonly string[], versionActions: readonly string[]): Promise<AuditEventEntity[]> {
    if (entityIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(AuditEventEntity, 'event')
      .where('event.entityId IN (:...entityIds)', { entityIds: [...new Set(entityIds)] })
      .andWhere("(event.entity <> 'CatalogueVersion' OR event.action IN (:...versionActions))", {
        versionActions: [...versionActions],
      })
      .orderBy('event.at', 'DESC')
      .addOrderBy('event.id', 'DESC')
      .getMany();
  }

  count(query: AuditEventQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  private filtered(query: AuditEventQuery): SelectQueryBuilder<AuditEventEntity> {
    const builder = this.dataSource.manager.createQueryBuilder(AuditEventEntity, 'event');
    if (query.entity) builder.andWhere('event.entity = :entity', { entity: query.entity });
    if (query.entityId) builder.andWhere('event.entityId = :entityId', { entityId: query.entityId });
    if (query.actorUserId)
      builder.andWhere('event.actorUserId = :actorUserId', { actorUserId: query.actorUserId });
    if (query.actorEmail)
      builder.andWhere('event.actorEmail = :actorEmail', { actorEmail: query.actorEmail });
    if (query.providerCode)
      builder.andWhere('event.providerCode = :providerCode', { providerCode: query.providerCode });
    if (query.entities) {
      if (query.entities.length === 0) builder.andWhere('1 = 0');
      else builder.andWhere('event.entity IN (:...entities)', { entities: [...query.entities] });
    }
    return builder;
  }
}
