import { SignJWT, UnsecuredJWT, decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import type { AppConfig } from '../config/config.js';
import {
  InvalidTokenError,
  TOKEN_LIFETIME_SECONDS,
  TokenService,
  type TokenClaims,
} from './token.service.js';

const SECRET = 'unit-test-secret-0123456789-0123456789';
const service = new TokenService({ jwtSecret: SECRET } as AppConfig);
const claims: TokenClaims = {
  sub: 'user-1',
  email: 'anna@example.test',
  role: 'ACCOUNT_MANAGER',
  providerCode: 'DFO-NO',
  agencyId: null,
};
const issuedAt = new Date('2027-03-01T08:00:00Z');
const seconds = (date: Date): number => Math.floor(date.getTime() / 1000);

describe('TokenService', () => {
  it('verifies what it signs and returns the claims', async () => {
    const token = await service.sign(claims, issuedAt);
    await expect(service.verify(token, issuedAt)).resolves.toEqual(claims);
  });

  it('carries the token version (claim tv) when given, and refuses a malformed one', async () => {
    const versioned = await service.sign({ ...claims, tokenVersion: 4 }, issuedAt);
    expect(decodeJwt(versioned).tv).toBe(4);
    await expect(service.verify(versioned, issuedAt)).resolves.toEqual({ ...claims, tokenVersion: 4 });
    const { expiresAt } = await service.verifyWithExpiry(versioned, issuedAt);
    expect(expiresAt.getTime()).toBe(issuedAt.getTime() + TOKEN_LIFETIME_SECONDS * 1000);
    const bad = await new SignJWT({ email: 'a@b', role: 'ADMIN', tv: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('user-1')
      .setIssuer('servicekatalog')
      .setIssuedAt(seconds(issuedAt))
      .setExpirationTime(seconds(issuedAt) + 60)
      .sign(new TextEncoder().encode(SECRET));
    await expect(service.verify(bad, issuedAt)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('signs HS256 tokens of issuer servicekatalog that live exactly 8 hours', async () => {
    const token = await service.sign(claims, issuedAt);
    const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const payload = decodeJwt(token);
    expect(header.alg).toBe('HS256');
    expect(payload).toMatchObject({
      iss: 'servicekatalog',
      sub: 'user-1',
      role: 'ACCOUNT_MANAGER',
      providerCode: 'DFO-NO',
      agencyId: null,
    });
    expect(payload.iat).toBe(seconds(issuedAt));
    expect(payload.exp).toBe(seconds(issuedAt) + 8 * 60 * 60);
  });

  it('accepts a token until it expires and refuses it afterwards', async () => {
    const token = await service.sign(claims, issuedAt);
    const lastSecond = new Date(issuedAt.getTime() + (TOKEN_LIFETIME_SECONDS - 1) * 1000);
    const expired = new Date(issuedAt.getTime() + (TOKEN_LIFETIME_SECONDS + 1) * 1000);
    await expect(service.verify(token, lastSecond)).resolves.toEqual(claims);
    await expect(service.verify(token, expired)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('a token verified before is judged on its expiry exactly as a first check judges it', async () => {
    const token = await service.sign({ ...claims, sub: 'user-remembered' }, issuedAt);
    const expiry = new Date(issuedAt.getTime() + TOKEN_LIFETIME_SECONDS * 1000);
    const lastMoment = new Date(expiry.getTime() - 1);
    // A fresh service checks in full; `service` has seen the token once (then from memory).
    const fresh = () => new TokenService({ jwtSecret: SECRET } as AppConfig);
    await expect(service.verify(token, issuedAt)).resolves.toMatchObject({ sub: 'user-remembered' });
    for (const verifier of [service, fresh()]) {
      await expect(verifier.verifyWithExpiry(token, lastMoment)).resolves.toEqual({
        claims: { ...claims, sub: 'user-remembered' },
        expiresAt: expiry,
      });
      await expect(verifier.verify(token, expiry)).rejects.toBeInstanceOf(InvalidTokenError);
    }
    // The same header and payload with another signature is not the remembered token.
    const [header, payload] = token.split('.');
    const otherSignature = Buffer.from('x'.repeat(32)).toString('base64url');
    await expect(service.verify(`${header}.${payload}.${otherSignature}`, issuedAt)).rejects.toBeInstanceOf(
      InvalidTokenError,
    );
  });

  it('refuses a token whose payload was changed', async () => {
    const token = await service.sign(claims, issuedAt);
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...decodeJwt(token), role: 'ADMIN' })).toString('base64url');
    await expect(service.verify(`${header}.${forged}.${signature}`, issuedAt)).rejects.toBeInstanceOf(
      InvalidTokenError,
    );
  });

  it('refuses a token signed with another secret', async () => {
    const other = new TokenService({ jwtSecret: 'another-secret-0123456789-0123456789' } as AppConfig);
    await expect(service.verify(await other.sign(claims, issuedAt), issuedAt)).rejects.toBeInstanceOf(
      InvalidTokenError,
    );
  });

  it('refuses unsigned tokens, other algorithms and other issuers', async () => {
    const key = new TextEncoder().encode(SECRET);
    const body = { email: claims.email, role: claims.role };
    const iat = seconds(issuedAt);
    const unsigned = new UnsecuredJWT(body)
      .setSubject('user-1')
      .setIssuer('servicekatalog')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 60)
      .encode();
    const hs512 = await new SignJWT(body)
      .setProtectedHeader({ alg: 'HS512' })
      .setSubject('user-1')
      .setIssuer('servicekatalog')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 60)
      .sign(key);
    const otherIssuer = await new SignJWT(body)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('user-1')
      .setIssuer('elsewhere')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 60)
      .sign(key);
    for (const token of [unsigned, hs512, otherIssuer, 'not-a-token', '']) {
      await expect(service.verify(token, issuedAt)).rejects.toBeInstanceOf(InvalidTokenError);
    }
  });

  it('refuses a correctly signed token without a subject, expiry or known role', async () => {
    const key = new TextEncoder().encode(SECRET);
    const iat = seconds(issuedAt);
    const sign = (
      payload: Record<string, unknown>,
      subject: string | null,
      exp: number | null,
    ): Promise<string> => {
      const jwt = new SignJWT(payload)
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('servicekatalog')
        .setIssuedAt(iat);
      if (subject) jwt.setSubject(subject);
      if (exp) jwt.setExpirationTime(exp);
      return jwt.sign(key);
    };
    const noSubject = await sign({ email: 'a@b', role: 'ADMIN' }, null, iat + 60);
    const noExpiry = await sign({ email: 'a@b', role: 'ADMIN' }, 'user-1', null);
    const badRole = await sign({ email: 'a@b', role: 'ROOT' }, 'user-1', iat + 60);
    for (const token of [noSubject, noExpiry, badRole]) {
      await expect(service.verify(token, issuedAt)).rejects.toBeInstanceOf(InvalidTokenError);
    }
  });

  it('will not start without a signing secret', () => {
    expect(() => new TokenService({ jwtSecret: undefined } as AppConfig)).toThrow(/secret/);
  });
});
