/** One counter of failed sign-ins: an e-mail or a client address, with its limit. */
export interface CountedKey {
  key: string;
  max: number;
}

/**
 * Failed sign-ins in a sliding window, per key. An attempt reserves its failure before the
 * password is checked, so concurrent attempts can never count more than `max`; a successful
 * attempt releases its reservation.
 */
export interface AttemptStore {
  /**
   * Counts one failure under every key, unless one of them already has `max` failures in the
   * window: then nothing is counted and the answer is how long (ms) until that key allows one more.
   * Null: counted.
   */
  reserve(keys: readonly CountedKey[], member: string, now: number, windowMs: number): Promise<number | null>;
  /** Takes back a reservation (the attempt succeeded). */
  release(keys: readonly string[], member: string): Promise<void>;
  /** Forgets every failure of `key`; true when there were any. */
  clear(key: string): Promise<boolean>;
}

/**
 * How long until `times` (ascending) has fewer than `max` entries in the window: the wait until
 * the entry whose expiry brings the count below the limit is `windowMs` old. 0 when under the limit.
 */
export function waitUntilBelow(times: readonly number[], max: number, now: number, windowMs: number): number {
  if (times.length < max) return 0;
  return times[times.length - max] + windowMs - now;
}
