import { Column, Entity } from 'typeorm';
import { VersionChildEntity } from './version-child.entity.js';

/** One tier of a GRADUATED or VOLUME component; `position` orders them by `upTo`. */
@Entity('price_tiers')
export class PriceTierEntity extends VersionChildEntity {
  @Column({ name: 'price_component_id', type: 'varchar', length: 36 })
  priceComponentId!: string;

  /** Inclusive upper bound as exact text; null = no limit. */
  @Column({ name: 'up_to', type: 'varchar', length: 64, nullable: true })
  upTo!: string | null;

  @Column({ name: 'unit_price', type: 'varchar', length: 64 })
  unitPrice!: string;

  @Column({ name: 'flat_fee', type: 'varchar', length: 64 })
  flatFee!: string;
}
