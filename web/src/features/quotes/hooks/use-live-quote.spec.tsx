import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { i18next } from '../../../i18n/i18n';
import type { LiveHandlers, LiveSource } from '../../../lib/graphql/subscriptions';
import { endSession, startSession } from '../../../lib/session/session-store';
import { mockApi } from '../../../test/graphql-mock';
import { draftQuote } from '../../../test/quotes';
import { CUSTOMER, fakeToken, signedInAs, signedOut } from '../../../test/session';
import { useQuote, type QuoteStatus } from '../api/quotes';
import '../../../components/quote/i18n';
import { useLiveQuote } from './use-live-quote';

type QuoteChanged = { quoteChanged: { id: string; status: QuoteStatus; version: number } };

/**
 * The transport boundary: records every subscription the hook starts, so a test can deliver events
 * (and reconnections) the way graphql-ws would.
 */
function fakeSource() {
  const started: Array<{
    variables: unknown;
    token: string;
    handlers: LiveHandlers<QuoteChanged>;
    stopped: boolean;
  }> = [];
  const source: LiveSource = (_document, variables, token, handlers) => {
    const entry = { variables, token, handlers: handlers as LiveHandlers<QuoteChanged>, stopped: false };
    started.push(entry);
    return () => {
      entry.stopped = true;
    };
  };
  const live = () => started.filter((entry) => !entry.stopped);
  return { source, started, live };
}

/** The API holds one quote whose status a test changes, as the centre would. */
function serveQuote(status: QuoteStatus) {
  const state = { status, version: 2 };
  const api = mockApi({
    Quote: () => ({ quote: draftQuote({ id: 'quote-1', status: state.status, version: state.version }) }),
  });
  vi.stubGlobal('fetch', vi.fn(api.fetchMock));
  const quoteReads = () => api.calls.filter((call) => call.operation === 'Quote').length;
  return { state, quoteReads };
}

function renderLiveQuote(source: LiveSource, client = new QueryClient()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(
    () => {
      const quote = useQuote('quote-1');
      const message = useLiveQuote({ id: 'quote-1', status: quote.data?.status ?? 'SUBMITTED' }, source);
      const pending = useMutation({ mutationFn: () => new Promise<never>(() => undefined) });
      return { quote, message, pending };
    },
    { wrapper },
  );
}

const event = (status: QuoteStatus, version = 3): QuoteChanged => ({
  quoteChanged: { id: 'quote-1', status, version },
});

describe('useLiveQuote', () => {
  beforeEach(async () => {
    signedInAs(CUSTOMER);
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    signedOut();
  });

  it('follows the quote with the session token, reloads it on an event and announces the new status', async () => {
    const api = serveQuote('SUBMITTED');
    const live = fakeSource();
    const { result } = renderLiveQuote(live.source);
    await waitFor(() => expect(result.current.quote.data?.status).toBe('SUBMITTED'));
    expect(live.live()).toHaveLength(1);
    expect(live.started[0].variables).toEqual({ id: 'quote-1' });
    expect(live.started[0].token).toBe(JSON.parse(localStorage.getItem('servicekatalog.session')!).token);
    expect(result.current.message).toBeNull();

    api.state.status = 'ACCEPTED';
    act(() => live.started[0].handlers.next(event('ACCEPTED')));
    expect(result.current.message).toBe('The centre accepted this quote.');
    await waitFor(() => expect(result.current.quote.data?.status).toBe('ACCEPTED'));
    expect(api.quoteReads()).toBe(2);
  });

  it('says it in the interface language', async () => {
    serveQuote('SUBMITTED');
    await act(() => i18next.changeLanguage('sv'));
    const live = fakeSource();
    const { result } = renderLiveQuote(live.source);
    await waitFor(() => expect(result.current.quote.data?.status).toBe('SUBMITTED'));
    act(() => live.started[0].handlers.next(event('REJECTED')));
    expect(result.current.message).toBe('Centret har avslagit offerten.');
  });

  it('reloads without announcing when the status stayed (a comment), and after a reconnection', async () => {
    const api = serveQuote('SUBMITTED');
    const live = fakeSource();
    const { result } = renderLiveQuote(live.source);
    await waitFor(() => expect(api.quoteReads()).toBe(1));
    act(() => live.started[0].handlers.next(event('SUBMITTED', 2)));
    await waitFor(() => expect(api.quoteReads()).toBe(2));
    act(() => live.started[0].handlers.reconnected?.());
    await waitFor(() => expect(api.quoteReads()).toBe(3));
    expect(result.current.message).toBeNull();
  });

  it('does not announce a change this page is making itself (its mutation has not answered yet)', async () => {
    const api = serveQuote('DRAFT');
    const live = fakeSource();
    const { result } = renderLiveQuote(live.source);
    await waitFor(() => expect(result.current.quote.data?.status).toBe('DRAFT'));
    act(() => result.current.pending.mutate());
    await waitFor(() => expect(result.current.pending.isPending).toBe(true));
    api.state.status = 'SUBMITTED';
    act(() => live.started[0].handlers.next(event('SUBMITTED')));
    await waitFor(() => expect(result.current.quote.data?.status).toBe('SUBMITTED'));
    expect(result.current.message).toBeNull();
  });

  it('subscribes only while someone is signed in, again with a new token after signing in', async () => {
    signedOut();
    serveQuote('SUBMITTED');
    const live = fakeSource();
    renderLiveQuote(live.source);
    expect(live.started).toHaveLength(0);

    const token = fakeToken(3600, 'user-2');
    act(() => startSession(token, CUSTOMER));
    expect(live.live()).toHaveLength(1);
    expect(live.live()[0].token).toBe(token);

    act(() => endSession('signed-out'));
    expect(live.live()).toHaveLength(0);
    expect(live.started).toHaveLength(1);
  });
});
