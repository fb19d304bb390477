import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor, Role } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { SYSTEM_ACTOR } from '../common/system-actor.js';
import { AgencyService } from '../agencies/agency.service.js';
import type { AgencyEntity } from '../agencies/agency.entity.js';
import { BadUserInputError } from '../common/errors/domain-error.js';
import { constraintViolation } from '../common/database/constraint-violation.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { PasswordHasher } from './password-hasher.service.js';
import { UserSessions } from './user-sessions.js';
import { UserEntity } from './user.entity.js';
import { UserRepository, type UserColumns } from './user.repository.js';
import {
  checkAttachment,
  checkEmail,
  checkLocale,
  checkName,
  checkNewPassword,
  normalizeEmail,
} from './user.rules.js';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
  /** Required for ACCOUNT_MANAGER, refused otherwise. */
  providerCode?: string | null;
  /** Required for CUSTOMER, refused otherwise. */
  agencyId?: string | null;
  /** Default "en". */
  locale?: string | null;
  /** Default false. */
  mustChangePassword?: boolean | null;
}

/** A user with the agency it belongs to, ready to be shown. */
export interface UserView {
  user: UserEntity;
  agency: AgencyEntity | null;
}

/**
 * Users: creating them (demo seed, administrators, the bootstrap admin) and reading them. Sign-in
 * lives in AuthService; user administration through the API in UserAdminService.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly repository: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly agencies: AgencyService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionService,
    private readonly sessions: UserSessions,
  ) {}

  /**
   * Creates a user inside the caller's transaction, with its audit event; the password is hashed
   * with argon2id. Field names in errors are those of {@link NewUser}. The actor defaults to the
   * system (demo seed, bootstrap admin).
   */
  async createUser(manager: EntityManager, input: NewUser, actor: Actor = SYSTEM_ACTOR): Promise<UserEntity> {
    const email = checkEmail(input.email);
    const { providerCode, agencyId } = checkAttachment(input.role, input.providerCode, input.agencyId);
    const user = Object.assign(new UserEntity(), {
      id: randomUUID(),
      email,
      name: checkName(input.name),
      role: input.role,
      providerCode,
      agencyId,
      locale: checkLocale(input.locale),
      active: true,
      mustChangePassword: input.mustChangePassword ?? false,
      version: 1,
      tokenVersion: 0,
    });
    const password = checkNewPassword(input.password);
    if (agencyId && !(await this.agencies.findById(agencyId, manager))) {
      throw new BadUserInputError('No agency has this id.', 'agencyId');
    }
    if (await this.repository.emailExists(manager, email)) throw emailTaken();
    user.passwordHash = await this.hasher.hash(password);
    try {
      await this.repository.insert(manager, user);
    } catch (error) {
      throw translateInsertError(error);
    }
    await this.audit.record(manager, {
      actor,
      entity: 'User',
      entityId: user.id,
      action: 'CREATE',
      before: null,
      after: snapshot(user),
    });
    return user;
  }

  /**
   * Signs the user out everywhere (logout): their tokens stop working on every instance. Neither
   * the optimistic-lock version nor the audit trail changes: nothing about the user did.
   */
  async revokeTokens(userId: string): Promise<void> {
    await this.repository.revokeTokens(userId);
    this.sessions.changed(userId);
  }

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repository.findById(id, manager);
  }

  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repository.findByEmail(normalizeEmail(email), manager);
  }

  /** True when an agency has this id (for assigning a customer user to it). */
  async agencyExists(agencyId: string, manager: EntityManager = this.repository.manager): Promise<boolean> {
    return Boolean(await this.agencies.findById(agencyId, manager));
  }

  /** The user with its agency (one more query, only for customers). */
  async view(user: UserEntity, manager: EntityManager = this.repository.manager): Promise<UserView> {
    const agency = user.agencyId ? await this.agencies.findById(user.agencyId, manager) : null;
    return { user, agency };
  }

  /** Users with their agencies, loaded with one `IN` query for the whole list. */
  async views(users: UserEntity[], manager: EntityManager = this.repository.manager): Promise<UserView[]> {
    const agencies = await this.agencies.findByIds(
      users.flatMap((user) => (user.agencyId ? [user.agencyId] : [])),
      manager,
    );
    return users.map((user) => ({
      user,
      agency: user.agencyId ? (agencies.get(user.agencyId) ?? null) : null,
    }));
  }

  /**
   * Changes some columns of one user if it still has `expectedVersion`, and records `action` in
   * the audit trail; the version goes up by one. A stale version is CONFLICT (TypeORM's own
   * version column never checks it).
   */
  async update(manager: EntityManager, change: UserChange): Promise<UserEntity> {
    const { user, changes, actor, action } = change;
    const expectedVersion = change.expectedVersion ?? user.version;
    await this.repository
      .updateIfVersion(manager, {
        id: user.id,
        expectedVersion,
        columns: changes,
        revokeTokens: change.revokeTokens ?? false,
      })
      .catch((error: unknown) => {
        throw translateInsertError(error);
      });
    const updated = Object.assign(new UserEntity(), user, changes, {
      version: expectedVersion + 1,
      tokenVersion: user.tokenVersion + (change.revokeTokens ? 1 : 0),
    });
    // Every instance re-reads the user for its next request once the change is visible.
    this.transactions.afterCommit(manager, () => this.sessions.changed(user.id));
    await this.audit.record(manager, {
      actor,
      entity: 'User',
      entityId: user.id,
      action,
      before: snapshot(user),
      after: snapshot(updated),
    });
    return updated;
  }
}

export interface UserChange {
  user: UserEntity;
  changes: UserColumns;
  /** Default: the version of `user` as read. */
  expectedVersion?: number | null;
  actor: Actor;
  /** For the audit trail, e.g. "DEACTIVATE". */
  action: string;
  /** Every token issued so far stops working (DESIGN, "Sessions"). */
  revokeTokens?: boolean;
}

/** What the audit trail keeps of a user: everything but the password hash. */
function snapshot(user: UserEntity): Record<string, unknown> {
  const { passwordHash: _hash, createdAt: _created, ...rest } = user;
  return rest;
}

function emailTaken(): BadUserInputError {
  return new BadUserInputError('A user with this e-mail address already exists.', 'email');
}

function translateInsertError(error: unknown): unknown {
  switch (constraintViolation(error)) {
    case 'UNIQUE':
      return emailTaken();
    case 'FOREIGN_KEY':
      // The agency was checked above, so the provider is the reference that is missing.
      return new BadUserInputError('No provider has this code.', 'providerCode');
    case null:
      return error;
  }
}
