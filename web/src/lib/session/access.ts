import { managesProvider, mayDo, rolesFor, type Action, type Subject } from '@servicekatalog/shared';
import type { SessionUser } from './session-store';

/**
 * Who may do what, in the web: the same pure rules the API decides by (shared/src/access), so a
 * page offers exactly what the API would allow and the roles are written down once.
 */
export function subjectOf(
  user: Pick<SessionUser, 'role' | 'providerCode' | 'agency'> | null,
): Subject | null {
  return user
    ? { role: user.role, providerCode: user.providerCode, agencyId: user.agency?.id ?? null }
    : null;
}

/** Whether the signed-in user (or nobody) may do `action` to anything at all. */
export function userMay(user: Pick<SessionUser, 'role'> | null | undefined, action: Action): boolean {
  return mayDo(user ?? null, action);
}

/** Whether the user manages the centre: its administrators and its own account managers. */
export function userManages(
  user: Pick<SessionUser, 'role' | 'providerCode' | 'agency'> | null | undefined,
  providerCode: string,
): boolean {
  return managesProvider(subjectOf(user ?? null), providerCode);
}

export { rolesFor };
