import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/actor.js';
import { BadUserInputError } from '../common/errors/domain-error.js';
import { checkAttachment, checkEmail, checkLocale, checkNewPassword } from './user.rules.js';

function fieldOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    if (error instanceof BadUserInputError) return error.extensions.field;
    throw error;
  }
  return null;
}

describe('user rules', () => {
  it.each<[Role, string | null, string | null, string | null]>([
    ['ADMIN', null, null, null],
    ['ADMIN', 'SA-DK', null, 'providerCode'],
    ['ADMIN', null, 'agency-1', 'agencyId'],
    ['ACCOUNT_MANAGER', 'SA-DK', null, null],
    ['ACCOUNT_MANAGER', null, null, 'providerCode'],
    ['ACCOUNT_MANAGER', 'SA-DK', 'agency-1', 'agencyId'],
    ['ACCOUNT_MANAGER', 'not a code', null, 'providerCode'],
    ['CUSTOMER', null, 'agency-1', null],
    ['CUSTOMER', null, null, 'agencyId'],
    ['CUSTOMER', 'SA-DK', 'agency-1', 'providerCode'],
  ])('%s with provider %s and agency %s: bad field %s', (role, providerCode, agencyId, field) => {
    expect(fieldOf(() => checkAttachment(role, providerCode, agencyId))).toBe(field);
  });

  it('lower-cases and trims e-mail addresses and refuses malformed ones', () => {
    expect(checkEmail('  Anna.Berg@Example.SE ')).toBe('anna.berg@example.se');
    expect(checkEmail('admin@localhost')).toBe('admin@localhost');
    for (const bad of ['', 'anna', 'anna@', '@example.se', 'an na@example.se', 'a@b@c']) {
      expect(fieldOf(() => checkEmail(bad))).toBe('email');
    }
  });

  it('wants new passwords of 12 to 256 characters', () => {
    expect(fieldOf(() => checkNewPassword('x'.repeat(11)))).toBe('password');
    expect(checkNewPassword('x'.repeat(12))).toBe('x'.repeat(12));
    expect(checkNewPassword('x'.repeat(256))).toHaveLength(256);
    expect(fieldOf(() => checkNewPassword('x'.repeat(257), 'newPassword'))).toBe('newPassword');
  });

  it('defaults the locale to English and refuses country codes', () => {
    expect(checkLocale(undefined)).toBe('en');
    expect(checkLocale('nb')).toBe('nb');
    expect(checkLocale('en-GB')).toBe('en-GB');
    expect(fieldOf(() => checkLocale('dk'))).toBe('locale');
  });
});
