import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../users/models/user.model.js';

@ObjectType('AuthPayload', { description: 'The result of a successful login.' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; valid for 8 hours.' })
  token!: string;

  @Field(() => UserModel)
  user!: UserModel;

  @Field({
    description:
      'True when the password was set by an administrator as a one-time password: change it with changePassword first; until then every other operation but me is refused (FORBIDDEN, reason PASSWORD_CHANGE_REQUIRED).',
  })
  mustChangePassword!: boolean;
}
