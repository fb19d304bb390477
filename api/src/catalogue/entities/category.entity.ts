import { Column, Entity } from 'typeorm';
import type { LocalizedText } from '@servicekatalog/shared';
import { jsonText } from '../../common/database/json-text.transformer.js';
import { VersionChildEntity } from './version-child.entity.js';

@Entity('categories')
export class CategoryEntity extends VersionChildEntity {
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'text', transformer: jsonText<LocalizedText>() })
  name!: LocalizedText;
}
