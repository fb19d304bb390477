import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Role } from '../../auth/actor.js';
import { AgencyModel } from '../../agencies/models/agency.model.js';
import { Connection } from '../../common/graphql/paging.js';
import type { UserView } from '../users.service.js';
import { RoleEnum } from './role.enum.js';

/** A user as the API shows it. There is deliberately no field for the password hash. */
@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Lower-cased; the sign-in name.' })
  email!: string;

  @Field()
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Account managers: the provider they work for.' })
  providerCode!: string | null;

  @Field(() => AgencyModel, { nullable: true, description: 'Customer users: the agency they belong to.' })
  agency!: AgencyModel | null;

  @Field({ description: 'Preferred language of the user interface, e.g. "da".' })
  locale!: string;

  @Field({ description: 'A deactivated user cannot sign in, and their tokens stop working.' })
  active!: boolean;

  @Field({ description: 'The password was set by someone else and should be changed.' })
  mustChangePassword!: boolean;

  @Field(() => Int, { description: 'Increases with every change (optimistic locking).' })
  version!: number;

  static from({ user, agency }: UserView): UserModel {
    return Object.assign(new UserModel(), {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      providerCode: user.providerCode,
      agency: agency ? AgencyModel.from(agency) : null,
      locale: user.locale,
      active: user.active,
      mustChangePassword: user.mustChangePassword,
      version: user.version,
    });
  }
}

export const UserConnection = Connection(UserModel, 'User');
