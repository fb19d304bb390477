import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor, Role } from '../auth/actor.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { BadUserInputError, NotFoundError } from '../common/errors/domain-error.js';
import { atInputPath } from '../common/errors/input-path.js';
import { connectionOf, decodeCursor, pageSize, type ConnectionShape } from '../common/graphql/paging.js';
import { UserEntity } from './user.entity.js';
import { UsersService, type NewUser, type UserView } from './users.service.js';

export interface UserListQuery {
  first?: number | null;
  after?: string | null;
  role?: Role | null;
}

/** What administrators do with users through the API. Callers have checked the ADMIN role. */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionService,
    private readonly users: UsersService,
  ) {}

  /** Users ordered by e-mail; the cursor is the e-mail, so paging is stable while users are added. */
  async list(query: UserListQuery): Promise<ConnectionShape<UserView>> {
    const size = pageSize(query.first);
    const after = query.after ? decodeCursor(query.after) : null;
    const filtered = this.dataSource.manager.createQueryBuilder(UserEntity, 'user');
    if (query.role) filtered.andWhere('user.role = :role', { role: query.role });
    const totalCount = await filtered.clone().getCount();
    const page = filtered.clone();
    if (after !== null) page.andWhere('user.email > :after', { after });
    const rows = await page
      .orderBy('user.email', 'ASC')
      .limit(size + 1)
      .getMany();
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

  /** Deactivating signs the user out everywhere: the auth hook refuses tokens of inactive users. */
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
            });
      return this.users.view(updated, manager);
    });
  }
}
