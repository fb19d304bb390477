import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { requestMe } from './session-api';
import { endSession, getSession, subscribeToSession, updateSessionUser } from './session-store';

/**
 * The first element of every query key whose answer depends on who is signed in (quotes, users…):
 * those answers are removed from the cache when the signed-in user changes, so the next person at
 * the same browser never sees the last one's data.
 */
export const SESSION_SCOPE = 'session';

/**
 * Keeps the session in step with the API: a session restored from storage is checked once with
 * `me` (a deactivated user is signed out, a changed name or role shows), and the cache of
 * user-dependent answers is emptied whenever the user changes.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const session = useSyncExternalStore(subscribeToSession, getSession, () => null);
  const queryClient = useQueryClient();
  const userId = session?.user?.id ?? null;
  const token = session?.token ?? null;

  const previousUser = useRef(userId);
  useEffect(() => {
    if (previousUser.current === userId) return;
    previousUser.current = userId;
    queryClient.removeQueries({ queryKey: [SESSION_SCOPE] });
  }, [userId, queryClient]);

  // Only the token found at start-up is checked: a fresh sign-in already brought its user.
  const restored = useRef(token);
  useEffect(() => {
    const startToken = restored.current;
    if (!startToken) return;
    requestMe().then(
      (user) => {
        if (getSession()?.token !== startToken) return; // signed out or in again meanwhile
        if (user) updateSessionUser(() => user);
        else endSession('unauthenticated', startToken);
      },
      () => undefined, // offline or a server fault: keep the session; the next request will tell
    );
  }, []);

  return children;
}
