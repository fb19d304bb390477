import type { ConfigurationInput, PriceBreakdown } from '@servicekatalog/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { jsonText } from '../../common/database/json-text.transformer.js';

/** How a term came about. */
export type AgreementTermKind = 'INITIAL' | 'AMENDMENT' | 'RENEWAL';

/**
 * One period of an agreement with the price agreed for it, kept for ever: the accepted quote's
 * configuration, pinned catalogue version and breakdown snapshot.
 */
@Entity({ name: 'agreement_terms' })
export class AgreementTermEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'agreement_id', type: 'varchar', length: 36 })
  agreementId!: string;

  /** 1, 2, … in the order the terms were added. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: AgreementTermKind;

  @Column({ name: 'quote_id', type: 'varchar', length: 36 })
  quoteId!: string;

  @Column({ name: 'catalogue_version_id', type: 'varchar', length: 36 })
  catalogueVersionId!: string;

  @Column({ name: 'start_date', type: 'varchar', length: 10 })
  startDate!: string;

  @Column({ name: 'end_date', type: 'varchar', length: 10 })
  endDate!: string;

  /**
   * The day the term's contract year 1 began: its own start for the first term and renewals, the
   * amended contract's for amendments (whose year k is the agreement's year k).
   */
  @Column({ name: 'contract_start', type: 'varchar', length: 10 })
  contractStart!: string;

  @Column({ type: 'text', transformer: jsonText<ConfigurationInput>() })
  configuration!: ConfigurationInput;

  @Column({ type: 'text', transformer: jsonText<PriceBreakdown>() })
  breakdown!: PriceBreakdown;

  @Column({ name: 'engine_version', type: 'varchar', length: 32 })
  engineVersion!: string;
}
