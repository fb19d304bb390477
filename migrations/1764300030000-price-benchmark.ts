import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The Nordic price benchmark (DESIGN "Centres side by side"): a driver's standard measure, the
 * benchmark kinds a service package is named for (the document's `benchmarkPackages`, kept with
 * the package so every way a version is written carries it), and the exchange rates administrators
 * keep. A rate is exact decimal text, never a float. QueryRunner schema API only: SQLite and PostgreSQL.
 */
export class PriceBenchmark1764300030000 implements MigrationInterface {
  name = 'PriceBenchmark1764300030000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn(
      'volume_drivers',
      new TableColumn({ name: 'standard_measure', type: 'varchar', length: '32', isNullable: true }),
    );
    await runner.addColumn(
      'service_packages',
      new TableColumn({ name: 'benchmark_kinds', type: 'text', default: "'[]'" }),
    );
    await runner.createTable(
      new Table({
        name: 'exchange_rates',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'rate_date', type: 'varchar', length: '10' },
          { name: 'from_currency', type: 'varchar', length: '3' },
          { name: 'to_currency', type: 'varchar', length: '3' },
          { name: 'rate', type: 'varchar', length: '64' },
          { name: 'source', type: 'varchar', length: '500' },
          { name: 'version', type: 'integer', default: 1 },
        ],
        // One rate per direction and day; also the order of the listing and of "latest on or before".
        uniques: [
          {
            name: 'UQ_exchange_rates_from_to_date',
            columnNames: ['from_currency', 'to_currency', 'rate_date'],
          },
        ],
        indices: [new TableIndex({ name: 'IDX_exchange_rates_date', columnNames: ['rate_date'] })],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('exchange_rates');
    await runner.dropColumn('service_packages', 'benchmark_kinds');
    await runner.dropColumn('volume_drivers', 'standard_measure');
  }
}
