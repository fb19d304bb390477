import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConfigurationInput, PriceBreakdown } from '@servicekatalog/shared';
import { jsonText } from '../common/database/json-text.transformer.js';

/** DESIGN, Domain → Quote: DRAFT → SUBMITTED → ACCEPTED | REJECTED, or WITHDRAWN (from DRAFT or SUBMITTED). */
export type QuoteStatus = 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' | 'REJECTED' | 'WITHDRAWN';
export const QUOTE_STATUSES: readonly QuoteStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'ACCEPTED',
  'REJECTED',
  'WITHDRAWN',
];

/** A saved configuration of an agency with the price as offered (the snapshot). */
@Entity({ name: 'quotes' })
export class QuoteEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** `SA-DK-2027-0042`: provider, year of first saving (UTC), per-provider-per-year sequence. Shared by all revisions. */
  @Column({ type: 'varchar', length: 64 })
  reference!: string;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ name: 'previous_quote_id', type: 'varchar', length: 36, nullable: true })
  previousQuoteId!: string | null;

  @Column({ name: 'agency_id', type: 'varchar', length: 36 })
  agencyId!: string;

  @Column({ name: 'provider_code', type: 'varchar', length: 32 })
  providerCode!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The configuration as given, with the pinned catalogueVersion number filled in. */
  @Column({ type: 'text', transformer: jsonText<ConfigurationInput>() })
  configuration!: ConfigurationInput;

  @Column({ name: 'catalogue_version_id', type: 'varchar', length: 36 })
  catalogueVersionId!: string;

  /** The full breakdown as computed when the quote was priced; never recomputed. */
  @Column({ type: 'text', transformer: jsonText<PriceBreakdown>() })
  breakdown!: PriceBreakdown;

  @Column({ name: 'engine_version', type: 'varchar', length: 32 })
  engineVersion!: string;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  /** Exact decimal text, copied from the snapshot for listings. */
  @Column({ name: 'first_year_total', type: 'varchar', length: 64 })
  firstYearTotal!: string;

  @Column({ name: 'contract_total', type: 'varchar', length: 64 })
  contractTotal!: string;

  /** The snapshot has no ERROR issue. */
  @Column({ type: 'boolean' })
  valid!: boolean;

  /**
   * The contract's first day (UTC) 'YYYY-MM-DD'; quotes stored before it existed took the day they
   * were created.
   */
  @Column({ name: 'start_date', type: 'varchar', length: 10 })
  startDate!: string;

  /** Calendar date (UTC) 'YYYY-MM-DD'; the offer holds through this day. */
  @Column({ name: 'valid_until', type: 'varchar', length: 10 })
  validUntil!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: QuoteStatus;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;

  @Column({ name: 'submitted_at', type: Date, nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'decided_at', type: Date, nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'varchar', length: 36, nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decision_comment', type: 'varchar', length: 2000, nullable: true })
  decisionComment!: string | null;

  /** Optimistic locking: every change is `… WHERE version = expected` and bumps it. */
  @Column({ type: 'integer' })
  version!: number;
}
