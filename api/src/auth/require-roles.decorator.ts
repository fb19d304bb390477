import { SetMetadata, type CustomDecorator } from '@nestjs/common';
import { ROLES, type Role } from './actor.js';

export const REQUIRED_ROLES = 'servicekatalog:required-roles';
export const IGNORES_TOKEN = 'servicekatalog:ignores-token';
export const ALLOWED_BEFORE_PASSWORD_CHANGE = 'servicekatalog:allowed-before-password-change';

/**
 * Roles allowed to call a resolver (method or whole class). Anonymous callers get
 * UNAUTHENTICATED, signed-in callers without one of the roles FORBIDDEN. Finer rules (whose
 * catalogue, whose quote) belong to the service, which takes the Actor.
 */
export function RequireRoles(role: Role, ...more: Role[]): CustomDecorator<string> {
  return SetMetadata(REQUIRED_ROLES, [role, ...more]);
}

/** Any signed-in user, whatever the role. */
export function RequireSignIn(): CustomDecorator<string> {
  const [first, ...rest] = ROLES;
  return RequireRoles(first, ...rest);
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
