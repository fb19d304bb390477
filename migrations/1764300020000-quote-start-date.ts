import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A quote's contract start (DESIGN "Contract start"): `start_date`, a UTC calendar date. Quotes
 * stored before it existed take the UTC date they were created. The column is added with a
 * placeholder default (so that NOT NULL holds on both databases without rebuilding the table) and
 * every existing row is then set from `created_at`; the application always writes the column.
 */
export class QuoteStartDate1764300020000 implements MigrationInterface {
  name = 'QuoteStartDate1764300020000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn(
      'quotes',
      new TableColumn({
        name: 'start_date',
        type: 'varchar',
        length: '10',
        isNullable: false,
        default: "'2000-01-01'",
      }),
    );
    // SQLite keeps TypeORM datetimes as 'YYYY-MM-DD HH:MM:SS.SSS' in UTC; PostgreSQL has timestamptz.
    const createdDay =
      runner.connection.options.type === 'postgres'
        ? "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
        : 'substr(created_at, 1, 10)';
    await runner.query(`UPDATE quotes SET start_date = ${createdDay}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('quotes', 'start_date');
  }
}
