import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Clock } from '../../common/clock/clock.js';
import { TooManyRequestsError } from '../../common/errors/domain-error.js';
import { normalizeEmail } from '../../users/user.rules.js';
import type { AttemptStore, CountedKey } from './attempt-store.js';
import { MemoryAttemptStore } from './memory-attempt-store.js';
import { RedisAttemptStore } from './redis-attempt-store.js';

/** DESIGN, "Limits" → Sign-in: failures count for 15 minutes (sliding). */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/** A sign-in attempt that passed the throttle; its failure is counted unless released (it succeeded). */
export interface SignInAttempt {
  release(): Promise<void>;
}

/**
 * Sign-in throttling (DESIGN, "Limits" → Sign-in): at most `maxFailuresPerEmail` failed attempts
 * per e-mail and `maxFailuresPerAddress` per client address in any 15 minutes; beyond that every
 * attempt for that e-mail or from that address is TOO_MANY_REQUESTS, the right password too,
 * until the failure that keeps it at the limit is 15 minutes old. Counted in Redis when
 * configured (all instances share the counts), in memory otherwise and while Redis is down —
 * never an error. A lock only refuses sign-ins; sessions already open go on.
 */
@Injectable()
export class SignInThrottle implements OnApplicationShutdown {
  private readonly logger = new Logger(SignInThrottle.name);
  private readonly memory = new MemoryAttemptStore();
  private readonly redis: RedisAttemptStore | null;
  private readonly prefix: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.prefix = `${config.redisChannelPrefix}sign-in:`;
    this.redis = config.redisUrl
      ? new RedisAttemptStore(config.redisUrl, (problem) =>
          this.logger.warn({ message: 'Sign-in counts kept in memory: Redis problem', error: problem }),
        )
      : null;
  }

  /**
   * Lets an attempt for `email` from `address` go ahead, its failure counted in advance, or
   * refuses it with TOO_MANY_REQUESTS and the seconds to wait.
   */
  async begin(email: string, address: string): Promise<SignInAttempt> {
    const keys: CountedKey[] = [
      { key: this.emailKey(email), max: this.config.signIn.maxFailuresPerEmail },
      { key: `${this.prefix}address:${address}`, max: this.config.signIn.maxFailuresPerAddress },
    ];
    const member = randomUUID();
    const { store, wait } = await this.reserve(keys, member);
    if (wait !== null) throw tooManyAttempts(wait);
    const names = keys.map((entry) => entry.key);
    return {
      release: () => store.release(names, member).catch((error: unknown) => this.problem(error)),
    };
  }

  /** Forgets the failures counted for `email` (an administrator's clearSignInLock); true when there were any. */
  async clear(email: string): Promise<boolean> {
    const key = this.emailKey(email);
    const inMemory = await this.memory.clear(key);
    const inRedis = this.redis?.up
      ? await this.redis.clear(key).catch((error) => this.problem(error))
      : false;
    return inMemory || inRedis === true;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.close();
  }

  private async reserve(
    keys: CountedKey[],
    member: string,
  ): Promise<{ store: AttemptStore; wait: number | null }> {
    const now = this.clock.now().getTime();
    if (this.redis?.up) {
      try {
        return { store: this.redis, wait: await this.redis.reserve(keys, member, now, SIGN_IN_WINDOW_MS) };
      } catch (error) {
        this.problem(error);
      }
    }
    return { store: this.memory, wait: await this.memory.reserve(keys, member, now, SIGN_IN_WINDOW_MS) };
  }

  /** E-mails are counted as a digest: the counters never hold an address in the clear. */
  private emailKey(email: string): string {
    const digest = createHash('sha256').update(normalizeEmail(email)).digest('base64url');
    return `${this.prefix}email:${digest}`;
  }

  private problem(error: unknown): undefined {
    this.logger.warn({ message: 'Sign-in counts kept in memory: Redis problem', error: String(error) });
    return undefined;
  }
}

function tooManyAttempts(waitMs: number): TooManyRequestsError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new TooManyRequestsError(
    `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    seconds,
  );
}
