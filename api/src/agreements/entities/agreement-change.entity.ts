import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An amendment or renewal on offer: the DRAFT quote `reviseAgreement` made, until it is accepted. */
@Entity({ name: 'agreement_changes' })
export class AgreementChangeEntity {
  @PrimaryColumn({ name: 'quote_id', type: 'varchar', length: 36 })
  quoteId!: string;

  @Column({ name: 'agreement_id', type: 'varchar', length: 36 })
  agreementId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'AMENDMENT' | 'RENEWAL';

  /** See AgreementTermEntity.contractStart. */
  @Column({ name: 'contract_start', type: 'varchar', length: 10 })
  contractStart!: string;
}
