import { Injectable, Logger } from '@nestjs/common';
import { TransactionService } from '../common/database/transaction.service.js';
import { BadUserInputError, UnauthenticatedError } from '../common/errors/domain-error.js';
import { PasswordHasher } from '../users/password-hasher.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { UserSessions, type SessionUser } from '../users/user-sessions.js';
import { UsersService, type UserView } from '../users/users.service.js';
import {
  checkNewPassword,
  EMAIL_MAX_LENGTH,
  normalizeEmail,
  PASSWORD_MAX_LENGTH,
} from '../users/user.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from './actor.js';
import { invalidToken, wrongCredentials } from './auth.errors.js';
import { SignInThrottle } from './sign-in/sign-in-throttle.js';
import { InvalidTokenError, TokenService, type TokenClaims } from './token.service.js';

export interface LoginResult {
  token: string;
  user: UserView;
}

/** A valid token's actor and when the token expires. */
export interface Session {
  actor: Actor;
  expiresAt: Date;
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
    private readonly sessions: UserSessions,
    private readonly throttle: SignInThrottle,
    private readonly audit: AuditService,
  ) {}

  /**
   * A wrong password, an unknown e-mail and a deactivated user fail alike, with the same message
   * and the same work: an unknown e-mail is checked against a dummy hash so that the response
   * time does not reveal which e-mails have accounts. Too many failures for the e-mail or from the
   * client's `address` refuse the attempt before any of that (TOO_MANY_REQUESTS).
   */
  async login(email: string, password: string, address: string): Promise<LoginResult> {
    const attempt = await this.throttle.begin(email, address);
    let user: UserEntity | null;
    try {
      user = await this.checkedUser(email, password);
    } catch (error) {
      // Only a wrong password counts as a failure; a fault of ours does not.
      if (!(error instanceof UnauthenticatedError)) await attempt.release();
      throw error;
    }
    await attempt.release();
    return { token: await this.tokens.sign(claimsOf(user)), user: await this.users.view(user) };
  }

  /** The active user with this e-mail and password; UNAUTHENTICATED otherwise. */
  private async checkedUser(email: string, password: string): Promise<UserEntity> {
    if (password.length > PASSWORD_MAX_LENGTH || email.length > EMAIL_MAX_LENGTH) {
      await this.hasher.verifyNothing('');
      throw wrongCredentials();
    }
    const user = await this.users.findByEmail(email);
    const passwordOk = user
      ? await this.hasher.verify(user.passwordHash, password)
      : await this.hasher.verifyNothing(password);
    if (!user || !passwordOk || !user.active) throw wrongCredentials();
    return user;
  }

  /**
   * The actor of a bearer token, checked against the user's current state on every request: a
   * deactivated or deleted user, or a token revoked since (another token version), is refused,
   * and role changes apply at once. The state comes from {@link UserSessions} (cached while
   * invalidations are sure to arrive).
   */
  async authenticate(token: string): Promise<Actor> {
    return (await this.session(token)).actor;
  }

  /** As {@link authenticate}, with the token's expiry (open WebSockets are closed then). */
  async session(token: string): Promise<Session> {
    let claims: TokenClaims;
    let expiresAt: Date;
    try {
      ({ claims, expiresAt } = await this.tokens.verifyWithExpiry(token));
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      this.logger.debug(error.message);
      throw invalidToken();
    }
    const user = await this.sessions.user(claims.sub);
    if (!user || !user.active || user.tokenVersion !== (claims.tokenVersion ?? 0)) throw invalidToken();
    return { actor: actorOf(user), expiresAt };
  }

  /**
   * Forgets the failed sign-ins counted for an e-mail address (an administrator's decision), and
   * records who did it, under the user when one has that address.
   */
  async clearSignInLock(actor: Actor, email: string): Promise<boolean> {
    const cleared = await this.throttle.clear(email);
    const address = normalizeEmail(email);
    await this.transactions.run(async (manager) => {
      const user = await this.users.findByEmail(address, manager);
      await this.audit.record(manager, {
        actor,
        entity: user ? 'User' : 'SignInLock',
        entityId: user ? user.id : address.slice(0, 64),
        action: 'CLEAR_SIGN_IN_LOCK',
        before: { email: address, locked: cleared },
        after: { email: address, locked: false },
        providerCode: null,
      });
    });
    return cleared;
  }

  /** Signs the user out everywhere: every token issued so far stops working, on every instance. */
  async logout(actor: Actor): Promise<boolean> {
    await this.users.revokeTokens(actor.userId);
    return true;
  }

  /**
   * The actor of an `Authorization` header (HTTP, or `connectionParams.authorization` of a
   * WebSocket): null without one (anonymous); UNAUTHENTICATED for anything but a valid
   * `Bearer <token>` of an active user.
   */
  async actorOfAuthorization(header: string | string[] | undefined): Promise<Actor | null> {
    return (await this.sessionOfAuthorization(header))?.actor ?? null;
  }

  /** As {@link actorOfAuthorization}, with the token's expiry. */
  async sessionOfAuthorization(header: string | string[] | undefined): Promise<Session | null> {
    const token = bearerToken(header);
    if (token === undefined) return null;
    if (token === null) throw invalidToken();
    return this.session(token);
  }

  async me(actor: Actor | null): Promise<UserView | null> {
    if (!actor) return null;
    const user = await this.users.findById(actor.userId);
    return user ? this.users.view(user) : null;
  }

  /** Revokes every token issued so far (DESIGN, "Sessions"): the user signs in again with the new password. */
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
        revokeTokens: true,
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
    tokenVersion: user.tokenVersion,
  };
}

/** The actor is built from the user row, not from the token's claims, so it is always current. */
function actorOf(user: SessionUser): Actor {
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    providerCode: user.providerCode,
    agencyId: user.agencyId,
    mustChangePassword: user.mustChangePassword,
  };
}
