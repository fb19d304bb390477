import { EventEmitter } from 'node:events';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { EventBus } from '../common/events/event-bus.js';
import type { UserEntity } from './user.entity.js';

/** What the auth hook needs of a user to accept a token: no name, no password hash. */
export type SessionUser = Pick<
  UserEntity,
  'id' | 'email' | 'role' | 'providerCode' | 'agencyId' | 'active' | 'mustChangePassword' | 'tokenVersion'
>;

/**
 * One primary-key read of the session columns, as plain SQL: on every signed-in request without
 * Redis, where building the query and hydrating an entity cost more than the read itself.
 * `:id` becomes the driver's placeholder.
 */
const SESSION_QUERY =
  'SELECT id, email, role, provider_code, agency_id, active, must_change_password, token_version FROM users WHERE id = :id';

interface SessionRow {
  id: string;
  email: string;
  role: SessionUser['role'];
  provider_code: string | null;
  agency_id: string | null;
  /** SQLite answers 1 or 0, PostgreSQL a boolean. */
  active: boolean | number;
  must_change_password: boolean | number;
  token_version: number | string;
}

function sessionUserOf(row: SessionRow): SessionUser {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    providerCode: row.provider_code,
    agencyId: row.agency_id,
    active: row.active === true || row.active === 1,
    mustChangePassword: row.must_change_password === true || row.must_change_password === 1,
    tokenVersion: Number(row.token_version),
  };
}

/** The event sent on every instance when a user changed (ids only, as every event). */
const USER_CHANGED = 'user-sessions';
/** Short: the cache only saves repeated reads, invalidation events make it exact. */
const CACHE_TTL_MS = 5_000;
const CACHE_MAX_USERS = 10_000;

/**
 * The state of each user that decides whether their tokens are accepted, and the news that it
 * changed. Every committed change of a user is announced here ({@link changed}): the entry is
 * dropped on this instance at once and on every other one through Redis within a second, and
 * open WebSockets of that user are re-checked ({@link onChange}).
 *
 * The per-process cache is used only while invalidations from other instances are sure to
 * arrive, i.e. with Redis connected (DESIGN, "Caching"): it is dropped whole when Redis
 * reconnects (events sent meanwhile are lost). Without Redis every request reads the row, so a
 * revocation on any instance applies at the next request.
 */
@Injectable()
export class UserSessions implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(UserSessions.name);
  private readonly cache = new LRUCache<string, SessionUser>({ max: CACHE_MAX_USERS, ttl: CACHE_TTL_MS });
  private readonly listeners = new EventEmitter();
  /** Bumped by every drop, so a read that raced with a change is not cached. */
  private epoch = 0;
  private feed: AsyncIterableIterator<{ userId: string }> | null = null;
  /** False until the event feed runs, and after it failed: nothing would invalidate the cache. */
  private following = false;
  private closed = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventBus,
  ) {
    this.listeners.setMaxListeners(0);
  }

  onApplicationBootstrap(): void {
    // Redis (re)connected: what changed meanwhile is unknown, and a feed that failed starts again.
    this.events.onReconnect(() => {
      this.dropAll();
      this.startFollowing();
    });
    this.events.whenReceiving(() => this.startFollowing());
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await this.feed?.return?.();
    this.feed = null;
  }

  /** True while user state is served from the cache: Redis is configured, connected and followed. */
  get caching(): boolean {
    return this.following && this.events.distributed && this.events.receiving;
  }

  /** The user's session state: from the cache when that is safe, else one primary-key read. */
  async user(userId: string): Promise<SessionUser | null> {
    const cacheable = this.caching;
    const cached = cacheable ? this.cache.get(userId) : undefined;
    if (cached) return cached;
    const epoch = this.epoch;
    const rows = (await this.dataSource.query(this.sessionSql(), [userId])) as SessionRow[];
    const user = rows[0] ? sessionUserOf(rows[0]) : null;
    if (user && cacheable && epoch === this.epoch) this.cache.set(userId, user);
    return user;
  }

  private sql: string | null = null;

  /** {@link SESSION_QUERY} with the driver's placeholder (`?` or `$1`), made once. */
  private sessionSql(): string {
    this.sql ??= this.dataSource.driver.escapeQueryWithParameters(SESSION_QUERY, { id: '' })[0];
    return this.sql;
  }

  /** A change of this user has committed: forget it here, now, and on every other instance. */
  changed(userId: string): void {
    this.drop(userId);
    this.events.publish(USER_CHANGED, { userId });
  }

  /** Calls `listener` with the id of every user who changed, on this instance or another. */
  onChange(listener: (userId: string) => void): () => void {
    this.listeners.on('changed', listener);
    return () => this.listeners.off('changed', listener);
  }

  private startFollowing(): void {
    if (this.feed || this.closed) return;
    const feed = this.events.events<{ userId: string }>(USER_CHANGED);
    this.feed = feed;
    this.following = true;
    void this.follow(feed);
  }

  private async follow(feed: AsyncIterableIterator<{ userId: string }>): Promise<void> {
    try {
      for await (const event of feed) {
        if (typeof event.userId === 'string') this.drop(event.userId);
      }
    } catch (error) {
      this.logger.error({ message: 'User change events stopped', error: String(error) });
      this.following = false;
      if (this.feed === feed) this.feed = null;
      this.dropAll();
    }
  }

  private drop(userId: string): void {
    this.epoch += 1;
    this.cache.delete(userId);
    this.listeners.emit('changed', userId);
  }

  private dropAll(): void {
    this.epoch += 1;
    this.cache.clear();
  }
}
