import type { Actor } from './actor.js';

/**
 * What an actor sees of agencies and everything that belongs to one (its quotes…), per DESIGN's
 * "Who may do what": admins everything, account managers the agencies their centre serves,
 * customers their own agency.
 */
export type AgencyScope = { all: true } | { providerCode: string } | { agencyId: string } | { none: true };

/** The agency a thing belongs to and the centre that serves it. */
export interface AgencyOwnership {
  agencyId: string;
  providerCode: string;
}

export function agencyScopeOf(actor: Actor): AgencyScope {
  switch (actor.role) {
    case 'ADMIN':
      return { all: true };
    case 'ACCOUNT_MANAGER':
      return actor.providerCode ? { providerCode: actor.providerCode } : { none: true };
    case 'CUSTOMER':
      return actor.agencyId ? { agencyId: actor.agencyId } : { none: true };
    default:
      return assertNever(actor.role);
  }
}

/** True when `actor` may see what belongs to this agency. */
export function maySeeAgencyOwned(actor: Actor, owned: AgencyOwnership): boolean {
  const scope = agencyScopeOf(actor);
  if ('all' in scope) return true;
  if ('providerCode' in scope) return scope.providerCode === owned.providerCode;
  if ('agencyId' in scope) return scope.agencyId === owned.agencyId;
  return false;
}

function assertNever(value: never): never {
  throw new Error(`Unexpected role ${String(value)}`);
}
