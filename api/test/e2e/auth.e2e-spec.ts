import { SignJWT } from 'jose';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../../src/audit/audit-event.entity.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PasswordHasher } from '../../src/users/password-hasher.service.js';
import {
  createAgency,
  createUser,
  createUserAndLogin,
  ensureProvider,
  login,
  TEST_PASSWORD,
  type SignedInTestUser,
} from '../support/auth.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ME =
  '{ me { id email name role providerCode locale active mustChangePassword agency { id name providerCode } } }';
const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email role } } }';
const USERS =
  'query ($first: Int, $after: String, $role: Role) { users(first: $first, after: $after, role: $role) { totalCount edges { cursor node { email role } } pageInfo { hasNextPage hasPreviousPage endCursor } } }';
const DEACTIVATE = 'mutation ($id: ID!) { deactivateUser(id: $id) { id active version } }';
const REACTIVATE = 'mutation ($id: ID!) { reactivateUser(id: $id) { id active version } }';

let app: TestApp;
let admin: SignedInTestUser;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN', email: 'root@example.test' });
});

afterAll(async () => {
  await app?.close();
});

describe('login and me', () => {
  it('signs in with the e-mail in any case and returns a token that works for me', async () => {
    const manager = await createUser(app, {
      role: 'ACCOUNT_MANAGER',
      providerCode: 'DFO-NO',
      email: 'kari@example.test',
      name: 'Kari Nordmann',
      locale: 'nb',
    });
    const response = await app.gql<{
      login: { token: string; user: { id: string; email: string; role: string } };
    }>(LOGIN, {
      email: '  KARI@Example.TEST ',
      password: TEST_PASSWORD,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.login.user).toEqual({
      id: manager.userId,
      email: 'kari@example.test',
      role: 'ACCOUNT_MANAGER',
    });

    const me = await app.gql(ME, {}, { token: response.data?.login.token });
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toEqual({
      id: manager.userId,
      email: 'kari@example.test',
      name: 'Kari Nordmann',
      role: 'ACCOUNT_MANAGER',
      providerCode: 'DFO-NO',
      locale: 'nb',
      active: true,
      mustChangePassword: false,
      agency: null,
    });
  });

  it('shows a customer their agency', async () => {
    const customer = await createUserAndLogin(app, { role: 'CUSTOMER', providerCode: 'SA-DK' });
    const me = await app.gql<{ me: { role: string; agency: { providerCode: string } | null } }>(
      ME,
      {},
      { token: customer.token },
    );
    expect(me.data?.me.role).toBe('CUSTOMER');
    expect(me.data?.me.agency?.providerCode).toBe('SA-DK');
  });

  it('answers me with null for anonymous requests', async () => {
    const me = await app.gql(ME);
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({ me: null });
  });

  it('gives a wrong password, an unknown e-mail and a deactivated user the same UNAUTHENTICATED error', async () => {
    const known = await createUser(app, { role: 'ADMIN' });
    const inactive = await createUser(app, { role: 'ADMIN' });
    await app.gql(DEACTIVATE, { id: inactive.userId }, { token: admin.token });

    const wrongPassword = await app.gql(LOGIN, { email: known.email, password: 'not the password at all' });
    const unknownEmail = await app.gql(LOGIN, {
      email: 'nobody@example.test',
      password: 'not the password at all',
    });
    const deactivated = await app.gql(LOGIN, { email: inactive.email, password: inactive.password });
    const expected = {
      status: 200,
      data: null,
      errors: [
        {
          message: 'E-mail or password is wrong.',
          locations: [{ line: 1, column: 50 }],
          path: ['login'],
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    };
    expect(wrongPassword).toEqual(expected);
    expect(unknownEmail).toEqual(expected);
    expect(deactivated).toEqual(expected);
  });

  it('does the same argon2 work for an unknown e-mail as for a wrong password', async () => {
    // Timing is not asserted (it varies with load); the work that makes it equal is counted instead.
    const known = await createUser(app, { role: 'ADMIN' });
    const hasher = app.app.get(PasswordHasher);
    const verify = vi.spyOn(hasher, 'verify');
    const verifyNothing = vi.spyOn(hasher, 'verifyNothing');
    await app.gql(LOGIN, { email: known.email, password: 'not the password at all' });
    expect([verify.mock.calls.length, verifyNothing.mock.calls.length]).toEqual([1, 0]);
    await app.gql(LOGIN, { email: 'nobody-at-all@example.test', password: 'not the password at all' });
    // verifyNothing checks the password against a real dummy hash through verify.
    expect([verify.mock.calls.length, verifyNothing.mock.calls.length]).toEqual([2, 1]);
    verify.mockRestore();
    verifyNothing.mockRestore();
  });
});

describe('bearer tokens', () => {
  const unauthenticated = { code: 'UNAUTHENTICATED' };

  it('refuses a tampered token, even where anonymous access is allowed', async () => {
    const user = await createUserAndLogin(app, { role: 'CUSTOMER' });
    const [header, payload, signature] = user.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString('base64url');
    const flippedSignature = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;

    for (const token of [
      `${header}.${forgedPayload}.${signature}`,
      `${header}.${payload}.${flippedSignature}`,
      'garbage',
    ]) {
      const me = await app.gql(ME, {}, { token });
      expect(me.data).toEqual({ me: null });
      expect(me.errors?.[0].extensions).toEqual(unauthenticated);
    }
    const users = await app.gql(USERS, {}, { token: `${header}.${forgedPayload}.${signature}` });
    expect(users.errors?.[0].extensions).toEqual(unauthenticated);
  });

  it('refuses an expired token and one signed with another secret', async () => {
    const iat = Math.floor(Date.now() / 1000) - 9 * 60 * 60;
    const claims = { email: admin.email, role: 'ADMIN', providerCode: null, agencyId: null };
    const expired = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(admin.userId)
      .setIssuer('servicekatalog')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 8 * 60 * 60)
      .sign(new TextEncoder().encode(app.config.jwtSecret));
    const otherSecret = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(admin.userId)
      .setIssuer('servicekatalog')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('someone-elses-secret-0123456789-0123456789'));

    for (const token of [expired, otherSecret]) {
      const me = await app.gql(ME, {}, { token });
      expect(me.errors?.[0].extensions).toEqual(unauthenticated);
      expect(me.errors?.[0].message).toBe('Your sign-in is not valid any more. Please sign in again.');
    }
    // A client still sending its expired token can sign in again.
    const again = await app.gql(LOGIN, { email: admin.email, password: TEST_PASSWORD }, { token: expired });
    expect(again.errors).toBeUndefined();
  });

  it('looks the user up once per request, however many fields it has', async () => {
    const query = '{ a: me { id } b: me { id } }';
    let before = app.statements();
    await app.gql(query);
    expect(app.statements() - before).toBe(0);
    before = app.statements();
    const response = await app.gql<{ a: { id: string }; b: { id: string } }>(
      query,
      {},
      { token: admin.token },
    );
    expect(response.data?.a.id).toBe(admin.userId);
    // One primary-key lookup by the auth hook, then one per `me` field.
    expect(app.statements() - before).toBe(3);
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const me = await app.gql(ME, {}, { headers: { authorization: 'Basic cm9vdDpzZWNyZXQ=' } });
    expect(me.errors?.[0].extensions).toEqual(unauthenticated);
  });

  it("stops accepting a user's token when the user is deactivated; after reactivation the user signs in again (DESIGN, Sessions: deactivation revokes)", async () => {
    const user = await createUserAndLogin(app, { role: 'CUSTOMER' });
    expect((await app.gql(ME, {}, { token: user.token })).errors).toBeUndefined();

    const deactivated = await app.gql<{ deactivateUser: { active: boolean; version: number } }>(
      DEACTIVATE,
      { id: user.userId },
      { token: admin.token },
    );
    expect(deactivated.data?.deactivateUser).toMatchObject({ active: false, version: 2 });
    const refused = await app.gql(ME, {}, { token: user.token });
    expect(refused.data).toEqual({ me: null });
    expect(refused.errors?.[0].extensions).toEqual(unauthenticated);

    await app.gql(REACTIVATE, { id: user.userId }, { token: admin.token });
    const revoked = await app.gql(ME, {}, { token: user.token });
    expect(revoked.errors?.[0].extensions).toEqual(unauthenticated);
    const again = await login(app, user.email, user.password);
    const me = await app.gql<{ me: { id: string } }>(ME, {}, { token: again });
    expect(me.data?.me.id).toBe(user.userId);
  });
});

describe('roles', () => {
  it('lets only administrators list users: anonymous is UNAUTHENTICATED, other roles FORBIDDEN', async () => {
    const customer = await createUserAndLogin(app, { role: 'CUSTOMER' });
    const manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER' });

    const anonymous = await app.gql(USERS);
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.[0]).toMatchObject({ path: ['users'], extensions: { code: 'UNAUTHENTICATED' } });
    for (const token of [customer.token, manager.token]) {
      const refused = await app.gql(USERS, {}, { token });
      expect(refused.errors?.[0]).toMatchObject({ path: ['users'], extensions: { code: 'FORBIDDEN' } });
    }
    const deactivate = await app.gql(DEACTIVATE, { id: admin.userId }, { token: manager.token });
    expect(deactivate.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('lists users as a connection ordered by e-mail, page by page', async () => {
    type Users = {
      users: {
        totalCount: number;
        edges: { cursor: string; node: { email: string; role: string } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
      };
    };
    const all = await app.gql<Users>(USERS, { first: 100 }, { token: admin.token });
    expect(all.errors).toBeUndefined();
    const emails = all.data!.users.edges.map((edge) => edge.node.email);
    expect(all.data?.users.totalCount).toBe(emails.length);
    expect(emails).toEqual([...emails].sort());
    expect(emails).toContain(admin.email);

    const first = await app.gql<Users>(USERS, { first: 2 }, { token: admin.token });
    expect(first.data?.users.edges.map((edge) => edge.node.email)).toEqual(emails.slice(0, 2));
    expect(first.data?.users.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await app.gql<Users>(
      USERS,
      { first: 2, after: first.data?.users.pageInfo.endCursor },
      { token: admin.token },
    );
    expect(second.data?.users.edges.map((edge) => edge.node.email)).toEqual(emails.slice(2, 4));
    expect(second.data?.users.pageInfo.hasPreviousPage).toBe(true);

    const admins = await app.gql<Users>(USERS, { role: 'ADMIN', first: 100 }, { token: admin.token });
    expect(admins.data?.users.edges.every((edge) => edge.node.role === 'ADMIN')).toBe(true);
    expect(admins.data?.users.totalCount).toBe(admins.data?.users.edges.length);

    const badFirst = await app.gql(USERS, { first: 0 }, { token: admin.token });
    expect(badFirst.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badCursor = await app.gql(USERS, { after: '!!' }, { token: admin.token });
    expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses a change based on a stale version with CONFLICT', async () => {
    const user = await createUser(app, { role: 'ADMIN' });
    const MUTATION =
      'mutation ($id: ID!, $v: Int) { deactivateUser(id: $id, expectedVersion: $v) { active version } }';
    const ok = await app.gql(MUTATION, { id: user.userId, v: 1 }, { token: admin.token });
    expect(ok.data).toEqual({ deactivateUser: { active: false, version: 2 } });
    const stale = await app.gql(
      'mutation ($id: ID!) { reactivateUser(id: $id, expectedVersion: 1) { active } }',
      { id: user.userId },
      { token: admin.token },
    );
    expect(stale.errors?.[0].extensions).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const unknown = await app.gql(
      MUTATION,
      { id: '00000000-0000-4000-8000-000000000000' },
      { token: admin.token },
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('does not let an administrator deactivate themselves', async () => {
    const response = await app.gql(DEACTIVATE, { id: admin.userId }, { token: admin.token });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('createUser and changePassword', () => {
  const CREATE =
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id email role providerCode mustChangePassword agency { id } } }';
  const base = {
    name: 'New Person',
    password: 'a long enough password',
    role: 'ACCOUNT_MANAGER',
    providerCode: 'TEST-P',
  };

  beforeAll(async () => {
    await ensureProvider(app, 'TEST-P');
  });

  it('creates a user who can sign in and should change the password', async () => {
    const created = await app.gql<{ createUser: { id: string; email: string; mustChangePassword: boolean } }>(
      CREATE,
      { input: { ...base, email: 'New.Person@Example.test' } },
      { token: admin.token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createUser).toMatchObject({
      email: 'new.person@example.test',
      role: 'ACCOUNT_MANAGER',
      providerCode: 'TEST-P',
      mustChangePassword: true,
    });
    expect(await login(app, 'new.person@example.test', base.password)).toBeTruthy();
  });

  it('creates a customer user of an agency, and records who did it without the password hash', async () => {
    const agencyId = await createAgency(app, { providerCode: 'TEST-P', name: 'Skatteetaten' });
    const created = await app.gql<{ createUser: { id: string; role: string; agency: { id: string } } }>(
      CREATE,
      {
        input: {
          ...base,
          email: 'kunde@example.test',
          role: 'CUSTOMER',
          providerCode: null,
          agencyId,
          mustChangePassword: false,
        },
      },
      { token: admin.token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createUser).toMatchObject({
      role: 'CUSTOMER',
      providerCode: null,
      mustChangePassword: false,
      agency: { id: agencyId },
    });

    const events = await app.app
      .get(DataSource)
      .getRepository(AuditEventEntity)
      .findBy({ entity: 'User', entityId: created.data?.createUser.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: admin.userId, action: 'CREATE', before: null });
    // The audit entity keeps snapshots as JSON text (or, in earlier versions, as parsed JSON).
    const after: unknown =
      typeof events[0].after === 'string' ? JSON.parse(events[0].after) : events[0].after;
    expect(after).toMatchObject({ email: 'kunde@example.test', role: 'CUSTOMER', agencyId });
    expect(JSON.stringify(after)).not.toMatch(/argon2|passwordHash/);
  });

  it.each([
    [{ ...base, email: 'not-an-email' }, 'input.email'],
    [{ ...base, email: 'short@example.test', password: 'too short' }, 'input.password'],
    [{ ...base, email: 'noprovider@example.test', providerCode: null }, 'input.providerCode'],
    [{ ...base, email: 'unknown-provider@example.test', providerCode: 'NO-SUCH' }, 'input.providerCode'],
    [{ ...base, email: 'customer@example.test', role: 'CUSTOMER', providerCode: null }, 'input.agencyId'],
    [{ ...base, email: 'ROOT@example.test', role: 'ADMIN', providerCode: null }, 'input.email'],
    [
      {
        ...base,
        email: 'nowhere@example.test',
        role: 'CUSTOMER',
        providerCode: null,
        agencyId: '00000000-0000-4000-8000-000000000000',
      },
      'input.agencyId',
    ],
    [{ ...base, email: 'locale@example.test', locale: 'dk' }, 'input.locale'],
  ])('refuses bad input %# with BAD_USER_INPUT naming the field', async (input, field) => {
    const response = await app.gql(CREATE, { input }, { token: admin.token });
    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('changes the password: the old one stops working, the new one works', async () => {
    const CHANGE =
      'mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }';
    const user = await createUserAndLogin(app, { role: 'CUSTOMER' });

    const tooShort = await app.gql(CHANGE, { current: user.password, next: 'short' }, { token: user.token });
    expect(tooShort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const wrongCurrent = await app.gql(
      CHANGE,
      { current: 'not my password', next: 'my brand new password' },
      { token: user.token },
    );
    expect(wrongCurrent.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
    });
    const anonymous = await app.gql(CHANGE, { current: user.password, next: 'my brand new password' });
    expect(anonymous.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });

    const changed = await app.gql(
      CHANGE,
      { current: user.password, next: 'my brand new password' },
      { token: user.token },
    );
    expect(changed).toMatchObject({ data: { changePassword: true } });
    expect(
      (await app.gql(LOGIN, { email: user.email, password: user.password })).errors?.[0].extensions,
    ).toEqual({ code: 'UNAUTHENTICATED' });
    expect(await login(app, user.email, 'my brand new password')).toBeTruthy();
  });
});

describe('password hashes', () => {
  it('are not part of the schema', async () => {
    const schema = await app.gql<{
      __schema: { types: { name: string; fields: { name: string }[] | null }[] };
    }>('{ __schema { types { name fields { name } } } }');
    const fieldNames = schema.data!.__schema.types.flatMap((type) =>
      (type.fields ?? []).map((field) => `${type.name}.${field.name}`),
    );
    expect(fieldNames).toContain('User.email');
    expect(fieldNames.filter((name) => /hash/i.test(name))).toEqual([]);
    expect(fieldNames.filter((name) => name.startsWith('User.') && /password/i.test(name))).toEqual([
      'User.mustChangePassword',
    ]);
  });

  it('never appear in responses', async () => {
    const responses = [
      await app.gql(LOGIN, { email: admin.email, password: TEST_PASSWORD }),
      await app.gql(ME, {}, { token: admin.token }),
      await app.gql(USERS, { first: 100 }, { token: admin.token }),
    ];
    for (const response of responses) {
      expect(response.errors).toBeUndefined();
      expect(JSON.stringify(response)).not.toMatch(/\$argon2/);
    }
  });
});
