import { useMemo, useSyncExternalStore } from 'react';
import { requestLogin, requestPasswordChange } from './session-api';
import {
  endSession,
  getSession,
  lastSessionEnd,
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

function signOut(): void {
  endSession('signed-out');
}

async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await requestPasswordChange(currentPassword, newPassword);
  updateSessionUser((user) => user && { ...user, mustChangePassword: false });
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
