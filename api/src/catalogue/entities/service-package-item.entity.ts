import { Column, Entity } from 'typeorm';
import { jsonText } from '../../common/database/json-text.transformer.js';
import { VersionChildEntity } from './version-child.entity.js';

@Entity('service_package_items')
export class ServicePackageItemEntity extends VersionChildEntity {
  @Column({ name: 'service_package_id', type: 'varchar', length: 36 })
  servicePackageId!: string;

  @Column({ name: 'service_code', type: 'varchar', length: 64 })
  serviceCode!: string;

  /** Driver code → included quantity (exact decimal text); null = nothing included. */
  @Column({ type: 'text', nullable: true, transformer: jsonText<Record<string, string>>() })
  included!: Record<string, string> | null;
}
