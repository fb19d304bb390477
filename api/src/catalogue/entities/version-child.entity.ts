import { Column, PrimaryColumn } from 'typeorm';

/** Columns every row inside a catalogue version has; the version's deletion cascades to it. */
export abstract class VersionChildEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'catalogue_version_id', type: 'varchar', length: 36 })
  catalogueVersionId!: string;

  /** Place in the document's list, so exports keep the author's order. */
  @Column({ type: 'integer' })
  position!: number;
}
