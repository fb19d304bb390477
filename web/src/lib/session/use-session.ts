import { useMemo, useSyncExternalStore } from 'react';
import { requestLogin, requestLogout, requestPasswordChange } from './session-api';
import {
  endSession,
  getSession,
  lastSessionEnd,
  sessionToken,
  startSession,
  subscribeToSession,
  updateSessionUser,
  type SessionEnd,
  type SessionUser,
} from './session-store';

export type SessionStatus = 'anonymous' | 'signed-in' | 'loading';

export interface Session {
  /** 'loading': a token is kept but who it belongs to is still being asked. */
  status: SessionStatus;
  user: SessionUser | null;
  /** How the previous session ended, if it did in this page (for "you were signed out" notes). */
  ended: SessionEnd | null;
  /**
   * Signs in; rejects with the API's GraphQLRequestError (UNAUTHENTICATED for a wrong e-mail or
   * password alike). `mustChangePassword`: the user has a one-time password to change first.
   */
  signIn(email: string, password: string): Promise<{ mustChangePassword: boolean }>;
  signOut(): void;
  /** Rejects with BAD_USER_INPUT (field currentPassword or newPassword) when refused. */
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
}

async function signIn(email: string, password: string): Promise<{ mustChangePassword: boolean }> {
  const { token, user } = await requestLogin(email.trim(), password);
  startSession(token, user);
  return { mustChangePassword: user.mustChangePassword };
}

/**
 * Asks the API to revoke the session's tokens (`logout`: on every device), then drops the token
 * here at once — the page never waits for the network to sign out. Offline, the request fails
 * and the token is simply left to expire.
 */
function signOut(): void {
  const token = sessionToken();
  if (token) requestLogout(token).catch(() => undefined);
  endSession('signed-out');
}

/**
 * A password change revokes every token, this session's too (DESIGN, "Sessions"), so the app
 * signs in again with the new password. Should that fail (offline), the session is left as it
 * is: the API refuses its next request and the person is asked to sign in.
 */
async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  const email = getSession()?.user?.email;
  await requestPasswordChange(currentPassword, newPassword);
  updateSessionUser((user) => user && { ...user, mustChangePassword: false });
  if (!email) return;
  try {
    // Only the token is new: who the user is stays as known (SessionProvider refreshes it with `me`).
    const { token } = await requestLogin(email, newPassword);
    const known = getSession()?.user;
    if (known) startSession(token, known);
  } catch {
    // Left as described above.
  }
}

/**
 * The signed-in user and the ways to sign in and out. Works anywhere in the app (the session lives
 * in a module store); SessionProvider, once at the top, keeps it in step with the API.
 */
export function useSession(): Session {
  const session = useSyncExternalStore(subscribeToSession, getSession, () => null);
  const ended = useSyncExternalStore(subscribeToSession, lastSessionEnd, () => null);
  return useMemo(() => {
    const status: SessionStatus = !session ? 'anonymous' : session.user ? 'signed-in' : 'loading';
    return { status, user: session?.user ?? null, ended, signIn, signOut, changePassword };
  }, [session, ended]);
}
