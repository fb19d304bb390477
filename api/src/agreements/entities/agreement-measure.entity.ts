import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An actual monthly volume of one driver; a new entry for the same (month, driver) replaces it. */
@Entity({ name: 'agreement_volumes' })
export class AgreementVolumeEntity {
  @PrimaryColumn({ name: 'agreement_id', type: 'varchar', length: 36 })
  agreementId!: string;

  /** 'YYYY-MM'. */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  month!: string;

  @PrimaryColumn({ name: 'driver_code', type: 'varchar', length: 40 })
  driverCode!: string;

  /** Exact decimal text. */
  @Column({ type: 'varchar', length: 32 })
  quantity!: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 36, nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'recorded_at', type: Date })
  recordedAt!: Date;
}

/** A measured value of one service-level target in one month. */
@Entity({ name: 'agreement_service_results' })
export class AgreementServiceResultEntity {
  @PrimaryColumn({ name: 'agreement_id', type: 'varchar', length: 36 })
  agreementId!: string;

  @PrimaryColumn({ type: 'varchar', length: 7 })
  month!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  metric!: string;

  /** The service the target is promised for; '' for the whole package (a key column is never null). */
  @PrimaryColumn({ name: 'service_key', type: 'varchar', length: 40 })
  serviceKey!: string;

  @Column({ type: 'varchar', length: 32 })
  value!: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 36, nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'recorded_at', type: Date })
  recordedAt!: Date;
}
