import { useQueryClient } from '@tanstack/react-query';
import { createClient, type Client } from 'graphql-ws';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { logger } from '../logger';
import { endSession, sessionToken, subscribeToSession } from '../session/session-store';
import type { TypedDocumentString } from './generated/graphql';
import { isTooManyConnections, noteLiveConnectionClosed } from './live-paused';

/** What a live subscription tells its page. */
export interface LiveHandlers<TResult> {
  /** An event: the subscription's data. */
  next(data: TResult): void;
  /** The connection is back after a drop: events may have been missed, so refresh. */
  reconnected?(): void;
}

/** Starts one subscription for the holder of `token`; returns the function that stops it. */
export type LiveSource = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  token: string,
  handlers: LiveHandlers<TResult>,
) => () => void;

/**
 * The delay before reconnecting attempt `retries` (0, 1, 2…): 1 s, 2 s, 4 s… at most 30 s, plus up
 * to 1 s at random so that the clients of a restarted server do not all come back at once.
 */
export function backoffDelay(retries: number, random: () => number = Math.random): number {
  return Math.min(30_000, 1000 * 2 ** retries) + Math.floor(random() * 1000);
}

/** The server closes a socket whose token expired or was revoked with graphql-ws's "Unauthorized". */
export const UNAUTHORIZED_CLOSE = 4401;

/**
 * A socket closed with 4401 means the sign-in is over (expired, or revoked by a sign-out, a new
 * password…): end the session, so the app asks the person to sign in again, instead of
 * reconnecting with a token the server will not take. graphql-ws itself never retries 4401.
 */
export function followSocketClose(event: unknown, token: string): void {
  const code = (event as { code?: unknown } | null)?.code;
  if (code === UNAUTHORIZED_CLOSE) endSession('unauthenticated', token);
}

interface SharedClient {
  token: string;
  client: Client;
  reconnectListeners: Set<() => void>;
}

/** One WebSocket per signed-in session, opened while a page follows something and closed after. */
let shared: SharedClient | null = null;

function clientFor(token: string): SharedClient {
  if (shared?.token === token) return shared;
  // Another user (or a new sign-in) never shares the previous one's connection.
  void shared?.client.dispose();
  const reconnectListeners = new Set<() => void>();
  const protocol = globalThis.location?.protocol === 'https:' ? 'wss:' : 'ws:';
  const client = createClient({
    url: `${protocol}//${globalThis.location?.host ?? 'localhost'}/graphql`,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: true,
    lazyCloseTimeout: 3000,
    // Keep trying while a page follows something; a page without a connection works as before.
    retryAttempts: Infinity,
    // Not after 4429 (one connection too many for this user): the page says live updates are paused.
    shouldRetry: (event) => !isTooManyConnections(event),
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, backoffDelay(retries))),
    on: {
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) for (const listener of reconnectListeners) listener();
      },
      // 4429: one connection too many (live updates paused); 4401: the sign-in is over.
      closed: (event) => {
        noteLiveConnectionClosed(event);
        followSocketClose(event, token);
      },
    },
  });
  shared = { token, client, reconnectListeners };
  return shared;
}

/** The real source: graphql-ws over the app's own `/graphql`, signed in with the session token. */
export const graphqlWsSource: LiveSource = (document, variables, token, handlers) => {
  // Without WebSocket (an old browser, a test environment) pages simply are not live.
  if (typeof globalThis.WebSocket !== 'function') return () => undefined;
  const { client, reconnectListeners } = clientFor(token);
  const reconnected = () => handlers.reconnected?.();
  reconnectListeners.add(reconnected);
  const stop = client.subscribe(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        if (result.data) handlers.next(result.data as never);
        else if (result.errors) logger.warn('A live subscription was refused', result.errors);
      },
      error: (error) => logger.warn('A live subscription failed', error),
      complete: () => undefined,
    },
  );
  return () => {
    reconnectListeners.delete(reconnected);
    stop();
  };
};

/**
 * Follows a GraphQL subscription while the component is shown and someone is signed in (none when
 * signed out; a new sign-in starts again with its own token). The handlers may change on every
 * render; the subscription only restarts when the document, the variables or the token change.
 */
export function useLiveSubscription<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  handlers: LiveHandlers<TResult>,
  source: LiveSource = graphqlWsSource,
): void {
  const token = useSyncExternalStore(subscribeToSession, sessionToken, () => null);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (!token) return undefined;
    return source(document, JSON.parse(key) as TVariables, token, {
      next: (data) => latest.current.next(data),
      reconnected: () => latest.current.reconnected?.(),
    });
  }, [document, key, token, source]);
}

/** A page's live status message and what to tell it when an event reports a status. */
export interface StatusAnnouncement<TStatus extends string> {
  /** What the page's polite live region says; null until a change made elsewhere. */
  message: string | null;
  /** Takes the status a live event reports. */
  heard(status: TStatus): void;
}

/**
 * Puts a change of status made elsewhere (the centre decided, the agency withdrew) in words for a
 * page's polite live region. A change this page is making itself (a mutation still waiting for its
 * answer) is not announced: the page says that in its own notice. Nothing is said before the page
 * shows a status (`shownStatus` undefined while it loads).
 */
export function useStatusAnnouncement<TStatus extends string>(
  shownStatus: TStatus | undefined,
  words: (status: TStatus) => string,
): StatusAnnouncement<TStatus> {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const shown = useRef(shownStatus);
  useEffect(() => {
    shown.current = shownStatus;
  }, [shownStatus]);
  const heard = (status: TStatus) => {
    if (shown.current === undefined || status === shown.current || queryClient.isMutating() > 0) return;
    shown.current = status;
    setMessage(words(status));
  };
  return { message, heard };
}
