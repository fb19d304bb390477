import { Column, Entity } from 'typeorm';
import type { LocalizedText } from '@servicekatalog/shared';
import { jsonText } from '../../common/database/json-text.transformer.js';
import { VersionChildEntity } from './version-child.entity.js';

@Entity('service_levels')
export class ServiceLevelEntity extends VersionChildEntity {
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'text', transformer: jsonText<LocalizedText>() })
  name!: LocalizedText;

  @Column({ type: 'integer' })
  rank!: number;

  /** Exact decimal as text. */
  @Column({ name: 'surcharge_percent', type: 'varchar', length: 64 })
  surchargePercent!: string;
}
