import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A shared service centre (DESIGN, "Provider"). */
@Entity('providers')
export class ProviderEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 32, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'varchar', length: 2 })
  country!: string;

  /** Default locale of the centre, e.g. "nb". */
  @Column({ type: 'varchar', length: 35 })
  locale!: string;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;
}
