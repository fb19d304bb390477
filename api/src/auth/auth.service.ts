import { Injectable, Logger } from '@nestjs/common';
import { TransactionService } from '../common/database/transaction.service.js';
import { BadUserInputError } from '../common/errors/domain-error.js';
import { PasswordHasher } from '../users/password-hasher.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService, type UserView } from '../users/users.service.js';
import { checkNewPassword, EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '../users/user.rules.js';
import type { Actor } from './actor.js';
import { invalidToken, wrongCredentials } from './auth.errors.js';
import { InvalidTokenError, TokenService, type TokenClaims } from './token.service.js';

export interface LoginResult {
  token: string;
  user: UserView;
}

/** Signing in, recognising the signed-in user on each request, and changing one's password. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly transactions: TransactionService,
  ) {}

  /**
   * A wrong password, an unknown e-mail and a deactivated user fail alike, with the same message
   * and the same work: an unknown e-mail is checked against a dummy hash so that the response
   * time does not reveal which e-mails have accounts.
   */
  async login(email: string, password: string): Promise<LoginResult> {
    if (password.length > PASSWORD_MAX_LENGTH || email.length > EMAIL_MAX_LENGTH) {
      await this.hasher.verifyNothing('');
      throw wrongCredentials();
    }
    const user = await this.users.findByEmail(email);
    const passwordOk = user
      ? await this.hasher.verify(user.passwordHash, password)
      : await this.hasher.verifyNothing(password);
    if (!user || !passwordOk || !user.active) throw wrongCredentials();
    return { token: await this.tokens.sign(claimsOf(user)), user: await this.users.view(user) };
  }

  /**
   * The actor of a bearer token: one primary-key query per signed-in request, so that a user who
   * was deactivated or deleted is refused at once, and role changes apply without a new login.
   */
  async authenticate(token: string): Promise<Actor> {
    let userId: string;
    try {
      userId = (await this.tokens.verify(token)).sub;
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      this.logger.debug(error.message);
      throw invalidToken();
    }
    const user = await this.users.findById(userId);
    if (!user || !user.active) throw invalidToken();
    return actorOf(user);
  }

  /**
   * The actor of an `Authorization` header (HTTP, or `connectionParams.authorization` of a
   * WebSocket): null without one (anonymous); UNAUTHENTICATED for anything but a valid
   * `Bearer <token>` of an active user.
   */
  async actorOfAuthorization(header: string | string[] | undefined): Promise<Actor | null> {
    const token = bearerToken(header);
    if (token === undefined) return null;
    if (token === null) throw invalidToken();
    return this.authenticate(token);
  }

  async me(actor: Actor | null): Promise<UserView | null> {
    if (!actor) return null;
    const user = await this.users.findById(actor.userId);
    return user ? this.users.view(user) : null;
  }

  /** Tokens already issued stay valid until they expire; the new password applies to the next login. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<boolean> {
    checkNewPassword(newPassword, 'newPassword');
    if (newPassword === currentPassword) {
      throw new BadUserInputError('The new password must differ from the current one.', 'newPassword');
    }
    const user = await this.users.findById(actor.userId);
    if (!user || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new BadUserInputError('The current password is wrong.', 'currentPassword');
    }
    const passwordHash = await this.hasher.hash(newPassword);
    await this.transactions.run((manager) =>
      this.users.update(manager, {
        user,
        changes: { passwordHash, mustChangePassword: false },
        actor,
        action: 'CHANGE_PASSWORD',
      }),
    );
    return true;
  }
}

/** undefined: no Authorization header; null: a header that is not `Bearer <token>`. */
function bearerToken(header: string | string[] | undefined): string | null | undefined {
  if (header === undefined || header === '') return undefined;
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value ?? '');
  return match ? match[1] : null;
}

function claimsOf(user: UserEntity): TokenClaims {
  return {
    sub: user.id,
    email: user.email,
    role: user.role,
    providerCode: user.providerCode,
    agencyId: user.agencyId,
  };
}

/** The actor is built from the user row, not from the token's claims, so it is always current. */
function actorOf(user: UserEntity): Actor {
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    providerCode: user.providerCode,
    agencyId: user.agencyId,
    mustChangePassword: user.mustChangePassword,
  };
}
