import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { mergeIterators } from './merge-iterators.js';

/** How long `/readyz` waits for Redis to answer a PING. */
const READY_TIMEOUT_MS = 1000;

/** Listens for Redis coming back (see {@link EventBus.onReconnect}). */
export type RedisReconnectedListener = () => void;

/**
 * Carries subscription events. With REDIS_URL they go through Redis pub/sub, so a change committed
 * on one instance reaches the subscribers connected to any other (DESIGN, "Scale-out"); without it
 * they stay inside this process. Events carry ids only: each subscriber reloads what it may see.
 *
 * Publishing never fails the change that caused it — it has committed already: a lost event is
 * logged, and clients refresh when they (re)connect.
 *
 * Redis down is not an error (DESIGN, "Caching and several instances"): while either connection
 * is down, events are delivered within this instance only (subscribers listen to Redis and to the
 * local emitter); events sent elsewhere meanwhile are lost. When the subscriber connection is
 * back, {@link onReconnect} listeners drop what such events would have invalidated.
 */
@Injectable()
export class EventBus implements OnApplicationShutdown {
  private readonly logger = new Logger(EventBus.name);
  private readonly local = new EventEmitter();
  private readonly localEngine: PubSubEngine;
  private readonly redisEngine: PubSubEngine | null = null;
  private readonly redis: { publisher: Redis; subscriber: Redis } | null = null;
  private readonly prefix: string;
  private readonly reconnectedListeners = new Set<RedisReconnectedListener>();
  private readonly whenSubscriberReady: Array<() => void> = [];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = config.redisChannelPrefix;
    // One listener per open subscription; there is no sensible fixed limit.
    this.local.setMaxListeners(0);
    this.localEngine = new PubSub({ eventEmitter: this.local });
    if (config.redisUrl) {
      const publisher = this.connect(config.redisUrl, 'publisher');
      const subscriber = this.connect(config.redisUrl, 'subscriber');
      this.redis = { publisher, subscriber };
      this.redisEngine = new RedisPubSub({ publisher, subscriber });
    }
  }

  /** True when events cross instances (Redis is configured). */
  get distributed(): boolean {
    return this.redis !== null;
  }

  /**
   * Calls `handler` with every event of `trigger`, from any instance, for the life of the app (no
   * iterator to hold): from Redis while it is up, and from this instance while it is down. With
   * Redis down at start the Redis subscription waits for it (a subscribe sent to a Redis that is not
   * there fails, and the library would leave that failure unhandled); once made, ioredis renews it
   * after every reconnect.
   */
  listen<T>(trigger: string, handler: (payload: T) => void): void {
    const channel = this.channel(trigger);
    void this.localEngine.subscribe(channel, handler, {});
    const redis = this.redisEngine;
    if (!redis) return;
    const subscribe = (): void => {
      redis.subscribe(channel, handler, {}).catch((error: unknown) => {
        this.logger.warn({
          message: 'Could not subscribe; trying again when Redis is back',
          trigger,
          error: String(error),
        });
        this.whenSubscriberReady.push(subscribe);
      });
    };
    this.whenReceiving(subscribe);
  }

  /**
   * Runs `task` as soon as events from other instances can arrive: at once without Redis or with its
   * subscriber connection up, else when that connection is first ready (a subscription made before
   * then would fail).
   */
  whenReceiving(task: () => void): void {
    if (this.receiving) task();
    else this.whenSubscriberReady.push(task);
  }

  /**
   * True when events from other instances arrive: always without Redis (there are none), with it
   * while the subscriber connection is up. Caches that rely on invalidation events check this.
   */
  get receiving(): boolean {
    return !this.redis || this.redis.subscriber.status === 'ready';
  }

  /** Sends `payload` to every subscriber of `trigger`, on every instance; returns at once. */
  publish(trigger: string, payload: Record<string, unknown>): void {
    const engine = this.redisEngine && this.connected() ? this.redisEngine : this.localEngine;
    engine.publish(this.channel(trigger), payload).catch((error: unknown) => {
      this.logger.error({ message: 'An event could not be published', trigger, error: String(error) });
    });
  }

  /** The events of `trigger` from now on; subscribes on the first `next()`, unsubscribes on `return()`. */
  events<T>(trigger: string): AsyncIterableIterator<T> {
    const channel = this.channel(trigger);
    const local = this.localEngine.asyncIterableIterator<T>(channel);
    if (!this.redisEngine) return local;
    return mergeIterators([this.redisEngine.asyncIterableIterator<T>(channel), local]);
  }

  /**
   * Calls `listener` each time the Redis subscriber connection is back after a loss: events sent
   * by other instances meanwhile were lost, so per-process caches they would have cleared (version
   * selections, token checks) should be dropped. Returns the function that stops listening.
   */
  onReconnect(listener: RedisReconnectedListener): () => void {
    this.reconnectedListeners.add(listener);
    return () => this.reconnectedListeners.delete(listener);
  }

  /**
   * How many subscriptions listen to `trigger`: across all instances with Redis (PUBSUB NUMSUB),
   * in this process without. For diagnostics and for tests that wait until a subscription is live.
   */
  async subscriberCount(trigger: string): Promise<number> {
    const channel = this.channel(trigger);
    if (!this.redis || !this.connected()) return this.local.listenerCount(channel);
    const reply = (await this.redis!.publisher.call('PUBSUB', 'NUMSUB', channel)) as [string, number];
    return Number(reply[1]);
  }

  /** With Redis: both connections are up and Redis answers a PING in time (false without Redis). */
  async redisUp(): Promise<boolean> {
    if (!this.redis || !this.connected()) return false;
    const { publisher } = this.redis;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
    });
    try {
      return await Promise.race([publisher.ping().then((reply) => reply === 'PONG'), timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Closes the Redis connections once the subscriptions (and the WebSocket server) are gone. */
  async onApplicationShutdown(): Promise<void> {
    if (!this.redis) return;
    await Promise.all(
      [this.redis.publisher, this.redis.subscriber].map(async (client) => {
        // QUIT would wait in the offline queue for a Redis that is not there.
        if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
        else client.disconnect();
      }),
    );
  }

  private connected(): boolean {
    return this.redis?.publisher.status === 'ready' && this.redis.subscriber.status === 'ready';
  }

  private reconnected(): void {
    this.logger.log('Redis is back: events cross instances again; dropping caches they keep valid');
    for (const listener of this.reconnectedListeners) {
      try {
        listener();
      } catch (error) {
        this.logger.error(
          'A Redis reconnect listener failed',
          error instanceof Error ? error.stack : String(error),
        );
      }
    }
  }

  private channel(trigger: string): string {
    return `${this.prefix}${trigger}`;
  }

  private connect(url: string, role: string): Redis {
    const client = new Redis(url, {
      // The channel prefix names the deployment (or test run), so its connections can be told apart.
      connectionName: `${this.prefix}${role}`,
      // Keep trying, at most every 5 s; meanwhile events stay in this instance and /readyz says so.
      retryStrategy: (times) => Math.min(times * 200, 5000),
    });
    let lastProblem = '';
    client.on('error', (error: Error) => {
      // ioredis repeats the same error on every retry: log a problem once until it changes.
      if (error.message === lastProblem) return;
      lastProblem = error.message;
      this.logger.warn({ message: `Redis ${role} connection problem`, error: error.message });
    });
    let lost = false;
    client.on('close', () => {
      lost = true;
    });
    client.on('ready', () => {
      // Back after a loss, or up at last after being down at start: events may have been missed.
      const recovered = lost || lastProblem !== '';
      if (lastProblem) this.logger.log(`Redis ${role} connection is back`);
      lastProblem = '';
      if (role === 'subscriber') {
        for (const subscribe of this.whenSubscriberReady.splice(0)) subscribe();
        if (recovered) this.reconnected();
      }
      lost = false;
    });
    return client;
  }
}
