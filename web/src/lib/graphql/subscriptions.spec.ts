import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { getSession, lastSessionEnd } from '../session/session-store';
import { CUSTOMER, signedInAs } from '../../test/session';
import { backoffDelay, followSocketClose, useStatusAnnouncement } from './subscriptions';

describe('backoffDelay (reconnecting the live subscriptions)', () => {
  it('doubles from 1 s up to 30 s, plus up to 1 s at random', () => {
    const none = () => 0;
    expect([0, 1, 2, 3, 4, 5, 10].map((retries) => backoffDelay(retries, none))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
    expect(backoffDelay(0, () => 0.9999)).toBe(1999);
    expect(backoffDelay(20, () => 0.5)).toBe(30500);
  });
});

describe('followSocketClose (a socket closed by the server)', () => {
  it('ends the session on 4401 (token expired or revoked), so the app asks to sign in again', () => {
    const token = signedInAs(CUSTOMER);
    followSocketClose({ code: 4401, reason: 'Your sign-in is not valid any more.' }, token);
    expect(getSession()).toBeNull();
    expect(lastSessionEnd()).toBe('unauthenticated');
  });

  it('keeps the session on other closes (a restart, 1012), and for a token no longer in use', () => {
    const token = signedInAs(CUSTOMER);
    followSocketClose({ code: 1012, reason: 'Service restart' }, token);
    followSocketClose({ code: 1006 }, token);
    followSocketClose({ code: 4401 }, 'an older token');
    expect(getSession()?.token).toBe(token);
  });
});

describe('useStatusAnnouncement', () => {
  afterEach(cleanup);

  function render(initial: string | undefined) {
    const client = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) =>
      createElement(QueryClientProvider, { client }, children);
    return renderHook(({ shown }) => useStatusAnnouncement(shown, (status) => `Now ${status}`), {
      wrapper,
      initialProps: { shown: initial },
    });
  }

  it('says nothing while the page shows no status yet, nor for the status it shows', () => {
    const { result, rerender } = render(undefined);
    act(() => result.current.heard('ACCEPTED'));
    expect(result.current.message).toBeNull();
    rerender({ shown: 'SUBMITTED' });
    act(() => result.current.heard('SUBMITTED'));
    expect(result.current.message).toBeNull();
  });

  it('words a new status once, and the next change again', () => {
    const { result } = render('SUBMITTED');
    act(() => result.current.heard('WITHDRAWN'));
    expect(result.current.message).toBe('Now WITHDRAWN');
    act(() => result.current.heard('DRAFT'));
    expect(result.current.message).toBe('Now DRAFT');
  });
});
