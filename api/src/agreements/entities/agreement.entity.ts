import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What a centre sells after a quote is accepted (DESIGN "Agreement"). Status is derived from the
 * dates (UPCOMING, ACTIVE, ENDED) unless the centre terminated it; the terms keep the prices.
 */
@Entity({ name: 'agreements' })
export class AgreementEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** The accepted quote's reference + "-A", e.g. "SA-DK-2027-0042-A". */
  @Column({ type: 'varchar', length: 80 })
  reference!: string;

  /** The reference its quotes share (amendments and renewals are revisions of it). */
  @Column({ name: 'quote_reference', type: 'varchar', length: 64 })
  quoteReference!: string;

  @Column({ name: 'agency_id', type: 'varchar', length: 36 })
  agencyId!: string;

  @Column({ name: 'provider_code', type: 'varchar', length: 32 })
  providerCode!: string;

  /** First day, 'YYYY-MM-DD' (UTC). */
  @Column({ name: 'start_date', type: 'varchar', length: 10 })
  startDate!: string;

  /** Last day; a renewal moves it, a termination brings it forward. */
  @Column({ name: 'end_date', type: 'varchar', length: 10 })
  endDate!: string;

  /** Set when the centre terminated the agreement (its last day is then endDate). */
  @Column({ name: 'terminated_at', type: Date, nullable: true })
  terminatedAt!: Date | null;

  @Column({ name: 'termination_reason', type: 'varchar', length: 2000, nullable: true })
  terminationReason!: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;

  /** Optimistic locking: every batch and change is `… WHERE version = expected` and bumps it. */
  @Column({ type: 'integer' })
  version!: number;
}
