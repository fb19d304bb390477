import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '../auth/actor.js';
import { updateVersioned } from '../common/persistence/versioned-update.js';
import { StaleVersionError } from '../common/persistence/stale-version.error.js';
import { UserEntity } from './user.entity.js';

/** The columns a user change may set (besides the versions). */
export type UserColumns = Partial<
  Pick<
    UserEntity,
    | 'active'
    | 'passwordHash'
    | 'mustChangePassword'
    | 'name'
    | 'role'
    | 'providerCode'
    | 'agencyId'
    | 'locale'
  >
>;

/** Queries of the users table; no decisions. */
@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  findById(id: string, manager: EntityManager = this.manager): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { id });
  }

  /** `email` as normalised by the caller. */
  findByEmail(email: string, manager: EntityManager = this.manager): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { email });
  }

  emailExists(manager: EntityManager, email: string): Promise<boolean> {
    return manager.existsBy(UserEntity, { email });
  }

  async insert(manager: EntityManager, user: UserEntity): Promise<void> {
    await manager.insert(UserEntity, user);
  }

  /** Every token issued so far stops working; neither the optimistic-lock version nor anything else changes. */
  async revokeTokens(userId: string): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ tokenVersion: () => 'token_version + 1' })
      .where('id = :id', { id: userId })
      .execute();
  }

  /** Changes the user only if it is still at `expectedVersion`; otherwise STALE_VERSION. */
  async updateIfVersion(
    manager: EntityManager,
    change: { id: string; expectedVersion: number; columns: UserColumns; revokeTokens: boolean },
  ): Promise<void> {
    const revoke = change.revokeTokens ? { tokenVersion: () => 'token_version + 1' } : {};
    await updateVersioned(manager, {
      entity: UserEntity,
      id: change.id,
      expectedVersion: change.expectedVersion,
      changes: { ...change.columns, ...revoke },
      stale: () => new StaleVersionError('user'),
    });
  }

  /** Users ordered by e-mail after `after` (the cursor), `limit` rows, and the filter's total count. */
  async page(query: {
    role?: Role | null;
    after: string | null;
    limit: number;
  }): Promise<{ rows: UserEntity[]; totalCount: number }> {
    const filtered = this.manager.createQueryBuilder(UserEntity, 'user');
    if (query.role) filtered.andWhere('user.role = :role', { role: query.role });
    const totalCount = await filtered.clone().getCount();
    const page = filtered.clone();
    if (query.after !== null) page.andWhere('user.email > :after', { after: query.after });
    const rows = await page.orderBy('user.email', 'ASC').limit(query.limit).getMany();
    return { rows, totalCount };
  }
}
