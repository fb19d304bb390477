import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Sessions can be revoked (DESIGN, "Limits" → Sessions): every token carries the user's
 * `token_version` when it was issued, and a token whose version is no longer the user's is
 * refused. Logout, a password change, a one-time password, deactivation and a change of role,
 * provider or agency add one. Existing users start at 0, which is also what a token issued before
 * this migration is taken to carry, so nobody is signed out by the upgrade itself.
 *
 * QueryRunner schema API only, so it runs on SQLite and PostgreSQL alike.
 */
export class UserTokenVersion1764300006300 implements MigrationInterface {
  name = 'UserTokenVersion1764300006300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn(
      'users',
      new TableColumn({ name: 'token_version', type: 'integer', default: 0, isNullable: false }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('users', 'token_version');
  }
}
