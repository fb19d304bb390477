import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One agency's vote for a proposal; the primary key makes it one vote per agency. */
@Entity({ name: 'proposal_votes' })
export class ProposalVoteEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'varchar', length: 36 })
  proposalId!: string;

  @PrimaryColumn({ name: 'agency_id', type: 'varchar', length: 36 })
  agencyId!: string;

  /** The user who cast the agency's vote. */
  @Column({ name: 'voted_by', type: 'varchar', length: 36 })
  votedBy!: string;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;
}
