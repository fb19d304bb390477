import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * DESIGN, Domain → Proposal. OPEN → UNDER_REVIEW → PLANNED → DONE, or DECLINED; the allowed moves
 * are in proposal.rules.ts (PROPOSAL_MOVES).
 */
export type ProposalStatus = 'OPEN' | 'UNDER_REVIEW' | 'PLANNED' | 'DECLINED' | 'DONE';
export const PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  'OPEN',
  'UNDER_REVIEW',
  'PLANNED',
  'DECLINED',
  'DONE',
];

/** A customer agency's proposal for a new or changed service of the centre that serves it. */
@Entity({ name: 'proposals' })
export class ProposalEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'provider_code', type: 'varchar', length: 32 })
  providerCode!: string;

  /** The proposing agency. */
  @Column({ name: 'agency_id', type: 'varchar', length: 36 })
  agencyId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 5000 })
  description!: string;

  /** The service of the centre's catalogue the proposal would change; null for a new service. */
  @Column({ name: 'service_code', type: 'varchar', length: 64, nullable: true })
  serviceCode!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: ProposalStatus;

  /** The centre's latest response. */
  @Column({ type: 'varchar', length: 5000, nullable: true })
  response!: string | null;

  @Column({ name: 'responded_at', type: Date, nullable: true })
  respondedAt!: Date | null;

  @Column({ name: 'responded_by', type: 'varchar', length: 36, nullable: true })
  respondedBy!: string | null;

  @Column({ name: 'responded_by_name', type: 'varchar', length: 200, nullable: true })
  respondedByName!: string | null;

  /** Number of proposal_votes rows; kept in the transaction that adds or removes one. */
  @Column({ name: 'vote_count', type: 'integer' })
  voteCount!: number;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;

  /** Optimistic locking of the centre's responses: `… WHERE version = expected`; votes never bump it. */
  @Column({ type: 'integer' })
  version!: number;
}
