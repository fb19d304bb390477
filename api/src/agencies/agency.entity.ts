import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { jsonText } from '../common/database/json-text.transformer.js';

/** One customer volume as stored in `default_volumes`: a driver code and a decimal string. */
export interface StoredVolume {
  driverCode: string;
  quantity: string;
}

/** A customer agency, served by one provider (DESIGN, Domain → Agency). */
@Entity({ name: 'agencies' })
export class AgencyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'varchar', length: 2 })
  country!: string;

  @Column({ name: 'organisation_number', type: 'varchar', length: 32 })
  organisationNumber!: string;

  @Column({ name: 'provider_code', type: 'varchar', length: 32 })
  providerCode!: string;

  @Column({ name: 'default_volumes', type: 'text', transformer: jsonText<StoredVolume[]>() })
  defaultVolumes!: StoredVolume[];

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
