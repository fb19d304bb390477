import { codePointLength, isLanguageTag, isProviderCode } from '@servicekatalog/shared';
import { BadUserInputError } from '../common/errors/domain-error.js';
import type { Role } from '../auth/actor.js';

export const PASSWORD_MIN_LENGTH = 12;
/** Generous, but bounds the work a single login can ask of the hasher. */
export const PASSWORD_MAX_LENGTH = 256;
export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 200;
export const DEFAULT_LOCALE = 'en';

// Deliberately lenient (one @, no spaces): the address is an identifier here, not a mailbox we
// send to, and local set-ups use addresses such as admin@localhost.
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** E-mail addresses are compared case-insensitively: stored and looked up lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function checkEmail(email: string, field = 'email'): string {
  const normalized = normalizeEmail(email ?? '');
  if (!EMAIL.test(normalized) || normalized.length > EMAIL_MAX_LENGTH) {
    throw new BadUserInputError('Enter a valid e-mail address.', field);
  }
  return normalized;
}

export function checkNewPassword(password: string, field = 'password'): string {
  if (typeof password !== 'string' || password.length < PASSWORD_MIN_LENGTH) {
    throw new BadUserInputError(`The password must have at least ${PASSWORD_MIN_LENGTH} characters.`, field);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw new BadUserInputError(`The password must have at most ${PASSWORD_MAX_LENGTH} characters.`, field);
  }
  return password;
}

export function checkName(name: string, field = 'name'): string {
  const trimmed = (name ?? '').trim();
  if (!trimmed || codePointLength(trimmed) > NAME_MAX_LENGTH) {
    throw new BadUserInputError(`The name must have 1 to ${NAME_MAX_LENGTH} characters.`, field);
  }
  return trimmed;
}

export function checkLocale(locale: string | null | undefined, field = 'locale'): string {
  if (locale === undefined || locale === null) return DEFAULT_LOCALE;
  if (!isLanguageTag(locale) || locale.length > 10) {
    throw new BadUserInputError(
      'locale must be a language code such as "da", "nb", "sv", "fi", "is" or "en".',
      field,
    );
  }
  return locale;
}

/**
 * Who a user works for follows from the role: an account manager belongs to a provider, a
 * customer to an agency, an administrator to neither.
 */
export function checkAttachment(
  role: Role,
  providerCode: string | null | undefined,
  agencyId: string | null | undefined,
): { providerCode: string | null; agencyId: string | null } {
  const provider = providerCode ?? null;
  const agency = agencyId ?? null;
  if (role === 'ACCOUNT_MANAGER' && !provider)
    throw new BadUserInputError('An account manager needs a provider.', 'providerCode');
  if (role !== 'ACCOUNT_MANAGER' && provider)
    throw new BadUserInputError('Only account managers belong to a provider.', 'providerCode');
  if (role === 'CUSTOMER' && !agency)
    throw new BadUserInputError('A customer user needs an agency.', 'agencyId');
  if (role !== 'CUSTOMER' && agency)
    throw new BadUserInputError('Only customer users belong to an agency.', 'agencyId');
  if (provider !== null && !isProviderCode(provider))
    throw new BadUserInputError('No provider has this code.', 'providerCode');
  return { providerCode: provider, agencyId: agency };
}
