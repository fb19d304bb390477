import {
  Table,
  TableCheck,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';

/**
 * Benchmark figures: a centre's published unit costs (cost per payslip, per incoming invoice…) by
 * year, one per (provider, year, KPI). The value is exact decimal text, as catalogue prices are, so
 * SQLite never turns it into a float. QueryRunner schema API only: runs on SQLite and PostgreSQL.
 */
export class BenchmarkFigures1764300004000 implements MigrationInterface {
  name = 'BenchmarkFigures1764300004000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'benchmark_figures',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'provider_code', type: 'varchar', length: '32' },
          { name: 'year', type: 'integer' },
          { name: 'kpi', type: 'varchar', length: '32' },
          { name: 'value', type: 'varchar', length: '64' },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'source', type: 'varchar', length: '500' },
          { name: 'version', type: 'integer', default: 1 },
        ],
        uniques: [
          { name: 'UQ_benchmark_figures_provider_year_kpi', columnNames: ['provider_code', 'year', 'kpi'] },
        ],
        checks: [
          new TableCheck({
            name: 'CHK_benchmark_figures_kpi',
            expression: `"kpi" IN ('COST_PER_PAYSLIP', 'COST_PER_REFUND', 'COST_PER_TRAVEL_CLAIM', 'COST_PER_INCOMING_INVOICE', 'COST_PER_OUTGOING_INVOICE', 'COST_PER_POSTING_LINE')`,
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_benchmark_figures_provider_code',
            columnNames: ['provider_code'],
            referencedTableName: 'providers',
            referencedColumnNames: ['code'],
          }),
        ],
        // The listing's order (KPI, centre, year), which is also its cursor.
        indices: [
          new TableIndex({
            name: 'IDX_benchmark_figures_kpi_provider_year',
            columnNames: ['kpi', 'provider_code', 'year'],
          }),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('benchmark_figures');
  }
}
