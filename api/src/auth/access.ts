import { ForbiddenError, UnauthenticatedError } from '../common/errors/domain-error.js';
import type { Actor, Role } from './actor.js';

/**
 * Role checks for services, which take the Actor (resolvers use @RequireRoles instead). Anonymous
 * is UNAUTHENTICATED; a signed-in actor without one of the roles is FORBIDDEN.
 */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

export function requireRole(actor: Actor | null, ...roles: Role[]): Actor {
  const signedIn = requireActor(actor);
  if (!roles.includes(signedIn.role)) throw new ForbiddenError();
  return signedIn;
}

/**
 * True when `actor` manages the provider `providerCode` (DESIGN, "Who may do what"): an
 * administrator every provider, an account manager its own centre; nobody else.
 */
export function managesProvider(actor: Actor | null, providerCode: string): boolean {
  if (!actor) return false;
  if (actor.role === 'ADMIN') return true;
  return actor.role === 'ACCOUNT_MANAGER' && actor.providerCode === providerCode;
}
