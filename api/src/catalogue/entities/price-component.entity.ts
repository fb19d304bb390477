import { Column, Entity } from 'typeorm';
import type { LocalizedText, PriceModel, PricePeriod } from '@servicekatalog/shared';
import { jsonText } from '../../common/database/json-text.transformer.js';
import { VersionChildEntity } from './version-child.entity.js';

/** How a service is charged; decimals are exact text. */
@Entity('price_components')
export class PriceComponentEntity extends VersionChildEntity {
  @Column({ name: 'service_id', type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'text', transformer: jsonText<LocalizedText>() })
  label!: LocalizedText;

  @Column({ type: 'varchar', length: 16 })
  model!: PriceModel;

  @Column({ type: 'varchar', length: 16 })
  period!: PricePeriod;

  @Column({ name: 'driver_code', type: 'varchar', length: 64, nullable: true })
  driverCode!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  amount!: string | null;

  @Column({ name: 'unit_price', type: 'varchar', length: 64, nullable: true })
  unitPrice!: string | null;

  @Column({ name: 'minimum_charge', type: 'varchar', length: 64, nullable: true })
  minimumCharge!: string | null;

  @Column({ name: 'from_year', type: 'integer' })
  fromYear!: number;

  @Column({ name: 'to_year', type: 'integer', nullable: true })
  toYear!: number | null;
}
