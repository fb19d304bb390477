import { describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { EventBus } from '../common/events/event-bus.js';
import { UserSessions, type SessionUser } from './user-sessions.js';

const USER: SessionUser = {
  id: 'user-1',
  email: 'anna@example.test',
  role: 'CUSTOMER',
  providerCode: null,
  agencyId: 'agency-1',
  active: true,
  mustChangePassword: false,
  tokenVersion: 0,
};

/** An event bus as with Redis: whether it is connected, its reconnect listeners, what was published. */
function fakeBus(distributed: boolean) {
  const reconnectListeners: Array<() => void> = [];
  const published: Array<Record<string, unknown>> = [];
  const bus = {
    distributed,
    receiving: true,
    onReconnect: (listener: () => void) => reconnectListeners.push(listener),
    whenReceiving: (task: () => void) => task(),
    publish: (_trigger: string, payload: Record<string, unknown>) => published.push(payload),
    // A feed that never delivers: these tests drive changes through `changed`.
    events: () => ({
      next: () => new Promise<never>(() => undefined),
      return: () => Promise.resolve({ done: true as const, value: undefined }),
      [Symbol.asyncIterator]() {
        return this;
      },
    }),
  };
  return { bus, reconnect: () => reconnectListeners.forEach((listener) => listener()), published };
}

function sessionsWith(distributed: boolean) {
  let reads = 0;
  let row: SessionUser = USER;
  // The row as SQLite answers it (booleans as 1/0, snake_case columns).
  const dataSource = {
    driver: { escapeQueryWithParameters: (sql: string) => [sql.replace(':id', '?'), []] },
    query: () => {
      reads += 1;
      return Promise.resolve([
        {
          id: row.id,
          email: row.email,
          role: row.role,
          provider_code: row.providerCode,
          agency_id: row.agencyId,
          active: row.active ? 1 : 0,
          must_change_password: row.mustChangePassword ? 1 : 0,
          token_version: row.tokenVersion,
        },
      ]);
    },
  } as unknown as DataSource;
  const fake = fakeBus(distributed);
  const sessions = new UserSessions(dataSource, fake.bus as unknown as EventBus);
  sessions.onApplicationBootstrap();
  return {
    sessions,
    ...fake,
    reads: () => reads,
    store: (next: SessionUser) => {
      row = next;
    },
  };
}

describe('UserSessions', () => {
  it('without Redis reads the user on every request (a change elsewhere applies at the next request)', async () => {
    const world = sessionsWith(false);
    await world.sessions.user(USER.id);
    await world.sessions.user(USER.id);
    expect(world.reads()).toBe(2);
    expect(world.sessions.caching).toBe(false);
  });

  it('with Redis connected serves repeated checks from memory until the user changes', async () => {
    const world = sessionsWith(true);
    await world.sessions.user(USER.id);
    await world.sessions.user(USER.id);
    expect(world.reads()).toBe(1);
    world.store({ ...USER, tokenVersion: 1 });
    world.sessions.changed(USER.id);
    expect(world.published).toEqual([{ userId: USER.id }]);
    expect((await world.sessions.user(USER.id))?.tokenVersion).toBe(1);
    expect(world.reads()).toBe(2);
  });

  it('drops everything when Redis reconnects, and reads through while it is down', async () => {
    const world = sessionsWith(true);
    await world.sessions.user(USER.id);
    world.reconnect();
    await world.sessions.user(USER.id);
    expect(world.reads()).toBe(2);
    world.bus.receiving = false;
    await world.sessions.user(USER.id);
    await world.sessions.user(USER.id);
    expect(world.reads()).toBe(4);
  });

  it('tells listeners which user changed', () => {
    const world = sessionsWith(true);
    const heard: string[] = [];
    const stop = world.sessions.onChange((userId) => heard.push(userId));
    world.sessions.changed('user-2');
    stop();
    world.sessions.changed('user-3');
    expect(heard).toEqual(['user-2']);
  });
});
