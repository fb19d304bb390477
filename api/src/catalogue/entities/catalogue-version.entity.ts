import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CatalogueVersionStatus = 'DRAFT' | 'PUBLISHED';

/** One numbered version of a provider's catalogue; PUBLISHED versions never change. */
@Entity('catalogue_versions')
export class CatalogueVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'provider_id', type: 'varchar', length: 36 })
  providerId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: CatalogueVersionStatus;

  /** Calendar date 'YYYY-MM-DD' (text, so it never shifts by time zone); null until known. */
  @Column({ name: 'valid_from', type: 'varchar', length: 10, nullable: true })
  validFrom!: string | null;

  /** ISO 4217 currency of every price in this version. */
  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  /**
   * Optimistic-locking counter. Deliberately a plain column: writes bump it themselves in a
   * conditional UPDATE (`… WHERE id = ? AND version = ?`), which TypeORM's @VersionColumn never checks.
   */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'published_at', type: Date, nullable: true })
  publishedAt!: Date | null;
}
