import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor, Role } from '../auth/actor.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { BadUserInputError, NotFoundError } from '../common/errors/domain-error.js';
import { atInputPath } from '../common/errors/input-path.js';
import { connectionOf, decodeCursor, pageSize, type ConnectionShape } from '../common/graphql/paging.js';
import { StaleVersionError } from '../common/persistence/stale-version.error.js';
import { PasswordHasher } from './password-hasher.service.js';
import type { UserEntity } from './user.entity.js';
import { UserRepository } from './user.repository.js';
import { checkAttachment, checkLocale, checkName, checkNewPassword } from './user.rules.js';
import { UsersService, type NewUser, type UserChange, type UserView } from './users.service.js';

/** An administrator's changes to a user: left out (undefined) keeps a value; null clears providerCode or agencyId. */
export interface UserUpdate {
  name?: string | null;
  role?: Role | null;
  providerCode?: string | null;
  agencyId?: string | null;
  locale?: string | null;
}

export interface UserListQuery {
  first?: number | null;
  after?: string | null;
  role?: Role | null;
}

/** What administrators do with users through the API. Callers have checked the ADMIN role. */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly repository: UserRepository,
    private readonly transactions: TransactionService,
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Users ordered by e-mail; the cursor is the e-mail, so paging is stable while users are added. */
  async list(query: UserListQuery): Promise<ConnectionShape<UserView>> {
    const size = pageSize(query.first);
    const after = query.after ? decodeCursor(query.after) : null;
    const { rows, totalCount } = await this.repository.page({ role: query.role, after, limit: size + 1 });
    const views = await this.users.views(rows);
    return connectionOf(
      views,
      size,
      totalCount,
      after !== null,
      (view) => view.user.email,
      (view) => view,
    );
  }

  /** One user, or null when there is none with that id. */
  async user(id: string): Promise<UserView | null> {
    const user = await this.users.findById(id);
    return user ? this.users.view(user) : null;
  }

  /** A user created by an administrator changes the given password at first sign-in by default. */
  createUser(actor: Actor, input: NewUser): Promise<UserView> {
    return atInputPath('input', () =>
      this.transactions.run(async (manager) => {
        const user = await this.users.createUser(
          manager,
          { ...input, mustChangePassword: input.mustChangePassword ?? true },
          actor,
        );
        return this.users.view(user, manager);
      }),
    );
  }

  /**
   * Deactivating signs the user out everywhere: their tokens are revoked, so reactivating does not
   * bring them back (the user signs in again).
   */
  setActive(actor: Actor, id: string, active: boolean, expectedVersion?: number | null): Promise<UserView> {
    if (!active && id === actor.userId) {
      throw new BadUserInputError('You cannot deactivate your own account.', 'id');
    }
    return this.transactions.run(async (manager) => {
      const user = await this.users.findById(id, manager);
      if (!user) throw new NotFoundError('The user', 'id');
      const updated =
        user.active === active && expectedVersion == null
          ? user
          : await this.users.update(manager, {
              user,
              changes: { active },
              expectedVersion,
              actor,
              action: active ? 'REACTIVATE' : 'DEACTIVATE',
              revokeTokens: !active,
            });
      return this.users.view(updated, manager);
    });
  }

  /**
   * Changes name, role, centre or agency, and locale. The result must fit the role (an account
   * manager has a provider, a customer an agency); administrators cannot change their own role,
   * so the last administrator cannot lock everyone out by mistake.
   */
  updateUser(actor: Actor, id: string, input: UserUpdate, expectedVersion: number): Promise<UserView> {
    return atInputPath('input', () =>
      this.transactions.run(async (manager) => {
        const user = await this.users.findById(id, manager);
        if (!user) throw new NotFoundError('The user', 'id');
        // Before the input is checked against the user as it is now: one that changed since the
        // caller saw it is CONFLICT, not a complaint that the input does not fit a user they never saw.
        if (user.version !== expectedVersion) throw new StaleVersionError('user');
        const changes = await this.checkedUpdate(manager, actor, user, input);
        const updated = await this.users.update(manager, {
          user,
          changes,
          expectedVersion,
          actor,
          action: 'UPDATE',
          revokeTokens: changesRights(user, changes),
        });
        return this.users.view(updated, manager);
      }),
    );
  }

  /**
   * Sets a password the user must change at the next sign-in (DESIGN, "Sessions"): until they do, their
   * tokens serve only `me` and `changePassword`. For one's own password there is changePassword.
   */
  async setOneTimePassword(
    actor: Actor,
    userId: string,
    password: string,
    expectedVersion: number,
  ): Promise<UserView> {
    if (userId === actor.userId)
      throw new BadUserInputError('Use changePassword to change your own password.', 'userId');
    const passwordHash = await this.hasher.hash(checkNewPassword(password));
    return this.transactions.run(async (manager) => {
      const user = await this.users.findById(userId, manager);
      if (!user) throw new NotFoundError('The user', 'userId');
      const changes = { passwordHash, mustChangePassword: true };
      const updated = await this.users.update(manager, {
        user,
        changes,
        expectedVersion,
        actor,
        action: 'SET_ONE_TIME_PASSWORD',
        revokeTokens: true,
      });
      return this.users.view(updated, manager);
    });
  }

  /** The columns an update sets, checked; field names are those of {@link UserUpdate}. */
  private async checkedUpdate(
    manager: EntityManager,
    actor: Actor,
    user: UserEntity,
    input: UserUpdate,
  ): Promise<UserChange['changes']> {
    const role = input.role ?? user.role;
    if (user.id === actor.userId && role !== user.role)
      throw new BadUserInputError('You cannot change your own role.', 'role');
    const attachment = checkAttachment(
      role,
      input.providerCode === undefined ? user.providerCode : input.providerCode,
      input.agencyId === undefined ? user.agencyId : input.agencyId,
    );
    if (
      attachment.agencyId &&
      attachment.agencyId !== user.agencyId &&
      !(await this.users.agencyExists(attachment.agencyId, manager))
    ) {
      throw new BadUserInputError('No agency has this id.', 'agencyId');
    }
    return {
      name: input.name == null ? user.name : checkName(input.name),
      role,
      ...attachment,
      locale: input.locale == null ? user.locale : checkLocale(input.locale),
    };
  }
}

/** A new role, provider or agency changes what the user may do: their tokens are revoked. */
function changesRights(user: UserEntity, changes: UserChange['changes']): boolean {
  return (
    changes.role !== user.role ||
    changes.providerCode !== user.providerCode ||
    changes.agencyId !== user.agencyId
  );
}
