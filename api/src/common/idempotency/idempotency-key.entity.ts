import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The first successful result of a mutation sent with an idempotency key, per user and key
 * (primary key: a repeat, on any instance, cannot insert a second one). Kept 24 hours.
 */
@Entity('idempotency_keys')
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 64 })
  key!: string;

  /** The mutation, e.g. "saveQuote". */
  @Column({ type: 'varchar', length: 64 })
  operation!: string;

  /** SHA-256 of the mutation name and its arguments, canonical JSON: "equal arguments". */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash!: string;

  /** The result as first returned (see idempotent-result.ts). */
  @Column({ type: 'text' })
  result!: string;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: Date })
  expiresAt!: Date;
}
