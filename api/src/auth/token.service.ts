import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify } from 'jose';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ROLES, type Role } from './actor.js';

export const TOKEN_ISSUER = 'servicekatalog';
export const TOKEN_ALGORITHM = 'HS256';
/** DESIGN, "Run modes": tokens live 8 hours. */
export const TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;

/** What a token says about its user when it was issued. */
export interface TokenClaims {
  /** The user id. */
  sub: string;
  email: string;
  role: Role;
  providerCode: string | null;
  agencyId: string | null;
}

/** Why a token was refused; never shown to the client, which only learns UNAUTHENTICATED. */
export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(`Invalid token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

/** Signs and verifies the bearer tokens (JWT, HS256 with the configured secret). */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.jwtSecret) throw new Error('The JWT signing secret is not set.');
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  async sign(claims: TokenClaims, now: Date = new Date()): Promise<string> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    return new SignJWT({
      email: claims.email,
      role: claims.role,
      providerCode: claims.providerCode,
      agencyId: claims.agencyId,
    })
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer(TOKEN_ISSUER)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + TOKEN_LIFETIME_SECONDS)
      .sign(this.key);
  }

  /**
   * The claims of a token this app signed that has not expired; otherwise InvalidTokenError
   * (bad signature, other algorithm, other issuer, expired, malformed).
   */
  async verify(token: string, now: Date = new Date()): Promise<TokenClaims> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: [TOKEN_ALGORITHM],
        issuer: TOKEN_ISSUER,
        requiredClaims: ['sub', 'exp', 'iat'],
        currentDate: now,
      }));
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : String(error));
    }
    return claimsOf(payload);
  }
}

function claimsOf(payload: Record<string, unknown>): TokenClaims {
  const { sub, email, role, providerCode, agencyId } = payload;
  if (typeof sub !== 'string' || !sub) throw new InvalidTokenError('no subject');
  if (typeof email !== 'string') throw new InvalidTokenError('no e-mail');
  if (!isRole(role)) throw new InvalidTokenError('unknown role');
  return {
    sub,
    email,
    role,
    providerCode: typeof providerCode === 'string' ? providerCode : null,
    agencyId: typeof agencyId === 'string' ? agencyId : null,
  };
}

function isRole(value: unknown): value is Role {
  return ROLES.some((role) => role === value);
}
