import type { ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from './test-app.js';

/** Results and completion of one subscription, as a real graphql-ws client receives them. */
export interface SubscriptionProbe<T = Record<string, unknown>> {
  /** Every result received so far, in order. */
  readonly results: ExecutionResult<T>[];
  /** The next result not yet taken; fails after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ExecutionResult<T>>;
  /** Resolves once the server completes the subscription (e.g. after an error on subscribing). */
  readonly completed: Promise<void>;
  /** Stops the subscription. */
  stop(): void;
}

/**
 * A real `graphql-ws` client over a real WebSocket to the listening app's `/graphql`, signed in
 * with `token` through `connectionParams.authorization` (anonymous without one).
 */
export function wsClient(testApp: TestApp, token?: string): Client {
  return createClient({
    url: `${testApp.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

export function subscribe<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): SubscriptionProbe<T> {
  const results: ExecutionResult<T>[] = [];
  let taken = 0;
  const waiters: Array<() => void> = [];
  let complete!: () => void;
  let fail!: (error: unknown) => void;
  const completed = new Promise<void>((resolve, reject) => {
    complete = resolve;
    fail = reject;
  });
  // A failure is reported through `completed` and `next`; keep Node from calling it unhandled.
  completed.catch(() => undefined);
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        results.push(result as ExecutionResult<T>);
        waiters.splice(0).forEach((wake) => wake());
      },
      error: (error) => {
        fail(error);
        waiters.splice(0).forEach((wake) => wake());
      },
      complete: () => {
        complete();
        waiters.splice(0).forEach((wake) => wake());
      },
    },
  );
  return {
    results,
    completed,
    stop,
    async next(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (results.length <= taken) {
        const left = deadline - Date.now();
        if (left <= 0)
          throw new Error(`No subscription result within ${timeoutMs} ms (got ${results.length}).`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return results[taken++];
    },
  };
}

/** Waits until `condition` holds (polling), e.g. until the server has registered a subscription. */
export async function waitUntil(
  condition: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Lets events that would arrive arrive: for asserting that none did. */
export function settle(ms = 400): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
