import { randomBytes } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SocketSessions } from '../../src/auth/socket-sessions.js';
import { UserSessions } from '../../src/users/user-sessions.js';
import { createUserAndLogin, login, type SignedInTestUser } from '../support/auth.js';
import { subscribe, waitUntil, wsClient } from '../support/subscriptions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createDurableTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * DESIGN, "Limits" → Sessions: logout, a password change, a one-time password, deactivation and a
 * change of role, provider or agency revoke every earlier token (UNAUTHENTICATED); the token of a
 * new sign-in works. A WebSocket whose token expires or is revoked is closed with 4401.
 */
const ME = '{ me { id role } }';
const LOGOUT = 'mutation { logout }';
const CHANGE_PASSWORD =
  'mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }';
const SET_OTP =
  'mutation ($userId: ID!, $password: String!, $v: Int!) { setOneTimePassword(userId: $userId, password: $password, expectedVersion: $v) { id } }';
const DEACTIVATE = 'mutation ($id: ID!) { deactivateUser(id: $id) { id } }';
const REACTIVATE = 'mutation ($id: ID!) { reactivateUser(id: $id) { id } }';
const UPDATE_USER =
  'mutation ($id: ID!, $input: UpdateUserInput!, $v: Int!) { updateUser(id: $id, input: $input, expectedVersion: $v) { id role version } }';
const USER_VERSION = 'query ($id: ID!) { user(id: $id) { version } }';
const INBOX = 'subscription { quoteInboxChanged { id } }';
const QUOTES = '{ quotes(first: 10) { totalCount edges { node { id } } } }';

async function expectAccepted(app: TestApp, token: string, userId: string): Promise<void> {
  const me = await app.gql<{ me: { id: string } }>(ME, {}, { token });
  expect(me.errors).toBeUndefined();
  expect(me.data?.me.id).toBe(userId);
}

async function expectRevoked(app: TestApp, token: string): Promise<void> {
  const me = await app.gql(ME, {}, { token });
  expect(me.data).toEqual({ me: null });
  expect(me.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
}

/** The code a subscription's socket was closed with (its error is graphql-ws's CloseEvent). */
async function closeCode(completed: Promise<void>, timeoutMs = 5000): Promise<number | 'still open'> {
  const timeout = new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), timeoutMs));
  const closed = completed.then(
    () => -1,
    (event: unknown) => (event as { code?: number }).code ?? -2,
  );
  return Promise.race([closed, timeout]);
}

describe('revoking tokens', () => {
  let app: TestApp;
  let admin: SignedInTestUser;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await createUserAndLogin(app, { role: 'ADMIN' });
  });

  afterAll(async () => {
    await app?.close();
  });

  async function versionOf(userId: string): Promise<number> {
    const response = await app.gql<{ user: { version: number } }>(
      USER_VERSION,
      { id: userId },
      { token: admin.token },
    );
    return response.data!.user.version;
  }

  it('logout revokes every token of the user, not only the one it was sent with', async () => {
    const user = await createUserAndLogin(app, { role: 'CUSTOMER' });
    const secondDevice = await login(app, user.email, user.password);
    const bystander = await createUserAndLogin(app, { role: 'CUSTOMER' });
    expect(await app.gql(LOGOUT, {}, { token: user.token })).toMatchObject({ data: { logout: true } });
    await expectRevoked(app, user.token);
    await expectRevoked(app, secondDevice);
    await expectAccepted(app, bystander.token, bystander.userId);
    await expectAccepted(app, await login(app, user.email, user.password), user.userId);
    // Signing out does not touch the user's version: an administrator's edit in progress stays valid.
    expect(await versionOf(user.userId)).toBe(1);
    const anonymous = await app.gql(LOGOUT);
    expect(anonymous.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('a password change revokes the earlier tokens', async () => {
    const user = await createUserAndLogin(app, { role: 'CUSTOMER' });
    const next = 'a brand new password';
    const changed = await app.gql(CHANGE_PASSWORD, { current: user.password, next }, { token: user.token });
    expect(changed.data).toEqual({ changePassword: true });
    await expectRevoked(app, user.token);
    await expectAccepted(app, await login(app, user.email, next), user.userId);
  });

  it('a one-time password revokes the earlier tokens', async () => {
    const user = await createUserAndLogin(app, { role: 'CUSTOMER' });
    const otp = 'one time only password';
    const set = await app.gql(
      SET_OTP,
      { userId: user.userId, password: otp, v: await versionOf(user.userId) },
      { token: admin.token },
    );
    expect(set.errors).toBeUndefined();
    await expectRevoked(app, user.token);
    await expectAccepted(app, await login(app, user.email, otp), user.userId);
  });

  it('deactivation revokes the earlier tokens; after reactivation only a new sign-in works', async () => {
    const user = await createUserAndLogin(app, { role: 'CUSTOMER' });
    expect((await app.gql(DEACTIVATE, { id: user.userId }, { token: admin.token })).errors).toBeUndefined();
    await expectRevoked(app, user.token);
    expect((await app.gql(REACTIVATE, { id: user.userId }, { token: admin.token })).errors).toBeUndefined();
    await expectRevoked(app, user.token);
    await expectAccepted(app, await login(app, user.email, user.password), user.userId);
  });

  it('a change of role or provider revokes the earlier tokens; a new name does not', async () => {
    const user = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'TEST-P' });
    const renamed = await app.gql(
      UPDATE_USER,
      { id: user.userId, input: { name: 'Only the name' }, v: await versionOf(user.userId) },
      { token: admin.token },
    );
    expect(renamed.errors).toBeUndefined();
    await expectAccepted(app, user.token, user.userId);

    const promoted = await app.gql(
      UPDATE_USER,
      { id: user.userId, input: { role: 'ADMIN', providerCode: null }, v: await versionOf(user.userId) },
      { token: admin.token },
    );
    expect(promoted.errors).toBeUndefined();
    await expectRevoked(app, user.token);
    const fresh = await login(app, user.email, user.password);
    const me = await app.gql<{ me: { role: string } }>(ME, {}, { token: fresh });
    expect(me.data?.me.role).toBe('ADMIN');
  });
});

describe('WebSockets of a revoked or expired token', () => {
  let app: TestApp;
  const clients: Client[] = [];

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await app?.close();
  });

  function follow(instance: TestApp, token: string): Promise<void> {
    const client = wsClient(instance, token);
    clients.push(client);
    return subscribe(client, INBOX).completed;
  }

  async function watchedOn(instance: TestApp, count: number): Promise<void> {
    const sockets = instance.app.get(SocketSessions);
    await waitUntil(() => sockets.size === count, `${count} signed-in socket(s) are watched`);
  }

  it('closes the socket with 4401 when its user signs out', async () => {
    const manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER' });
    const completed = follow(app, manager.token);
    await watchedOn(app, 1);
    await app.gql(LOGOUT, {}, { token: manager.token });
    expect(await closeCode(completed)).toBe(4401);
    await watchedOn(app, 0);
  });

  it('leaves the sockets of other users open', async () => {
    const manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER' });
    const other = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER' });
    const completed = follow(app, other.token);
    await watchedOn(app, 1);
    await app.gql(LOGOUT, {}, { token: manager.token });
    expect(await closeCode(completed, 500)).toBe('still open');
  });

  it('closes the socket with 4401 when its token expires', async () => {
    const manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER' });
    const now = Math.floor(Date.now() / 1000);
    const shortLived = await new SignJWT({
      email: manager.email,
      role: 'ACCOUNT_MANAGER',
      providerCode: 'TEST-P',
      agencyId: null,
      tv: 0,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(manager.userId)
      .setIssuer('servicekatalog')
      .setIssuedAt(now)
      .setExpirationTime(now + 2)
      .sign(new TextEncoder().encode(app.config.jwtSecret));
    const completed = follow(app, shortLived);
    await watchedOn(app, 1);
    expect(await closeCode(completed, 6000)).toBe(4401);
  });
});

describe('two instances without Redis', () => {
  let database: TestDatabase;
  let instanceA: TestApp;
  let instanceB: TestApp;

  beforeAll(async () => {
    database = await createDurableTestDatabase();
    instanceA = await startTestApp({}, { database });
    instanceB = await startTestApp({}, { database });
  });

  afterAll(async () => {
    await instanceB?.close();
    await instanceA?.close();
    await database?.drop();
  });

  it('a token revoked on one is refused by the other at its next request', async () => {
    const user = await createUserAndLogin(instanceA, { role: 'CUSTOMER' });
    await expectAccepted(instanceB, user.token, user.userId);
    await instanceA.gql(LOGOUT, {}, { token: user.token });
    await expectRevoked(instanceB, user.token);
  });
});

const redisUrl = process.env.TEST_REDIS_URL;
if (!redisUrl) {
  process.stderr.write(
    '\nNOTICE: session revocation across instances through Redis and the cached token checks skipped: TEST_REDIS_URL is not set (CI sets it).\n\n',
  );
}

describe.skipIf(!redisUrl)('two instances sharing Redis', () => {
  const prefix = `sk-test-${randomBytes(6).toString('hex')}:`;
  let database: TestDatabase;
  let instanceA: TestApp;
  let instanceB: TestApp;
  const clients: Client[] = [];

  beforeAll(async () => {
    database = await createDurableTestDatabase();
    instanceA = await startTestApp({ redisUrl, redisChannelPrefix: prefix }, { database });
    instanceB = await startTestApp({ redisUrl, redisChannelPrefix: prefix }, { database });
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await instanceB?.close();
    await instanceA?.close();
    await database?.drop();
  });

  /** Statements of one request, the user's state not cached (as every request cost before). */
  async function coldAndWarm(instance: TestApp, query: string, token: string): Promise<[number, number]> {
    const count = async (): Promise<number> => {
      const before = instance.statements();
      const response = await instance.gql(query, {}, { token });
      expect(response.errors).toBeUndefined();
      return instance.statements() - before;
    };
    const cold = await count();
    return [cold, await count()];
  }

  it('a warm signed-in request does not read the user again: me 3 → 2, a quote list 2 → 1 statements', async () => {
    const customer = await createUserAndLogin(instanceA, { role: 'CUSTOMER' });
    await waitUntil(() => instanceA.app.get(UserSessions).caching, 'A caches user state');
    // Before: the user's state, then me's own reads of the user and the agency; after: me's only.
    expect(await coldAndWarm(instanceA, ME, customer.token)).toEqual([3, 2]);
    const other = await createUserAndLogin(instanceA, { role: 'CUSTOMER' });
    // Before: the user's row and the (empty) page, which is its own count; after: the page only.
    expect(await coldAndWarm(instanceA, QUOTES, other.token)).toEqual([2, 1]);
  });

  it('a token revoked on A is refused on A at once and on B as soon as the event arrives (≤ 1 s)', async () => {
    const user = await createUserAndLogin(instanceA, { role: 'CUSTOMER' });
    await waitUntil(() => instanceB.app.get(UserSessions).caching, 'B caches user state');
    // B has the user's state cached: without the event it would accept the token for seconds.
    await expectAccepted(instanceB, user.token, user.userId);
    const heard = new Promise<number>((resolve) => {
      const stop = instanceB.app.get(UserSessions).onChange((userId) => {
        if (userId !== user.userId) return;
        stop();
        resolve(Date.now());
      });
    });
    const before = instanceB.statements();
    await expectAccepted(instanceB, user.token, user.userId);
    // me's own reads of the user and the agency only: the auth check came from B's cache.
    expect(instanceB.statements() - before).toBe(2);

    await instanceA.gql(LOGOUT, {}, { token: user.token });
    const loggedOutAt = Date.now();
    await expectRevoked(instanceA, user.token);
    const heardAt = await Promise.race([heard, new Promise<null>((r) => setTimeout(() => r(null), 1000))]);
    expect(heardAt, 'B heard of the revocation within 1 s').not.toBeNull();
    expect(heardAt! - loggedOutAt).toBeLessThanOrEqual(1000);
    await expectRevoked(instanceB, user.token);
  });

  it('a socket on B is closed with 4401 when its user signs out on A', async () => {
    const manager = await createUserAndLogin(instanceA, { role: 'ACCOUNT_MANAGER' });
    const client = wsClient(instanceB, manager.token);
    clients.push(client);
    const { completed } = subscribe(client, INBOX);
    const sockets = instanceB.app.get(SocketSessions);
    await waitUntil(() => sockets.size === 1, 'B watches the socket');
    await instanceA.gql(LOGOUT, {}, { token: manager.token });
    expect(await closeCode(completed, 2000)).toBe(4401);
  });
});
