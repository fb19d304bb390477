import { SESSION_STORAGE_KEY, resetSessionForTests, type SessionUser } from '../lib/session/session-store';

const base64url = (value: unknown) =>
  btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A token shaped like the API's (HS256 JWT); only its `exp` matters to the web app. */
export function fakeToken(expiresInSeconds = 8 * 60 * 60, subject = 'user-1'): string {
  const now = Math.floor(Date.now() / 1000);
  return `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ sub: subject, iat: now, exp: now + expiresInSeconds })}.signature`;
}

export const CUSTOMER: SessionUser = {
  id: 'user-1',
  email: 'kunde@eksempelstyrelsen.example',
  name: 'Karin Kunde',
  role: 'CUSTOMER',
  providerCode: null,
  agency: { id: 'agency-1', name: 'Eksempelstyrelsen' },
  locale: 'da',
  mustChangePassword: false,
};

/** Starts a test signed in as `user` (the session as a previous visit left it in storage). */
export function signedInAs(user: SessionUser = CUSTOMER, token = fakeToken()): string {
  resetSessionForTests();
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token, user }));
  return token;
}

/** Starts a test signed out. */
export function signedOut(): void {
  resetSessionForTests();
  localStorage.removeItem(SESSION_STORAGE_KEY);
}

/** The `login` answer of the API for `user`. */
export function loginResponse(user: SessionUser = CUSTOMER, token = fakeToken()) {
  return {
    login: {
      token,
      mustChangePassword: user.mustChangePassword,
      user: { ...user, agency: user.agency },
    },
  };
}
