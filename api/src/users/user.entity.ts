import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '../auth/actor.js';

/** Someone who signs in. The password hash never leaves the users and auth services. */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Lower-cased; unique. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** argon2id, PHC string format (parameters and salt included). */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  /** Account managers: the provider they work for. */
  @Column({ name: 'provider_code', type: 'varchar', length: 32, nullable: true })
  providerCode!: string | null;

  /** Customers: the agency they belong to. */
  @Column({ name: 'agency_id', type: 'varchar', length: 36, nullable: true })
  agencyId!: string | null;

  @Column({ type: 'varchar', length: 10 })
  locale!: string;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ name: 'must_change_password', type: 'boolean' })
  mustChangePassword!: boolean;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'integer' })
  version!: number;

  /**
   * Goes up by one whenever the user's tokens are revoked (logout, new password, deactivation, a
   * change of role, provider or agency); a token carrying another number is refused. Not part of
   * the optimistic lock: signing out never makes an administrator's edit CONFLICT.
   */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion!: number;
}
