import { Column, Entity } from 'typeorm';
import type { LocalizedText } from '@servicekatalog/shared';
import { jsonText } from '../../common/database/json-text.transformer.js';
import { VersionChildEntity } from './version-child.entity.js';

@Entity('service_level_targets')
export class ServiceLevelTargetEntity extends VersionChildEntity {
  @Column({ name: 'service_level_id', type: 'varchar', length: 36 })
  serviceLevelId!: string;

  @Column({ type: 'varchar', length: 64 })
  metric!: string;

  @Column({ type: 'text', transformer: jsonText<LocalizedText>() })
  name!: LocalizedText;

  /** Exact decimal as text. */
  @Column({ type: 'varchar', length: 64 })
  value!: string;

  @Column({ type: 'varchar', length: 64 })
  unit!: string;

  /** The service the target is promised for; null = the whole package. */
  @Column({ name: 'service_code', type: 'varchar', length: 64, nullable: true })
  serviceCode!: string | null;
}
