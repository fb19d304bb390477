import { Injectable } from '@nestjs/common';
import { requireAccess } from '../auth/access.js';
import type { Actor } from '../auth/actor.js';
import { BadUserInputError } from '../common/errors/domain-error.js';
import { connectionOf, decodeCursor, pageSize, type ConnectionShape } from '../common/graphql/paging.js';
import type { AuditEventEntity } from './audit-event.entity.js';
import {
  AuditEventRepository,
  type AuditEventPosition,
  type AuditEventQuery,
} from './audit-event.repository.js';
import { commentQuoteId, namesFrom, ownName, VERSION_NAMING_ACTIONS } from './audit-names.js';
import type { AuditEventModel } from './models/audit-event.model.js';

export interface AuditLogArgs {
  first?: number | null;
  after?: string | null;
  entity?: string | null;
  entityId?: string | null;
  actorUserId?: string | null;
  actorEmail?: string | null;
  providerCode?: string | null;
}

/**
 * The kinds of event an account manager may read, when they concern the manager's own centre: its
 * catalogue versions (imports, edits, publications), the provider itself, its agencies and their
 * quotes, its benchmark figures, the customers' proposals to it and their votes. Written as plain
 * names (the audit trail sits below the domains that record into it).
 * User events are for administrators only, even those of the centre's own managers.
 */
export const MANAGER_VISIBLE_ENTITIES: readonly string[] = [
  'CatalogueVersion',
  'Provider',
  'Agency',
  'Quote',
  'QuoteComment',
  'Agreement',
  'BenchmarkFigure',
  'Proposal',
];

/**
 * Reading the audit trail: newest first, filtered by entity and person. Administrators
 * read every event; account managers the events about their own centre; customers may not
 * (FORBIDDEN); anonymous callers must sign in (UNAUTHENTICATED).
 */
@Injectable()
export class AuditLogService {
  constructor(private readonly repository: AuditEventRepository) {}

  async events(actor: Actor | null, args: AuditLogArgs): Promise<ConnectionShape<AuditEventModel>> {
    const query = scoped(actor, filtersOf(args));
    const size = pageSize(args.first);
    const after = args.after ? decodePosition(args.after) : null;
    const totalCount = await this.repository.count(query);
    const rows = await this.repository.page(query, after, size + 1);
    const page = connectionOf(rows, size, totalCount, after !== null, positionKey, toModel);
    await this.name(page.edges.map((edge) => edge.node));
    return page;
  }

  /**
   * Gives each event its thing's readable name: from its own snapshots, else from other events
   * about the same thing (a comment: its quote's). Read from the trail itself, which sits below
   * the domains, so a deleted or renamed thing keeps the name it had.
   */
  private async name(events: AuditEventModel[]): Promise<void> {
    const subject = (event: AuditEventModel) =>
      event.entity === 'QuoteComment' ? commentQuoteId(event.before, event.after) : event.entityId;
    for (const event of events) {
      event.entityName =
        event.entity === 'QuoteComment' ? null : ownName(event.entity, event.before, event.after);
    }
    const unnamed = events.filter((event) => event.entityName === null);
    const ids = unnamed.map(subject).filter((id): id is string => id !== null);
    const names = namesFrom(await this.repository.about(ids, VERSION_NAMING_ACTIONS));
    for (const event of unnamed) event.entityName = names.get(subject(event) ?? '') ?? null;
  }
}

function filtersOf(args: AuditLogArgs): AuditEventQuery {
  return {
    entity: args.entity,
    entityId: args.entityId,
    actorUserId: args.actorUserId,
    // Stored lower-cased, as users' e-mail addresses are.
    actorEmail: args.actorEmail?.trim().toLowerCase(),
    providerCode: args.providerCode,
  };
}

/** The caller's filters narrowed to what the actor may read. */
function scoped(actor: Actor | null, filters: AuditEventQuery): AuditEventQuery {
  const reader = requireAccess(actor, 'AUDIT_READ', {
    unauthenticated: 'Sign in as an administrator or account manager to read the audit log.',
    forbidden: 'Only administrators and account managers read the audit log.',
  });
  if (reader.role === 'ADMIN') return filters;
  const own = reader.providerCode;
  // Another centre's events (or, for a manager without a centre, which the user rules prevent, any) do not exist here.
  if (!own || (filters.providerCode && filters.providerCode !== own)) return { ...filters, entities: [] };
  return { ...filters, providerCode: own, entities: MANAGER_VISIBLE_ENTITIES };
}

function toModel(row: AuditEventEntity): AuditEventModel {
  const { id, at, actorEmail, actorUserId, entity, entityId, action, providerCode } = row;
  return {
    id,
    at,
    actorEmail,
    actorUserId,
    entity,
    entityId,
    action,
    providerCode,
    before: parsed(row.before),
    after: parsed(row.after),
    entityName: null,
  };
}

function parsed(json: string | null): unknown {
  return json === null ? null : JSON.parse(json);
}

function positionKey(row: AuditEventEntity): string {
  return `${row.at.toISOString()}|${row.id}`;
}

function decodePosition(cursor: string): AuditEventPosition {
  const key = decodeCursor(cursor);
  const separator = key.indexOf('|');
  const at = new Date(key.slice(0, separator));
  const id = key.slice(separator + 1);
  if (separator < 0 || Number.isNaN(at.getTime()) || !id)
    throw new BadUserInputError('after is not a cursor of this list.', 'after');
  return { at, id };
}
