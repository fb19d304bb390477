import { Column, Entity } from 'typeorm';
import type { BenchmarkKind, LocalizedText } from '@servicekatalog/shared';
import { jsonText } from '../../common/database/json-text.transformer.js';
import { VersionChildEntity } from './version-child.entity.js';

@Entity('service_packages')
export class ServicePackageEntity extends VersionChildEntity {
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'text', transformer: jsonText<LocalizedText>() })
  name!: LocalizedText;

  @Column({ type: 'text', nullable: true, transformer: jsonText<LocalizedText>() })
  description!: LocalizedText | null;

  @Column({ name: 'service_level_code', type: 'varchar', length: 64, nullable: true })
  serviceLevelCode!: string | null;

  @Column({ name: 'discount_percent', type: 'varchar', length: 64 })
  discountPercent!: string;

  /** null = every ADDON may be added. */
  @Column({ name: 'allowed_add_ons', type: 'text', nullable: true, transformer: jsonText<string[]>() })
  allowedAddOns!: string[] | null;

  /** The price-benchmark kinds the catalogue prices with this package (its `benchmarkPackages`); [] none. */
  @Column({ name: 'benchmark_kinds', type: 'text', default: '[]', transformer: jsonText<BenchmarkKind[]>() })
  benchmarkKinds!: BenchmarkKind[];
}
