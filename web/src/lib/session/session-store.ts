/**
 * The signed-in session, kept outside React so that `execute()` can read the token and drop it:
 * one entry in localStorage ('servicekatalog.session': the token and the user it was issued to),
 * mirrored between tabs, dropped when the token's `exp` has passed or when the API answers
 * UNAUTHENTICATED. Deliberately tiny: it ships with the first route.
 */

/** What the app knows about the signed-in user (the API's `User`, as the header and routes need it). */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: 'ADMIN' | 'ACCOUNT_MANAGER' | 'CUSTOMER';
  providerCode: string | null;
  agency: { id: string; name: string } | null;
  locale: string;
  mustChangePassword: boolean;
}

export type Role = SessionUser['role'];

export interface StoredSession {
  token: string;
  /** Null until `me` has answered (a session restored from an older entry). */
  user: SessionUser | null;
}

/** Why a session ended: asked for, the token ran out, or the API no longer accepts it. */
export type SessionEnd = 'signed-out' | 'expired' | 'unauthenticated';

export const SESSION_STORAGE_KEY = 'servicekatalog.session';

let current: StoredSession | null | undefined;
let lastEnd: SessionEnd | null = null;
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

/**
 * The token's expiry (JWT `exp`) in milliseconds since the epoch; null when the token cannot be
 * read (then it is treated as expired — a token the app cannot read is no use to it).
 */
export function tokenExpiry(token: string): number | null {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

function isLive(token: string, now = Date.now()): boolean {
  const expiry = tokenExpiry(token);
  return expiry !== null && expiry > now;
}

function readStorage(): StoredSession | null {
  try {
    const text = globalThis.localStorage?.getItem(SESSION_STORAGE_KEY);
    if (!text) return null;
    const value = JSON.parse(text) as Partial<StoredSession>;
    return typeof value.token === 'string' ? { token: value.token, user: value.user ?? null } : null;
  } catch {
    return null;
  }
}

function writeStorage(session: StoredSession | null): void {
  try {
    if (session) globalThis.localStorage?.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    else globalThis.localStorage?.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // Storage may be full or disabled (private mode): the session then lasts as long as the page.
  }
}

function emit(): void {
  for (const listener of listeners) listener();
}

/** Drops the session when its token runs out, even if the page just sits there. */
function scheduleExpiry(session: StoredSession | null): void {
  clearTimeout(expiryTimer);
  const expiry = session ? tokenExpiry(session.token) : null;
  if (expiry === null) return;
  const delay = expiry - Date.now();
  // setTimeout cannot wait longer than 2^31 − 1 ms; tokens live 8 hours, so a later one is odd.
  if (delay < 2 ** 31 - 1) expiryTimer = setTimeout(expire, Math.max(0, delay));
}

function expire(): void {
  lastEnd = 'expired';
  if (current) set(null);
  else emit();
}

function set(session: StoredSession | null, persist = true): void {
  current = session;
  if (persist) writeStorage(session);
  scheduleExpiry(session);
  emit();
}

/** The current session, or null; an expired token is dropped here on first sight. */
export function getSession(): StoredSession | null {
  if (current === undefined) {
    const stored = readStorage();
    current = stored && isLive(stored.token) ? stored : null;
    if (stored && !current) {
      writeStorage(null);
      lastEnd = 'expired';
    }
    scheduleExpiry(current);
  } else if (current && !isLive(current.token)) {
    // Silently here (this runs while React renders); the expiry timer tells the listeners.
    lastEnd = 'expired';
    current = null;
    writeStorage(null);
  }
  return current;
}

/** The bearer token to send, or null when nobody is signed in. */
export function sessionToken(): string | null {
  return getSession()?.token ?? null;
}

export function startSession(token: string, user: SessionUser): void {
  lastEnd = null;
  set({ token, user });
}

/** Replaces what is known about the user (after `me` or a password change); ignored when signed out. */
export function updateSessionUser(change: (user: SessionUser | null) => SessionUser | null): void {
  const session = getSession();
  if (session) set({ ...session, user: change(session.user) });
}

/**
 * Ends the session. `token`: only if the session still uses this token — a late UNAUTHENTICATED
 * for an old token must not sign out someone who has signed in again since.
 */
export function endSession(reason: SessionEnd, token?: string): void {
  const session = getSession();
  if (!session || (token !== undefined && session.token !== token)) return;
  lastEnd = reason;
  set(null);
}

/** How the last session ended (null while signed in or when none ended in this page). */
export function lastSessionEnd(): SessionEnd | null {
  return lastEnd;
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Another tab signed in or out: follow it. */
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== SESSION_STORAGE_KEY && event.key !== null) return;
    const stored = readStorage();
    if (!stored && current) lastEnd = 'signed-out';
    set(stored && isLive(stored.token) ? stored : null, false);
  });
}

/** Tests only: forget the in-memory state so the next read starts from storage. */
export function resetSessionForTests(): void {
  clearTimeout(expiryTimer);
  current = undefined;
  lastEnd = null;
  listeners.clear();
}
