import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Agreements (DESIGN "Contract start, and what is sold after accepted"): the agreement, its terms
 * with their price snapshots, the amendments and renewals on offer, reported volumes and service
 * results. Exact decimals are text; dates are 'YYYY-MM-DD' and months 'YYYY-MM' text. QueryRunner
 * schema API only, so it runs on SQLite and PostgreSQL alike; only the timestamp type differs.
 */
export class Agreements1764300021000 implements MigrationInterface {
  name = 'Agreements1764300021000';

  async up(runner: QueryRunner): Promise<void> {
    const timestamp = runner.connection.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await runner.createTable(
      new Table({
        name: 'agreements',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'reference', type: 'varchar', length: '80', isUnique: true },
          { name: 'quote_reference', type: 'varchar', length: '64', isUnique: true },
          { name: 'agency_id', type: 'varchar', length: '36' },
          { name: 'provider_code', type: 'varchar', length: '32' },
          { name: 'start_date', type: 'varchar', length: '10' },
          { name: 'end_date', type: 'varchar', length: '10' },
          { name: 'terminated_at', type: timestamp, isNullable: true },
          { name: 'termination_reason', type: 'varchar', length: '2000', isNullable: true },
          { name: 'created_at', type: timestamp },
          { name: 'updated_at', type: timestamp },
          { name: 'version', type: 'integer' },
        ],
        foreignKeys: [
          { columnNames: ['agency_id'], referencedTableName: 'agencies', referencedColumnNames: ['id'] },
        ],
        indices: [
          new TableIndex({
            name: 'IDX_agreements_provider_created',
            columnNames: ['provider_code', 'created_at'],
          }),
          new TableIndex({ name: 'IDX_agreements_agency_created', columnNames: ['agency_id', 'created_at'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'agreement_terms',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'agreement_id', type: 'varchar', length: '36' },
          { name: 'position', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'quote_id', type: 'varchar', length: '36', isUnique: true },
          { name: 'catalogue_version_id', type: 'varchar', length: '36' },
          { name: 'start_date', type: 'varchar', length: '10' },
          { name: 'end_date', type: 'varchar', length: '10' },
          { name: 'contract_start', type: 'varchar', length: '10' },
          { name: 'configuration', type: 'text' },
          { name: 'breakdown', type: 'text' },
          { name: 'engine_version', type: 'varchar', length: '32' },
        ],
        foreignKeys: [
          { columnNames: ['agreement_id'], referencedTableName: 'agreements', referencedColumnNames: ['id'] },
          { columnNames: ['quote_id'], referencedTableName: 'quotes', referencedColumnNames: ['id'] },
        ],
        uniques: [{ name: 'UQ_agreement_terms_position', columnNames: ['agreement_id', 'position'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'agreement_changes',
        columns: [
          { name: 'quote_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'agreement_id', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'contract_start', type: 'varchar', length: '10' },
        ],
        foreignKeys: [
          { columnNames: ['agreement_id'], referencedTableName: 'agreements', referencedColumnNames: ['id'] },
          { columnNames: ['quote_id'], referencedTableName: 'quotes', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'agreement_volumes',
        columns: [
          { name: 'agreement_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'month', type: 'varchar', length: '7', isPrimary: true },
          { name: 'driver_code', type: 'varchar', length: '40', isPrimary: true },
          { name: 'quantity', type: 'varchar', length: '32' },
          { name: 'recorded_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'recorded_at', type: timestamp },
        ],
        foreignKeys: [
          { columnNames: ['agreement_id'], referencedTableName: 'agreements', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'agreement_service_results',
        columns: [
          { name: 'agreement_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'month', type: 'varchar', length: '7', isPrimary: true },
          { name: 'metric', type: 'varchar', length: '40', isPrimary: true },
          { name: 'service_key', type: 'varchar', length: '40', isPrimary: true },
          { name: 'value', type: 'varchar', length: '32' },
          { name: 'recorded_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'recorded_at', type: timestamp },
        ],
        foreignKeys: [
          { columnNames: ['agreement_id'], referencedTableName: 'agreements', referencedColumnNames: ['id'] },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'agreement_service_results',
      'agreement_volumes',
      'agreement_changes',
      'agreement_terms',
      'agreements',
    ])
      await runner.dropTable(table, true);
  }
}
