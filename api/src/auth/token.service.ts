import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
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
  /**
   * The user's token version when the token was issued (claim `tv`); a token is valid only while
   * it is still the user's. Tokens from before revocation existed carry none: taken as 0.
   */
  tokenVersion?: number;
}

/** Why a token was refused; never shown to the client, which only learns UNAUTHENTICATED. */
export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(`Invalid token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

/** Tokens whose signature and claims were checked, remembered by their exact text. */
const VERIFIED_TOKENS_MAX = 5_000;

interface Verified {
  claims: TokenClaims;
  expiresAt: Date;
  /** `exp` and `nbf` in seconds, as the token says (nbf absent: no lower bound). */
  exp: number;
  nbf: number | undefined;
}

/**
 * Signs and verifies the bearer tokens (JWT, HS256 with the configured secret). A token already
 * verified is recognised by its exact text (any other text, a forged one included, is verified in
 * full) and only its time claims are checked again, as jose checks them: it stays valid while
 * `exp` is after the current second (and `nbf` is not after it). Revocation is not the token's
 * business: the token version is checked against the user on every request (AuthService).
 */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  private readonly verified = new LRUCache<string, Verified>({ max: VERIFIED_TOKENS_MAX });

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
      ...(claims.tokenVersion === undefined ? {} : { tv: claims.tokenVersion }),
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
    return (await this.verifyWithExpiry(token, now)).claims;
  }

  /** As {@link verify}, with the moment the token expires (for closing its WebSocket then). */
  async verifyWithExpiry(
    token: string,
    now: Date = new Date(),
  ): Promise<{ claims: TokenClaims; expiresAt: Date }> {
    const known = this.verified.get(token);
    if (known) {
      const second = Math.floor(now.getTime() / 1000);
      if (known.exp <= second) throw new InvalidTokenError('"exp" claim timestamp check failed');
      if (known.nbf !== undefined && known.nbf > second)
        throw new InvalidTokenError('"nbf" claim timestamp check failed');
      return { claims: { ...known.claims }, expiresAt: new Date(known.expiresAt) };
    }
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
    const claims = claimsOf(payload);
    const exp = Number(payload.exp);
    const expiresAt = new Date(exp * 1000);
    const nbf = typeof payload.nbf === 'number' ? payload.nbf : undefined;
    this.verified.set(token, { claims, expiresAt, exp, nbf });
    return { claims, expiresAt };
  }
}

function claimsOf(payload: Record<string, unknown>): TokenClaims {
  const { sub, email, role, providerCode, agencyId, tv } = payload;
  if (typeof sub !== 'string' || !sub) throw new InvalidTokenError('no subject');
  if (typeof email !== 'string') throw new InvalidTokenError('no e-mail');
  if (!isRole(role)) throw new InvalidTokenError('unknown role');
  if (tv !== undefined && !Number.isSafeInteger(tv)) throw new InvalidTokenError('bad token version');
  return {
    sub,
    email,
    role,
    providerCode: typeof providerCode === 'string' ? providerCode : null,
    agencyId: typeof agencyId === 'string' ? agencyId : null,
    ...(Number.isSafeInteger(tv) ? { tokenVersion: tv as number } : {}),
  };
}

function isRole(value: unknown): value is Role {
  return ROLES.some((role) => role === value);
}
