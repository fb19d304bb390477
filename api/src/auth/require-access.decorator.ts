import { SetMetadata, type CustomDecorator } from '@nestjs/common';
import type { Action } from '@servicekatalog/shared';

export const REQUIRED_ACCESS = 'servicekatalog:required-access';
export const IGNORES_TOKEN = 'servicekatalog:ignores-token';
export const ALLOWED_BEFORE_PASSWORD_CHANGE = 'servicekatalog:allowed-before-password-change';

/**
 * The action a resolver (method or whole class) performs, checked by the auth guard with the same
 * rule services use ({@link requireAccess}): anonymous callers get UNAUTHENTICATED, signed-in
 * callers whose role never may FORBIDDEN. Finer rules (whose catalogue, whose quote) belong to
 * the service, which takes the Actor.
 */
export function RequireAccess(action: Action): CustomDecorator<string> {
  return SetMetadata(REQUIRED_ACCESS, action);
}

/**
 * The operation does not look at the bearer token at all (`login`): a client that still sends an
 * expired token must be able to sign in again. `@CurrentActor()` is null there.
 */
export function IgnoreToken(): CustomDecorator<string> {
  return SetMetadata(IGNORES_TOKEN, true);
}

/**
 * The operation stays open to a user who must change a one-time password first (`me`,
 * `changePassword`); every other operation refuses such a user with FORBIDDEN.
 */
export function AllowedBeforePasswordChange(): CustomDecorator<string> {
  return SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE, true);
}
