import {
  Table,
  TableCheck,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';

/**
 * Customer proposals (DESIGN, Domain → Proposal): a customer agency proposes a new or changed
 * service to the centre that serves it, other agencies vote (one vote per agency), the centre
 * answers with a status and a response.
 *
 * - `proposals.vote_count` is kept in the transaction that adds or removes a vote, so the public
 *   listing can be ordered by votes and paged with a keyset cursor without counting votes per row.
 *   It is not part of the optimistic lock: votes never bump `version`, so an account manager's
 *   response is not refused because someone voted meanwhile.
 * - `proposal_votes` has the primary key (proposal_id, agency_id): the database itself refuses a
 *   second vote of the same agency, so concurrent votes of one agency cannot both land.
 *
 * QueryRunner schema API only, so it runs on SQLite and PostgreSQL alike; only the timestamp type
 * differs per driver (as in the earlier migrations).
 */
export class Proposals1764300005000 implements MigrationInterface {
  name = 'Proposals1764300005000';

  async up(runner: QueryRunner): Promise<void> {
    const timestamp = runner.connection.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await runner.createTable(proposalsTable(timestamp));
    await runner.createTable(proposalVotesTable(timestamp));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('proposal_votes', true);
    await runner.dropTable('proposals', true);
  }
}

function proposalsTable(timestamp: string): Table {
  return new Table({
    name: 'proposals',
    columns: [
      { name: 'id', type: 'varchar', length: '36', isPrimary: true },
      { name: 'provider_code', type: 'varchar', length: '32' },
      // The proposing agency.
      { name: 'agency_id', type: 'varchar', length: '36' },
      { name: 'title', type: 'varchar', length: '200' },
      { name: 'description', type: 'varchar', length: '5000' },
      // A change to this service of the centre's catalogue; null for a new service.
      { name: 'service_code', type: 'varchar', length: '64', isNullable: true },
      { name: 'status', type: 'varchar', length: '16' },
      { name: 'response', type: 'varchar', length: '5000', isNullable: true },
      { name: 'responded_at', type: timestamp, isNullable: true },
      { name: 'responded_by', type: 'varchar', length: '36', isNullable: true },
      // The responder's name when answering, so the answer reads the same after a user is renamed.
      { name: 'responded_by_name', type: 'varchar', length: '200', isNullable: true },
      { name: 'vote_count', type: 'integer', default: 0 },
      { name: 'created_by', type: 'varchar', length: '36' },
      { name: 'created_at', type: timestamp },
      { name: 'updated_at', type: timestamp },
      { name: 'version', type: 'integer', default: 1 },
    ],
    checks: [
      new TableCheck({
        name: 'CHK_proposals_status',
        expression: `"status" IN ('OPEN', 'UNDER_REVIEW', 'PLANNED', 'DECLINED', 'DONE')`,
      }),
      new TableCheck({ name: 'CHK_proposals_vote_count', expression: '"vote_count" >= 0' }),
    ],
    foreignKeys: [
      new TableForeignKey({
        name: 'FK_proposals_provider_code',
        columnNames: ['provider_code'],
        referencedTableName: 'providers',
        referencedColumnNames: ['code'],
      }),
      new TableForeignKey({
        name: 'FK_proposals_agency_id',
        columnNames: ['agency_id'],
        referencedTableName: 'agencies',
        referencedColumnNames: ['id'],
      }),
    ],
    indices: [
      // The public listing: a centre's proposals (optionally of one status) by votes, then newest.
      new TableIndex({
        name: 'IDX_proposals_provider_votes',
        columnNames: ['provider_code', 'vote_count', 'created_at', 'id'],
      }),
      new TableIndex({
        name: 'IDX_proposals_status_votes',
        columnNames: ['status', 'vote_count', 'created_at', 'id'],
      }),
      new TableIndex({ name: 'IDX_proposals_agency', columnNames: ['agency_id'] }),
    ],
  });
}

function proposalVotesTable(timestamp: string): Table {
  return new Table({
    name: 'proposal_votes',
    columns: [
      { name: 'proposal_id', type: 'varchar', length: '36', isPrimary: true },
      { name: 'agency_id', type: 'varchar', length: '36', isPrimary: true },
      // The user who cast the agency's vote (no foreign key: operator tools act without a user row).
      { name: 'voted_by', type: 'varchar', length: '36' },
      { name: 'created_at', type: timestamp },
    ],
    foreignKeys: [
      new TableForeignKey({
        name: 'FK_proposal_votes_proposal_id',
        columnNames: ['proposal_id'],
        referencedTableName: 'proposals',
        referencedColumnNames: ['id'],
      }),
      new TableForeignKey({
        name: 'FK_proposal_votes_agency_id',
        columnNames: ['agency_id'],
        referencedTableName: 'agencies',
        referencedColumnNames: ['id'],
      }),
    ],
    // "Which of these proposals has my agency voted for": by agency first.
    indices: [
      new TableIndex({ name: 'IDX_proposal_votes_agency', columnNames: ['agency_id', 'proposal_id'] }),
    ],
  });
}
