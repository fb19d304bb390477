import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { UserModel } from '../users/models/user.model.js';
import type { Actor } from './actor.js';
import { AuthService } from './auth.service.js';
import { CurrentActor } from './current-actor.decorator.js';
import { ChangePasswordArgs } from './dto/change-password.args.js';
import { LoginArgs } from './dto/login.args.js';
import { AuthPayload } from './models/auth-payload.model.js';
import { AllowedBeforePasswordChange, IgnoreToken, RequireAccess } from './require-access.decorator.js';
import { clientAddress, type RequestOrigin } from '../common/http/client-address.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => AuthPayload, {
    description:
      'Signs in. A wrong e-mail or password is UNAUTHENTICATED, with one message for both. With a one-time password, mustChangePassword is true and the token serves only me and changePassword until the password is changed. After too many failed attempts for the e-mail or from the client address in 15 minutes, every attempt is TOO_MANY_REQUESTS with extensions.retryAfterSeconds.',
  })
  @IgnoreToken()
  async login(
    @Args() { email, password }: LoginArgs,
    @Context('req') req: RequestOrigin,
  ): Promise<AuthPayload> {
    const address = clientAddress(req, this.config.trustProxy);
    const { token, user } = await this.auth.login(email, password, address);
    return { token, user: UserModel.from(user), mustChangePassword: user.user.mustChangePassword };
  }

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user; null for anonymous requests.' })
  @AllowedBeforePasswordChange()
  async me(@CurrentActor() actor: Actor | null): Promise<UserModel | null> {
    const view = await this.auth.me(actor);
    return view && UserModel.from(view);
  }

  @Mutation(() => Boolean, {
    description:
      'Signs the signed-in user out everywhere: every token of theirs, this one included, stops working on every instance.',
  })
  @RequireAccess('SIGNED_IN')
  @AllowedBeforePasswordChange()
  logout(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.auth.logout(actor);
  }

  @Mutation(() => Boolean, {
    description:
      "Changes the signed-in user's password. Every token issued so far stops working, this one included: sign in again with the new password.",
  })
  @RequireAccess('SIGNED_IN')
  @AllowedBeforePasswordChange()
  changePassword(
    @CurrentActor() actor: Actor,
    @Args() { currentPassword, newPassword }: ChangePasswordArgs,
  ): Promise<boolean> {
    return this.auth.changePassword(actor, currentPassword, newPassword);
  }

  @Mutation(() => Boolean, {
    description:
      'Clears the sign-in lock of an e-mail address: its failed attempts are forgotten, so it may sign in at once (a lock of a client address stays). True when failures were counted. Administrators only.',
  })
  @RequireAccess('USER_ADMIN')
  clearSignInLock(
    @CurrentActor() actor: Actor,
    @Args('email', { description: 'The locked e-mail address.' }) email: string,
  ): Promise<boolean> {
    return this.auth.clearSignInLock(actor, email);
  }
}
