import { useSyncExternalStore } from 'react';

/**
 * The server's close code for a user's connection beyond the allowed number (DESIGN "Limits": 5 per
 * user on each instance). graphql-ws's client does not reconnect after it, and neither should we:
 * reconnecting would only be refused again, in a loop, for as long as the other tabs stay open.
 */
export const TOO_MANY_CONNECTIONS = 4429;

let paused = false;
const listeners = new Set<() => void>();

/** Takes note of how the live connection closed: refused as one too many, live updates pause. */
export function noteLiveConnectionClosed(event: unknown): void {
  if (!isTooManyConnections(event) || paused) return;
  paused = true;
  for (const listener of listeners) listener();
}

export function isTooManyConnections(event: unknown): boolean {
  return (
    typeof event === 'object' && event !== null && (event as { code?: unknown }).code === TOO_MANY_CONNECTIONS
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once this tab's live connection was refused for too many: until the page is reloaded. */
export function liveUpdatesPaused(): boolean {
  return paused;
}

export function useLiveUpdatesPaused(): boolean {
  return useSyncExternalStore(subscribe, liveUpdatesPaused, () => false);
}

/** For tests: as a freshly loaded tab. */
export function resetLiveUpdatesPaused(): void {
  paused = false;
  for (const listener of listeners) listener();
}
