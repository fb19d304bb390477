import { Column, Entity } from 'typeorm';
import type {
  LimitDocument,
  LocalizedText,
  ResponsibilityDocument,
  ServiceKind,
  ServiceStatus,
} from '@servicekatalog/shared';
import { jsonText } from '../../common/database/json-text.transformer.js';
import { VersionChildEntity } from './version-child.entity.js';

/** A service of a catalogue version; its small lists are JSON text (never queried by content). */
@Entity('services')
export class ServiceEntity extends VersionChildEntity {
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ name: 'category_code', type: 'varchar', length: 64 })
  categoryCode!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ServiceKind;

  @Column({ type: 'varchar', length: 16 })
  status!: ServiceStatus;

  @Column({ type: 'text', transformer: jsonText<LocalizedText>() })
  name!: LocalizedText;

  @Column({ type: 'text', nullable: true, transformer: jsonText<LocalizedText>() })
  description!: LocalizedText | null;

  @Column({ type: 'text', transformer: jsonText<string[][]>() })
  requires!: string[][];

  @Column({ type: 'text', transformer: jsonText<string[]>() })
  excludes!: string[];

  @Column({ type: 'text', transformer: jsonText<LimitDocument[]>() })
  limits!: LimitDocument[];

  @Column({ type: 'text', transformer: jsonText<ResponsibilityDocument[]>() })
  responsibilities!: ResponsibilityDocument[];
}
