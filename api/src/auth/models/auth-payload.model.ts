import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../users/models/user.model.js';

@ObjectType('AuthPayload', { description: 'The result of a successful login.' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; valid for 8 hours.' })
  token!: string;

  @Field(() => UserModel)
  user!: UserModel;
}
