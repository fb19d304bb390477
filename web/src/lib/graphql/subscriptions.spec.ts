import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffDelay, useStatusAnnouncement } from './subscriptions';

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
