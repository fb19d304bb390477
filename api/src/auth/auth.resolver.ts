import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UserModel } from '../users/models/user.model.js';
import type { Actor } from './actor.js';
import { AuthService } from './auth.service.js';
import { CurrentActor } from './current-actor.decorator.js';
import { ChangePasswordArgs } from './dto/change-password.args.js';
import { LoginArgs } from './dto/login.args.js';
import { AuthPayload } from './models/auth-payload.model.js';
import { AllowedBeforePasswordChange, IgnoreToken, RequireSignIn } from './require-roles.decorator.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayload, {
    description:
      'Signs in. A wrong e-mail or password is UNAUTHENTICATED, with one message for both. With a one-time password, mustChangePassword is true and the token serves only me and changePassword until the password is changed.',
  })
  @IgnoreToken()
  async login(@Args() { email, password }: LoginArgs): Promise<AuthPayload> {
    const { token, user } = await this.auth.login(email, password);
    return { token, user: UserModel.from(user), mustChangePassword: user.user.mustChangePassword };
  }

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user; null for anonymous requests.' })
  @AllowedBeforePasswordChange()
  async me(@CurrentActor() actor: Actor | null): Promise<UserModel | null> {
    const view = await this.auth.me(actor);
    return view && UserModel.from(view);
  }

  @Mutation(() => Boolean, { description: "Changes the signed-in user's password." })
  @RequireSignIn()
  @AllowedBeforePasswordChange()
  changePassword(
    @CurrentActor() actor: Actor,
    @Args() { currentPassword, newPassword }: ChangePasswordArgs,
  ): Promise<boolean> {
    return this.auth.changePassword(actor, currentPassword, newPassword);
  }
}
