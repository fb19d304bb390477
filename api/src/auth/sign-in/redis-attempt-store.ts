import { Redis } from 'ioredis';
import type { AttemptStore, CountedKey } from './attempt-store.js';

/**
 * Trims each key (a sorted set of failures scored by time) to the window; if any key is at its
 * limit, answers the wait in ms until it is not, counting nothing; else adds the failure to every
 * key. One script, so concurrent attempts on all instances see each other's reservations.
 * KEYS: the counters; ARGV: now, window, member, then each key's limit.
 */
const RESERVE = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local wait = 0
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local max = tonumber(ARGV[3 + i])
  local count = redis.call('ZCARD', key)
  if count >= max then
    local entry = redis.call('ZRANGE', key, count - max, count - max, 'WITHSCORES')
    local left = tonumber(entry[2]) + window - now
    if left > wait then wait = left end
  end
end
if wait > 0 then return wait end
for _, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[3])
  redis.call('PEXPIRE', key, window)
end
return -1
`;

/** Answers slower than this count as Redis being down: sign-in never waits on it. */
const COMMAND_TIMEOUT_MS = 1000;

/**
 * Failed sign-ins shared by every instance, in Redis. Commands fail at once while the connection
 * is down (no offline queue), and the caller falls back to counting in memory.
 */
export class RedisAttemptStore implements AttemptStore {
  private readonly client: Redis;

  constructor(url: string, onProblem: (message: string) => void) {
    this.client = new Redis(url, {
      connectionName: 'servicekatalog-sign-in',
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
      retryStrategy: (times) => Math.min(times * 200, 5000),
    });
    let lastProblem = '';
    this.client.on('error', (error: Error) => {
      if (error.message === lastProblem) return;
      lastProblem = error.message;
      onProblem(error.message);
    });
    this.client.on('ready', () => {
      lastProblem = '';
    });
  }

  /** True while commands can be sent. */
  get up(): boolean {
    return this.client.status === 'ready';
  }

  async reserve(
    keys: readonly CountedKey[],
    member: string,
    now: number,
    windowMs: number,
  ): Promise<number | null> {
    const names = keys.map((entry) => entry.key);
    const limits = keys.map((entry) => String(entry.max));
    const wait = Number(
      await this.client.eval(
        RESERVE,
        names.length,
        ...names,
        String(now),
        String(windowMs),
        member,
        ...limits,
      ),
    );
    return wait > 0 ? wait : null;
  }

  async release(keys: readonly string[], member: string): Promise<void> {
    await Promise.all(keys.map((key) => this.client.zrem(key, member)));
  }

  async clear(key: string): Promise<boolean> {
    return (await this.client.del(key)) > 0;
  }

  async close(): Promise<void> {
    if (this.client.status === 'ready') await this.client.quit().catch(() => this.client.disconnect());
    else this.client.disconnect();
  }
}
