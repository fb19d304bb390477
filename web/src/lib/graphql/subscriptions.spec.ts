import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSession, lastSessionEnd } from '../session/session-store';
import { CUSTOMER, signedInAs } from '../../test/session';
import { TypedDocumentString } from './generated/graphql';
import { liveUpdatesPaused, resetLiveUpdatesPaused } from './live-paused';
import { backoffDelay, followSocketClose, graphqlWsSource, useStatusAnnouncement } from './subscriptions';

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

describe('when the live connection closes: 4429 (one too many for the user) pauses, others reconnect', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    resetLiveUpdatesPaused();
  });

  /** A WebSocket whose server accepts the socket, then closes it on `connection_init` with `code`. */
  function refusingSockets(code: number) {
    const opened: string[] = [];
    class RefusingSocket {
      static readonly CONNECTING = 0;
      static readonly OPEN = 1;
      static readonly CLOSING = 2;
      static readonly CLOSED = 3;
      readyState = 0;
      protocol = 'graphql-transport-ws';
      onopen: (() => void) | null = null;
      onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
      onerror: ((event: unknown) => void) | null = null;
      onmessage: ((event: { data: string }) => void) | null = null;
      constructor(url: string) {
        opened.push(url);
        setTimeout(() => {
          this.readyState = 1;
          this.onopen?.();
        }, 1);
      }
      send() {
        setTimeout(() => this.close(code, 'refused'), 1);
      }
      close(closeCode = 1000, reason = '') {
        if (this.readyState === 3) return;
        this.readyState = 3;
        this.onclose?.({ code: closeCode, reason, wasClean: true });
      }
    }
    vi.stubGlobal('WebSocket', RefusingSocket);
    return opened;
  }

  const FOLLOW = new TypedDocumentString<unknown, Record<string, never>>(
    'subscription { quoteInboxChanged { id } }',
  );

  it('pauses live updates in this tab and does not reconnect', async () => {
    vi.useFakeTimers();
    const opened = refusingSockets(4429);
    const stop = graphqlWsSource(FOLLOW, {}, 'token-4429', { next: () => undefined });
    await vi.advanceTimersByTimeAsync(100);
    expect(liveUpdatesPaused()).toBe(true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(opened).toHaveLength(1);
    stop();
  });

  it('keeps reconnecting after other closes, without pausing', async () => {
    vi.useFakeTimers();
    const opened = refusingSockets(1012);
    const stop = graphqlWsSource(FOLLOW, {}, 'token-1012', { next: () => undefined });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(liveUpdatesPaused()).toBe(false);
    expect(opened.length).toBeGreaterThan(1);
    stop();
  });
});
