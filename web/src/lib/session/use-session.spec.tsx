import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { execute } from '../graphql/client';
import { TypedDocumentString } from '../graphql/generated/graphql';
import { graphQLErrors, mockApi } from '../../test/graphql-mock';
import { CUSTOMER, fakeToken, loginResponse, signedInAs, signedOut } from '../../test/session';
import { SESSION_STORAGE_KEY, tokenExpiry } from './session-store';
import { SESSION_SCOPE, SessionProvider } from './SessionProvider';
import { useSession } from './use-session';

// Built by hand, not with graphql(): codegen would ship a test-only operation to the browser.
const ProbeDocument = new TypedDocumentString<{ me: { id: string } | null }, Record<string, never>>(
  'query SessionProbe { me { id } }',
);

function stored(): { token: string; user: { name: string } | null } | null {
  const text = localStorage.getItem(SESSION_STORAGE_KEY);
  return text ? JSON.parse(text) : null;
}

function wrapper(client = new QueryClient()) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={client}>
        <SessionProvider>{children}</SessionProvider>
      </QueryClientProvider>
    );
  };
}

describe('useSession', () => {
  beforeEach(() => signedOut());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('signs in with the API, keeps the token in localStorage and sends it as a bearer token', async () => {
    const token = fakeToken();
    const api = mockApi({
      Login: () => loginResponse(CUSTOMER, token),
      SessionProbe: () => ({ me: { id: CUSTOMER.id } }),
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    const { result } = renderHook(() => useSession(), { wrapper: wrapper() });
    expect(result.current.status).toBe('anonymous');

    let outcome: { mustChangePassword: boolean } | undefined;
    await act(async () => {
      outcome = await result.current.signIn(' kunde@eksempelstyrelsen.example ', 'servicekatalog-demo');
    });
    expect(outcome).toEqual({ mustChangePassword: false });
    expect(api.calls[0].variables).toEqual({
      email: 'kunde@eksempelstyrelsen.example',
      password: 'servicekatalog-demo',
    });
    expect(api.calls[0].headers.authorization).toBeUndefined();
    expect(result.current.status).toBe('signed-in');
    expect(result.current.user).toEqual(CUSTOMER);
    expect(stored()?.token).toBe(token);

    await execute(ProbeDocument, {});
    expect(api.calls[1].headers.authorization).toBe(`Bearer ${token}`);
  });

  it('rejects a wrong password with the API’s UNAUTHENTICATED and stays signed out', async () => {
    const api = mockApi({ Login: () => graphQLErrors({ code: 'UNAUTHENTICATED' }) });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    const { result } = renderHook(() => useSession(), { wrapper: wrapper() });
    await act(async () => {
      await expect(result.current.signIn('kunde@eksempelstyrelsen.example', 'wrong')).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
      });
    });
    expect(result.current.status).toBe('anonymous');
    expect(stored()).toBeNull();
  });

  it('reports a one-time password that must be changed, and forgets it once changed', async () => {
    const api = mockApi({
      Login: () => loginResponse({ ...CUSTOMER, mustChangePassword: true }),
      ChangePassword: () => ({ changePassword: true }),
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    const { result } = renderHook(() => useSession(), { wrapper: wrapper() });
    await act(async () => {
      expect(await result.current.signIn(CUSTOMER.email, 'one-time-password')).toEqual({
        mustChangePassword: true,
      });
    });
    expect(result.current.user?.mustChangePassword).toBe(true);
    await act(() => result.current.changePassword('one-time-password', 'a new password of mine'));
    expect(api.calls[1].variables).toEqual({
      currentPassword: 'one-time-password',
      newPassword: 'a new password of mine',
    });
    expect(result.current.user?.mustChangePassword).toBe(false);
  });

  it('signs out: the token is dropped and user-dependent answers leave the cache', async () => {
    vi.stubGlobal('fetch', vi.fn(mockApi({ Me: () => ({ me: CUSTOMER }) }).fetchMock));
    signedInAs(CUSTOMER);
    const client = new QueryClient();
    client.setQueryData([SESSION_SCOPE, 'quotes'], ['a quote']);
    client.setQueryData(['catalogue-versions'], ['public']);
    const { result } = renderHook(() => useSession(), { wrapper: wrapper(client) });
    expect(result.current.status).toBe('signed-in');
    act(() => result.current.signOut());
    expect(result.current.status).toBe('anonymous');
    expect(result.current.ended).toBe('signed-out');
    expect(stored()).toBeNull();
    await waitFor(() => expect(client.getQueryData([SESSION_SCOPE, 'quotes'])).toBeUndefined());
    expect(client.getQueryData(['catalogue-versions'])).toEqual(['public']);
  });

  it('signs out through the API: logout is sent with the token, which is dropped here at once', async () => {
    const api = mockApi({ Logout: () => ({ logout: true }) });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    const token = signedInAs(CUSTOMER);
    const { result } = renderHook(() => useSession());
    act(() => result.current.signOut());
    expect(result.current.status).toBe('anonymous');
    expect(stored()).toBeNull();
    await waitFor(() => expect(api.calls.map((call) => call.operation)).toEqual(['Logout']));
    expect(api.calls[0].headers.authorization).toBe(`Bearer ${token}`);
  });

  it('signs out here even when logout cannot reach the API', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    signedInAs(CUSTOMER);
    const { result } = renderHook(() => useSession());
    act(() => result.current.signOut());
    expect(result.current.status).toBe('anonymous');
    expect(result.current.ended).toBe('signed-out');
  });

  it('signs in again with the new password after changing it (the change revokes the old token)', async () => {
    const fresh = fakeToken(8 * 60 * 60, 'user-1-again');
    const api = mockApi({
      ChangePassword: () => ({ changePassword: true }),
      Login: () => loginResponse(CUSTOMER, fresh),
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    signedInAs({ ...CUSTOMER, mustChangePassword: true });
    const { result } = renderHook(() => useSession());
    await act(() => result.current.changePassword('one-time-password', 'a new password of mine'));
    expect(api.calls.map((call) => call.operation)).toEqual(['ChangePassword', 'Login']);
    expect(api.calls[1].variables).toEqual({ email: CUSTOMER.email, password: 'a new password of mine' });
    expect(stored()?.token).toBe(fresh);
    expect(result.current.user).toEqual(CUSTOMER);
  });

  it('does not restore an expired token from storage', () => {
    signedInAs(CUSTOMER, fakeToken(-60));
    const { result } = renderHook(() => useSession());
    expect(result.current.status).toBe('anonymous');
    expect(result.current.ended).toBe('expired');
    expect(stored()).toBeNull();
  });

  it('drops the session when the token expires while the page is open', () => {
    vi.useFakeTimers();
    signedInAs(CUSTOMER, fakeToken(60));
    const { result } = renderHook(() => useSession());
    expect(result.current.status).toBe('signed-in');
    act(() => vi.advanceTimersByTime(61_000));
    expect(result.current.status).toBe('anonymous');
    expect(result.current.ended).toBe('expired');
    expect(stored()).toBeNull();
  });

  it('drops the token when the API answers UNAUTHENTICATED, and asks again without it', async () => {
    const token = signedInAs(CUSTOMER);
    const api = mockApi({
      Me: () => ({ me: CUSTOMER }),
      SessionProbe: (_variables, call) =>
        call.headers.authorization ? graphQLErrors({ code: 'UNAUTHENTICATED' }) : { me: null },
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    const { result } = renderHook(() => useSession());
    expect(result.current.status).toBe('signed-in');
    let answer: unknown;
    await act(async () => {
      answer = await execute(ProbeDocument, {});
    });
    expect(answer).toEqual({ me: null });
    const probes = api.calls.filter((call) => call.operation === 'SessionProbe');
    expect(probes.map((call) => call.headers.authorization)).toEqual([`Bearer ${token}`, undefined]);
    expect(result.current.status).toBe('anonymous');
    expect(result.current.ended).toBe('unauthenticated');
    expect(stored()).toBeNull();
  });

  it('checks a restored session with me: a deactivated user is signed out, a renamed one shows', async () => {
    signedInAs(CUSTOMER);
    vi.stubGlobal(
      'fetch',
      vi.fn(mockApi({ Me: () => ({ me: { ...CUSTOMER, name: 'Karin K. Kunde' } }) }).fetchMock),
    );
    const { result } = renderHook(() => useSession(), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.user?.name).toBe('Karin K. Kunde'));
    cleanup();

    signedInAs(CUSTOMER);
    vi.stubGlobal(
      'fetch',
      vi.fn(
        mockApi({
          Me: (_variables, call) =>
            call.headers.authorization ? graphQLErrors({ code: 'UNAUTHENTICATED' }) : { me: null },
        }).fetchMock,
      ),
    );
    const second = renderHook(() => useSession(), { wrapper: wrapper() });
    await waitFor(() => expect(second.result.current.status).toBe('anonymous'));
  });

  it('remembers that the API wants a one-time password changed first', async () => {
    signedInAs(CUSTOMER);
    vi.stubGlobal(
      'fetch',
      vi.fn(
        mockApi({
          SessionProbe: () => graphQLErrors({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' }),
        }).fetchMock,
      ),
    );
    const { result } = renderHook(() => useSession());
    await act(async () => {
      await expect(execute(ProbeDocument, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
    expect(result.current.user?.mustChangePassword).toBe(true);
    expect(stored()?.user).toMatchObject({ mustChangePassword: true });
  });

  it('reads the expiry of a JWT, and none from something else', () => {
    const token = fakeToken(3600);
    expect(tokenExpiry(token)).toBeGreaterThan(Date.now() + 3_590_000);
    expect(tokenExpiry('not-a-token')).toBeNull();
  });
});
