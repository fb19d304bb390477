import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { insertRows } from '../common/persistence/insert-row.js';
import type { Actor } from '../auth/actor.js';
import { SYSTEM_USER_ID } from '../common/system-actor.js';
import { AuditEventEntity } from './audit-event.entity.js';

/** One change to record; `before`/`after` are JSON snapshots (null: nothing before a creation, after a deletion). */
export interface AuditRecord {
  actor: Actor;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  /**
   * The centre the change concerns, which lets its account managers read the event. Default: the
   * `providerCode` of the after (else before) snapshot when it has one — snapshots of catalogue
   * versions, agencies and quotes do — so every domain's events are attributed without each
   * caller passing it. Pass null to attribute an event to no centre.
   */
  providerCode?: string | null;
}

/**
 * Writes audit events. Always called with the entity manager of the change's own transaction, so
 * the event exists exactly when the change does.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await insertRows(manager, AuditEventEntity, {
      id: randomUUID(),
      at: new Date(),
      actorUserId: record.actor.userId === SYSTEM_USER_ID ? null : record.actor.userId,
      actorEmail: record.actor.email,
      entity: record.entity,
      providerCode: providerCodeOf(record),
      entityId: record.entityId,
      action: record.action,
      before: jsonOrNull(record.before),
      after: jsonOrNull(record.after),
    });
  }
}

function providerCodeOf(record: AuditRecord): string | null {
  if (record.providerCode !== undefined) return record.providerCode;
  return snapshotProviderCode(record.after) ?? snapshotProviderCode(record.before);
}

/** The `providerCode` field of a snapshot object, when it is a string. */
export function snapshotProviderCode(snapshot: unknown): string | null {
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const code: unknown = (snapshot as { providerCode?: unknown }).providerCode;
  return typeof code === 'string' && code.length > 0 ? code : null;
}

/** JSON text of a snapshot; null/undefined stay SQL NULL. Dates become ISO strings, as in JSON. */
function jsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
