import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Idempotency keys of writes (DESIGN, "Idempotency"): the first successful result per user and
 * key, for 24 hours. The primary key (user_id, idempotency_key) is what lets exactly one of two
 * concurrent repeats commit, on any instance. QueryRunner schema API only, so it runs on SQLite
 * and PostgreSQL alike; only the timestamp type differs per driver (as in the earlier migrations).
 */
export class IdempotencyKeys1764300010000 implements MigrationInterface {
  name = 'IdempotencyKeys1764300010000';

  async up(runner: QueryRunner): Promise<void> {
    const timestamp = runner.connection.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await runner.createTable(
      new Table({
        name: 'idempotency_keys',
        columns: [
          { name: 'user_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'idempotency_key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'operation', type: 'varchar', length: '64' },
          { name: 'request_hash', type: 'varchar', length: '64' },
          { name: 'result', type: 'text' },
          { name: 'created_at', type: timestamp },
          { name: 'expires_at', type: timestamp },
        ],
      }),
    );
    await runner.createIndex(
      'idempotency_keys',
      new TableIndex({ name: 'idx_idempotency_keys_expires_at', columnNames: ['expires_at'] }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('idempotency_keys', true);
  }
}
