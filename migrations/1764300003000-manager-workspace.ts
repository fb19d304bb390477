import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Rows of audit_events read per step of the backfill. */
const BACKFILL_BATCH = 500;

/**
 * The account managers' workspace (issue 5): the audit log becomes a query.
 *
 * - `audit_events.provider_code`: the centre an event concerns, so that account managers can be
 *   shown the events of their own centre (its catalogues, agencies and quotes) and no others.
 *   Existing events are attributed from the `providerCode` in their after (else before) snapshot,
 *   as the app does for new events; a Provider event by its code; a catalogue version's event
 *   without one by the version's provider (a discarded draft's stay unattributed).
 * - Indices for the log's filters, each ending in (at, id) — the newest-first order and cursor of
 *   the listing: by centre, by person (user id, e-mail), by entity. The earlier (entity,
 *   entity_id) and (at) indices stay.
 *
 * QueryRunner schema API only, so it runs on SQLite and PostgreSQL alike.
 */
export class ManagerWorkspace1764300003000 implements MigrationInterface {
  name = 'ManagerWorkspace1764300003000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn(
      'audit_events',
      new TableColumn({ name: 'provider_code', type: 'varchar', length: '32', isNullable: true }),
    );
    await backfillProviderCodes(runner);
    await runner.query(
      `UPDATE "audit_events" SET "provider_code" = (SELECT "p"."code" FROM "catalogue_versions" "v" JOIN "providers" "p" ON "p"."id" = "v"."provider_id" WHERE "v"."id" = "audit_events"."entity_id") WHERE "provider_code" IS NULL AND "entity" = 'CatalogueVersion'`,
    );
    await runner.createIndices('audit_events', [
      new TableIndex({ name: 'IDX_audit_events_provider_at', columnNames: ['provider_code', 'at', 'id'] }),
      new TableIndex({ name: 'IDX_audit_events_actor_at', columnNames: ['actor_user_id', 'at', 'id'] }),
      new TableIndex({ name: 'IDX_audit_events_email_at', columnNames: ['actor_email', 'at', 'id'] }),
      new TableIndex({ name: 'IDX_audit_events_entity_at', columnNames: ['entity', 'at', 'id'] }),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const name of [
      'IDX_audit_events_entity_at',
      'IDX_audit_events_email_at',
      'IDX_audit_events_actor_at',
      'IDX_audit_events_provider_at',
    ]) {
      await runner.dropIndex('audit_events', name);
    }
    await runner.dropColumn('audit_events', 'provider_code');
  }
}

interface AuditRow {
  id: string;
  entity: string;
  before: string | null;
  after: string | null;
}

/** Attributes the existing events, in batches by id (JSON is parsed here, the same way on both databases). */
async function backfillProviderCodes(runner: QueryRunner): Promise<void> {
  const postgres = runner.connection.options.type === 'postgres';
  const param = (n: number) => (postgres ? `$${n}` : '?');
  let lastId = '';
  for (;;) {
    const rows = (await runner.query(
      `SELECT "id", "entity", "before", "after" FROM "audit_events" WHERE "id" > ${param(1)} ORDER BY "id" LIMIT ${BACKFILL_BATCH}`,
      [lastId],
    )) as AuditRow[];
    if (rows.length === 0) return;
    for (const row of rows) {
      const code = providerCodeOf(row.after, row.entity) ?? providerCodeOf(row.before, row.entity);
      if (code)
        await runner.query(
          `UPDATE "audit_events" SET "provider_code" = ${param(1)} WHERE "id" = ${param(2)}`,
          [code, row.id],
        );
    }
    lastId = rows[rows.length - 1].id;
  }
}

/** The snapshot's providerCode (a provider's own code for Provider events), when it is one. */
function providerCodeOf(json: string | null, entity: string): string | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    const snapshot =
      typeof value === 'object' && value !== null
        ? (value as { providerCode?: unknown; code?: unknown })
        : {};
    const code = entity === 'Provider' ? snapshot.code : snapshot.providerCode;
    return typeof code === 'string' && code.length > 0 && code.length <= 32 ? code : null;
  } catch {
    return null;
  }
}
