import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { RequireAccess } from '../auth/require-access.decorator.js';
import type { ConnectionShape } from '../common/graphql/paging.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { SetOneTimePasswordArgs, UpdateUserArgs } from './dto/update-user.input.js';
import { UsersArgs, UserVersionArgs } from './dto/users.args.js';
import { UserConnection, UserModel } from './models/user.model.js';
import { UserAdminService } from './user-admin.service.js';

/** User administration: administrators only. */
@Resolver(() => UserModel)
@RequireAccess('USER_ADMIN')
export class UserAdminResolver {
  constructor(private readonly admin: UserAdminService) {}

  @Query(() => UserConnection, { description: 'All users, ordered by e-mail. Administrators only.' })
  async users(@Args() args: UsersArgs): Promise<ConnectionShape<UserModel>> {
    const page = await this.admin.list(args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: UserModel.from(edge.node) })),
    };
  }

  @Query(() => UserModel, {
    nullable: true,
    description: 'One user by id; null when there is none. Administrators only.',
  })
  async user(
    @Args('id', { type: () => ID, description: 'Id of the user.' }) id: string,
  ): Promise<UserModel | null> {
    const view = await this.admin.user(id);
    return view ? UserModel.from(view) : null;
  }

  @Mutation(() => UserModel, { description: 'Creates a user. Administrators only.' })
  async createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return UserModel.from(await this.admin.createUser(actor, input));
  }

  @Mutation(() => UserModel, {
    description: 'Deactivates a user: they cannot sign in and their tokens stop working.',
  })
  async deactivateUser(
    @CurrentActor() actor: Actor,
    @Args() { id, expectedVersion }: UserVersionArgs,
  ): Promise<UserModel> {
    return UserModel.from(await this.admin.setActive(actor, id, false, expectedVersion));
  }

  @Mutation(() => UserModel, { description: 'Lets a deactivated user sign in again.' })
  async reactivateUser(
    @CurrentActor() actor: Actor,
    @Args() { id, expectedVersion }: UserVersionArgs,
  ): Promise<UserModel> {
    return UserModel.from(await this.admin.setActive(actor, id, true, expectedVersion));
  }

  @Mutation(() => UserModel, {
    description:
      "Changes a user's name, role, centre or agency, and locale. The result must fit the role. Administrators cannot change their own role.",
  })
  async updateUser(
    @CurrentActor() actor: Actor,
    @Args() { id, input, expectedVersion }: UpdateUserArgs,
  ): Promise<UserModel> {
    return UserModel.from(await this.admin.updateUser(actor, id, input, expectedVersion));
  }

  @Mutation(() => UserModel, {
    description:
      'Sets a one-time password: the user signs in with it and must change it first (until then only me and changePassword work, everything else is FORBIDDEN with reason PASSWORD_CHANGE_REQUIRED).',
  })
  async setOneTimePassword(
    @CurrentActor() actor: Actor,
    @Args() { userId, password, expectedVersion }: SetOneTimePasswordArgs,
  ): Promise<UserModel> {
    return UserModel.from(await this.admin.setOneTimePassword(actor, userId, password, expectedVersion));
  }
}
