import { ArgsType, Field } from '@nestjs/graphql';

/**
 * Deliberately unvalidated: any malformed e-mail or password simply fails to sign in, with the
 * same UNAUTHENTICATED answer as every other failed login.
 */
@ArgsType()
export class LoginArgs {
  @Field()
  email!: string;

  @Field()
  password!: string;
}
