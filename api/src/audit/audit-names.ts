import type { AuditEventEntity } from './audit-event.entity.js';

/**
 * The actions whose catalogue-version snapshots carry the version's number; the item edits of a
 * draft record only the item, so they are named from these.
 */
export const VERSION_NAMING_ACTIONS: readonly string[] = ['CREATE_DRAFT', 'IMPORT', 'PUBLISH', 'DISCARD'];

type Snapshot = Record<string, unknown>;

/**
 * The readable name an event's own snapshots give its thing: a quote's reference, an agency's
 * name, a user's e-mail, a catalogue version's number, a proposal's title; null when they give none.
 */
export function ownName(entity: string, before: unknown, after: unknown): string | null {
  for (const record of [after, before]) {
    if (typeof record !== 'object' || record === null) continue;
    const name = nameIn(entity, record as Snapshot);
    if (name !== null) return name;
  }
  return null;
}

function nameIn(entity: string, record: Snapshot): string | null {
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : null);
  switch (entity) {
    case 'Quote':
      return text('reference');
    case 'Agency':
    case 'Provider':
      return text('name');
    case 'User':
      return text('email');
    case 'Proposal':
      return text('title');
    case 'CatalogueVersion':
      return typeof record.number === 'number' ? String(record.number) : null;
    default:
      return null;
  }
}

/** The quote a comment belongs to, from its recorded row. */
export function commentQuoteId(before: unknown, after: unknown): string | null {
  const record = (after ?? before) as Snapshot | null;
  return typeof record?.quoteId === 'string' ? record.quoteId : null;
}

/**
 * Names from other events about the same things (newest first): the first name recorded for each
 * entity id wins.
 */
export function namesFrom(events: readonly AuditEventEntity[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of events) {
    if (names.has(event.entityId)) continue;
    const name = ownName(event.entity, parse(event.before), parse(event.after));
    if (name !== null) names.set(event.entityId, name);
  }
  return names;
}

function parse(json: string | null): unknown {
  return json === null ? null : JSON.parse(json);
}
