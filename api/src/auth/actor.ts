import type { Role } from '@servicekatalog/shared';

/** Roles of DESIGN's "Who may do what", defined with the rules in shared/src/access. */
export { ROLES, type Role } from '@servicekatalog/shared';

/**
 * Who is making a request, as established from a valid bearer token. Anonymous requests have no
 * actor (null). Services take the actor as an argument and decide what it may do.
 */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  /** The centre an account manager works for. */
  providerCode: string | null;
  /** The agency a customer user belongs to. */
  agencyId: string | null;
  /**
   * The user signed in with a one-time password and must change it before doing anything else
   * (only `me` and `changePassword` are allowed). Absent for actors that are not users.
   */
  mustChangePassword?: boolean;
}
