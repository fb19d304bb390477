import { LRUCache } from 'lru-cache';
import { waitUntilBelow, type AttemptStore, type CountedKey } from './attempt-store.js';

interface Failure {
  at: number;
  member: string;
}

/** Keys kept at most: an attacker cycling addresses or e-mails cannot grow memory without bound. */
const MAX_KEYS = 100_000;

/**
 * Failed sign-ins of this process (no Redis, or Redis down). Each key holds at most its limit of
 * entries (refused attempts are not counted), and the least recently used keys go first.
 */
export class MemoryAttemptStore implements AttemptStore {
  private readonly failures = new LRUCache<string, Failure[]>({ max: MAX_KEYS });

  reserve(
    keys: readonly CountedKey[],
    member: string,
    now: number,
    windowMs: number,
  ): Promise<number | null> {
    let wait = 0;
    for (const { key, max } of keys) {
      const recent = (this.failures.get(key) ?? []).filter((failure) => failure.at > now - windowMs);
      this.failures.set(key, recent);
      const times = recent.map((failure) => failure.at);
      wait = Math.max(wait, waitUntilBelow(times, max, now, windowMs));
    }
    if (wait > 0) return Promise.resolve(wait);
    for (const { key } of keys) this.failures.get(key)?.push({ at: now, member });
    return Promise.resolve(null);
  }

  release(keys: readonly string[], member: string): Promise<void> {
    for (const key of keys) {
      const failures = this.failures.get(key);
      if (failures)
        this.failures.set(
          key,
          failures.filter((failure) => failure.member !== member),
        );
    }
    return Promise.resolve();
  }

  clear(key: string): Promise<boolean> {
    const had = (this.failures.get(key)?.length ?? 0) > 0;
    this.failures.delete(key);
    return Promise.resolve(had);
  }
}
