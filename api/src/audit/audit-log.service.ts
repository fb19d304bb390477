import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { BadUserInputError, ForbiddenError, UnauthenticatedError } from '../common/errors/domain-error.js';
import { connectionOf, decodeCursor, pageSize, type ConnectionShape } from '../common/graphql/paging.js';
import type { AuditEventEntity } from './audit-event.entity.js';
import {
  AuditEventRepository,
  type AuditEventPosition,
  type AuditEventQuery,
} from './audit-event.repository.js';
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
 * Reading the audit trail (issue 5): newest first, filtered by entity and person. Administrators
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
    return connectionOf(rows, size, totalCount, after !== null, positionKey, toModel);
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
  if (!actor)
    throw new UnauthenticatedError('Sign in as an administrator or account manager to read the audit log.');
  switch (actor.role) {
    case 'ADMIN':
      return filters;
    case 'ACCOUNT_MANAGER': {
      const own = actor.providerCode;
      // Another centre's events (or, for a manager without a centre, which the user rules prevent, any) do not exist here.
      if (!own || (filters.providerCode && filters.providerCode !== own)) return { ...filters, entities: [] };
      return { ...filters, providerCode: own, entities: MANAGER_VISIBLE_ENTITIES };
    }
    case 'CUSTOMER':
      throw new ForbiddenError('Only administrators and account managers read the audit log.');
    default:
      return assertNever(actor.role);
  }
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

function assertNever(value: never): never {
  throw new Error(`Unexpected role ${String(value)}`);
}
