import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import type { QuoteEntity, QuoteStatus } from './quote.entity.js';
import { QuoteEvents, type QuoteEventAction } from './quote-events.js';
import { QuotePolicy } from './quote.policy.js';
import { QuoteRepository, type QuoteChanges } from './quote.repository.js';
import { QUOTE_ENTITY, quoteSnapshot } from './quote.rules.js';

/** One change of a quote's row, as {@link QuoteWriter.change} applies it. */
export interface QuoteChange {
  actor: Actor;
  /** The quote as read inside the same transaction. */
  before: QuoteEntity;
  expectedVersion: number;
  /** The statuses the change starts from (checked again in the UPDATE). */
  from: readonly QuoteStatus[];
  changes: QuoteChanges;
  /** The audit action, e.g. "SUBMIT" (also what the subscription event is for). */
  action: QuoteEventAction;
}

/**
 * The write steps every quote use case shares, always inside the caller's transaction: read a
 * quote the actor may see, change it under optimistic locking, create one — each with exactly one
 * audit event, written in the same transaction, and a subscription event sent after it commits.
 */
@Injectable()
export class QuoteWriter {
  constructor(
    private readonly repository: QuoteRepository,
    private readonly audit: AuditService,
    private readonly events: QuoteEvents,
  ) {}

  /** The quote if `actor` may see it; NOT_FOUND otherwise (also when it does not exist). */
  async loadVisible(manager: EntityManager, actor: Actor, id: string): Promise<QuoteEntity> {
    return QuotePolicy.requireVisible(actor, await this.repository.findById(id, manager));
  }

  /**
   * `UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ? AND status IN (…)`: no row
   * changed means another change committed first — CONFLICT, and nothing (no audit) is written.
   */
  async change(manager: EntityManager, change: QuoteChange): Promise<QuoteEntity> {
    const { before, expectedVersion } = change;
    await this.repository.updateIfVersion(manager, before.id, expectedVersion, change.from, change.changes);
    const after: QuoteEntity = { ...before, ...change.changes, version: expectedVersion + 1 };
    await this.audit.record(manager, {
      actor: change.actor,
      entity: QUOTE_ENTITY,
      entityId: before.id,
      action: change.action,
      before: quoteSnapshot(before),
      after: quoteSnapshot(after),
    });
    this.events.changed(manager, after, change.action);
    return after;
  }

  /** Inserts a new quote with its audit event (`action` CREATE or REVISE). */
  async create(
    manager: EntityManager,
    actor: Actor,
    quote: QuoteEntity,
    action: 'CREATE' | 'REVISE',
  ): Promise<QuoteEntity> {
    await this.repository.insert(manager, quote);
    await this.audit.record(manager, {
      actor,
      entity: QUOTE_ENTITY,
      entityId: quote.id,
      action,
      before: null,
      after: quoteSnapshot(quote),
    });
    this.events.changed(manager, quote, action);
    return quote;
  }
}
