/**
 * Signing in and the signed-in user, for the whole app:
 * - `useSession()` → { status, user, ended, signIn, signOut, changePassword };
 * - `SessionProvider` once near the top (inside the QueryClientProvider);
 * - `RequireSignIn` around pages that need a signed-in user (optionally with `roles`);
 * - `SESSION_SCOPE` first in the query key of every answer that depends on who is signed in.
 * `execute()` sends the token by itself and drops it when the API answers UNAUTHENTICATED.
 */
export { useSession, type Session, type SessionStatus } from './use-session';
export { SessionProvider, SESSION_SCOPE } from './SessionProvider';
export {
  RequireSignIn,
  PasswordChangeGate,
  safeNext,
  loginPath,
  LOGIN_PATH,
  CHANGE_PASSWORD_PATH,
} from './RequireSignIn';
export { tokenExpiry, type SessionUser, type Role, type SessionEnd } from './session-store';
export { rolesFor, subjectOf, userManages, userMay } from './access';
