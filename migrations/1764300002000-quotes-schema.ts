import {
  Table,
  TableCheck,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';

/**
 * Quotes: an agency's saved configuration with the price breakdown as offered (the snapshot), its
 * life cycle and its comment thread; plus the counters that number quote references.
 *
 * Same conventions as the earlier migrations, so the migration runs on SQLite and PostgreSQL alike:
 * app-generated UUIDs as varchar(36), calendar dates as 'YYYY-MM-DD' text, exact decimals and JSON
 * as text (a SQLite `decimal` is a float), only the timestamp type differs per driver.
 *
 * References (`SA-DK-2027-0042`) are shared by all revisions of one quote, so the pair
 * (reference, revision) is what is unique — which also makes two concurrent revisions of the same
 * quote collide instead of producing two "revision 2"s.
 */
export class QuotesSchema1764300002000 implements MigrationInterface {
  name = 'QuotesSchema1764300002000';

  async up(runner: QueryRunner): Promise<void> {
    const timestamp = runner.connection.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await runner.createTable(quoteSequencesTable());
    await runner.createTable(quotesTable(timestamp));
    await runner.createTable(quoteCommentsTable(timestamp));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('quote_comments', true);
    await runner.dropTable('quotes', true);
    await runner.dropTable('quote_sequences', true);
  }
}

/**
 * One row per (provider, year): the last sequence number handed out. Incremented with an upsert
 * inside the saving transaction, so concurrent saves queue on the row and numbers stay gap-free.
 */
function quoteSequencesTable(): Table {
  return new Table({
    name: 'quote_sequences',
    columns: [
      { name: 'provider_code', type: 'varchar', length: '32', isPrimary: true },
      { name: 'year', type: 'integer', isPrimary: true },
      { name: 'last_value', type: 'integer' },
    ],
  });
}

function quotesTable(timestamp: string): Table {
  return new Table({
    name: 'quotes',
    columns: [
      { name: 'id', type: 'varchar', length: '36', isPrimary: true },
      { name: 'reference', type: 'varchar', length: '64' },
      { name: 'revision', type: 'integer', default: 1 },
      { name: 'previous_quote_id', type: 'varchar', length: '36', isNullable: true },
      { name: 'agency_id', type: 'varchar', length: '36' },
      { name: 'provider_code', type: 'varchar', length: '32' },
      { name: 'name', type: 'varchar', length: '200' },
      // The ConfigurationInput as given, with the pinned catalogueVersion number filled in.
      { name: 'configuration', type: 'text' },
      { name: 'catalogue_version_id', type: 'varchar', length: '36' },
      // The full PriceBreakdown as computed when saved: what was offered, never recomputed.
      { name: 'breakdown', type: 'text' },
      { name: 'engine_version', type: 'varchar', length: '32' },
      { name: 'currency', type: 'varchar', length: '3' },
      { name: 'first_year_total', type: 'varchar', length: '64' },
      { name: 'contract_total', type: 'varchar', length: '64' },
      { name: 'valid', type: 'boolean' },
      { name: 'valid_until', type: 'varchar', length: '10' },
      { name: 'status', type: 'varchar', length: '16' },
      { name: 'created_by', type: 'varchar', length: '36' },
      { name: 'created_at', type: timestamp },
      { name: 'updated_at', type: timestamp },
      { name: 'submitted_at', type: timestamp, isNullable: true },
      { name: 'decided_at', type: timestamp, isNullable: true },
      { name: 'decided_by', type: 'varchar', length: '36', isNullable: true },
      { name: 'decision_comment', type: 'varchar', length: '2000', isNullable: true },
      { name: 'version', type: 'integer', default: 1 },
    ],
    uniques: [{ name: 'UQ_quotes_reference_revision', columnNames: ['reference', 'revision'] }],
    checks: [
      new TableCheck({
        name: 'CHK_quotes_status',
        expression: `"status" IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')`,
      }),
    ],
    foreignKeys: [
      new TableForeignKey({
        name: 'FK_quotes_agency_id',
        columnNames: ['agency_id'],
        referencedTableName: 'agencies',
        referencedColumnNames: ['id'],
      }),
      new TableForeignKey({
        name: 'FK_quotes_catalogue_version_id',
        columnNames: ['catalogue_version_id'],
        referencedTableName: 'catalogue_versions',
        referencedColumnNames: ['id'],
      }),
      new TableForeignKey({
        name: 'FK_quotes_previous_quote_id',
        columnNames: ['previous_quote_id'],
        referencedTableName: 'quotes',
        referencedColumnNames: ['id'],
      }),
    ],
    indices: [
      // The three listings: an agency's quotes, a provider's quotes, all quotes — newest first.
      new TableIndex({ name: 'IDX_quotes_agency_created', columnNames: ['agency_id', 'created_at'] }),
      new TableIndex({ name: 'IDX_quotes_provider_created', columnNames: ['provider_code', 'created_at'] }),
      new TableIndex({ name: 'IDX_quotes_created', columnNames: ['created_at'] }),
    ],
  });
}

function quoteCommentsTable(timestamp: string): Table {
  return new Table({
    name: 'quote_comments',
    columns: [
      { name: 'id', type: 'varchar', length: '36', isPrimary: true },
      { name: 'quote_id', type: 'varchar', length: '36' },
      // No foreign key to users: the command line's system actor comments without a user row.
      { name: 'author_id', type: 'varchar', length: '36' },
      // The author's name when writing, so a thread reads the same after a user is renamed.
      { name: 'author_name', type: 'varchar', length: '200' },
      { name: 'text', type: 'varchar', length: '2000' },
      { name: 'created_at', type: timestamp },
    ],
    foreignKeys: [
      new TableForeignKey({
        name: 'FK_quote_comments_quote_id',
        columnNames: ['quote_id'],
        referencedTableName: 'quotes',
        referencedColumnNames: ['id'],
      }),
    ],
    indices: [new TableIndex({ name: 'IDX_quote_comments_quote', columnNames: ['quote_id', 'created_at'] })],
  });
}
