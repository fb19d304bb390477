import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who changed what and when (DESIGN, "AuditEvent"); written in the transaction of the change. */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: Date })
  at!: Date;

  /** Null for actors without a user row, such as the command line. */
  @Column({ name: 'actor_user_id', type: 'varchar', length: 36, nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'actor_email', type: 'varchar', length: 320 })
  actorEmail!: string;

  /** The kind of thing changed, e.g. "CatalogueVersion". */
  @Column({ type: 'varchar', length: 64 })
  entity!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64 })
  entityId!: string;

  /**
   * The centre the change concerns (a catalogue of it, one of its agencies or their quotes), so
   * that its account managers can read the event; null when the change concerns no one centre.
   */
  @Column({ name: 'provider_code', type: 'varchar', length: 32, nullable: true })
  providerCode!: string | null;

  /** What happened, e.g. "IMPORT", "PUBLISH", "DISCARD". */
  @Column({ type: 'varchar', length: 32 })
  action!: string;

  /** JSON text of the changed thing before the change; null for a creation. */
  @Column({ type: 'text', nullable: true })
  before!: string | null;

  /** JSON text of the changed thing after the change; null for a deletion. */
  @Column({ type: 'text', nullable: true })
  after!: string | null;
}
