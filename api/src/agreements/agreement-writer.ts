import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AgreementEvents } from './agreement-events.js';
import { AgreementRepository, type AgreementChanges } from './agreement.repository.js';
import { AGREEMENT_ENTITY, agreementSnapshot } from './agreement.rules.js';
import type { AgreementEntity } from './entities/agreement.entity.js';

/** One version-checked change of an agreement, as {@link AgreementWriter.change} applies it. */
export interface AgreementChange {
  actor: Actor;
  /** The agreement as read inside the same transaction. */
  before: AgreementEntity;
  expectedVersion: number;
  changes: AgreementChanges;
  /** The audit action, e.g. "TERMINATE", "RECORD_VOLUMES". */
  action: string;
  /** More for the audit event's after snapshot (e.g. how many entries a batch held). */
  details?: Record<string, unknown>;
}

/**
 * The write steps of every agreement use case, inside the caller's transaction: the version-checked
 * UPDATE (0 rows: CONFLICT, nothing written), one audit event and the live event after commit.
 */
@Injectable()
export class AgreementWriter {
  constructor(
    private readonly repository: AgreementRepository,
    private readonly audit: AuditService,
    private readonly events: AgreementEvents,
  ) {}

  async change(manager: EntityManager, change: AgreementChange): Promise<AgreementEntity> {
    const { before, expectedVersion } = change;
    await this.repository.updateIfVersion(manager, before.id, expectedVersion, change.changes);
    const after: AgreementEntity = { ...before, ...change.changes, version: expectedVersion + 1 };
    await this.audit.record(manager, {
      actor: change.actor,
      entity: AGREEMENT_ENTITY,
      entityId: before.id,
      action: change.action,
      before: agreementSnapshot(before),
      after: { ...agreementSnapshot(after), ...change.details },
    });
    this.events.changed(manager, after);
    return after;
  }

  async create(
    manager: EntityManager,
    actor: Actor,
    agreement: AgreementEntity,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.repository.insert(manager, agreement);
    await this.audit.record(manager, {
      actor,
      entity: AGREEMENT_ENTITY,
      entityId: agreement.id,
      action: 'CREATE',
      before: null,
      after: { ...agreementSnapshot(agreement), ...details },
    });
    this.events.changed(manager, agreement);
  }
}
