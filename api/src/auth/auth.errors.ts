import { ForbiddenError, UnauthenticatedError } from '../common/errors/domain-error.js';

/**
 * One message for a wrong password, an unknown e-mail and a deactivated user, so a failed login
 * never tells whether an account exists (DESIGN, "Run modes").
 */
export const WRONG_CREDENTIALS_MESSAGE = 'E-mail or password is wrong.';

export function wrongCredentials(): UnauthenticatedError {
  return new UnauthenticatedError(WRONG_CREDENTIALS_MESSAGE);
}

/**
 * A user with a one-time password (set by an administrator) must change it first: every operation
 * but `me`, `changePassword` and `login` is refused until then.
 */
export function passwordChangeRequired(): ForbiddenError {
  return new ForbiddenError('Change your one-time password first: use changePassword, then continue.', {
    reason: 'PASSWORD_CHANGE_REQUIRED',
  });
}

/** A token that is malformed, tampered with, expired, or of a user who is gone or deactivated. */
export function invalidToken(): UnauthenticatedError {
  return new UnauthenticatedError('Your sign-in is not valid any more. Please sign in again.');
}
