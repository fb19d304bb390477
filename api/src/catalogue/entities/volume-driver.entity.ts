import { Column, Entity } from 'typeorm';
import type { LocalizedText, StandardMeasure } from '@servicekatalog/shared';
import { jsonText } from '../../common/database/json-text.transformer.js';
import { VersionChildEntity } from './version-child.entity.js';

@Entity('volume_drivers')
export class VolumeDriverEntity extends VersionChildEntity {
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'text', transformer: jsonText<LocalizedText>() })
  name!: LocalizedText;

  @Column({ type: 'text', transformer: jsonText<LocalizedText>() })
  unit!: LocalizedText;

  @Column({ name: 'is_integer', type: 'boolean' })
  integer!: boolean;

  /** What the driver counts in the price benchmark's shared words; null: nothing standard. */
  @Column({ name: 'standard_measure', type: 'varchar', length: 32, nullable: true })
  standardMeasure!: StandardMeasure | null;
}
