import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAgency,
  createUser,
  createUserAndLogin,
  ensureProvider,
  login,
  TEST_PASSWORD,
  type SignedInTestUser,
} from '../support/auth.js';
import {
  auditEventsOf,
  dataOf,
  errorCode,
  importPublished,
  smallCatalogue,
} from '../support/catalogue-factory.js';
import { CREATE_DRAFT } from '../support/draft-editing.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const USER_FIELDS = 'id email name role providerCode locale active mustChangePassword version agency { id }';
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token mustChangePassword user { ${USER_FIELDS} } } }`;
const ME = `{ me { ${USER_FIELDS} } }`;
const USER_VERSION = `query { users(first: 100) { edges { node { id version mustChangePassword } } } }`;
const SET_OTP = `mutation ($userId: ID!, $password: String!, $expectedVersion: Int!) {
  setOneTimePassword(userId: $userId, password: $password, expectedVersion: $expectedVersion) { ${USER_FIELDS} } }`;
const CHANGE_PASSWORD =
  'mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }';
const UPDATE_USER = `mutation ($id: ID!, $input: UpdateUserInput!, $expectedVersion: Int!) {
  updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) { ${USER_FIELDS} } }`;
const DEACTIVATE = 'mutation ($id: ID!) { deactivateUser(id: $id) { id active version } }';

interface UserResult {
  id: string;
  email: string;
  name: string;
  role: string;
  providerCode: string | null;
  locale: string;
  active: boolean;
  mustChangePassword: boolean;
  version: number;
  agency: { id: string } | null;
}

let app: TestApp;
let admin: SignedInTestUser;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  await importPublished(app, admin.token, smallCatalogue({ providerCode: 'PPL-A' }));
  await ensureProvider(app, 'PPL-B');
});

afterAll(async () => {
  await app?.close();
});

async function versionOf(userId: string): Promise<number> {
  const users = dataOf(
    await app.gql<{ users: { edges: { node: { id: string; version: number } }[] } }>(
      USER_VERSION,
      {},
      { token: admin.token },
    ),
  ).users;
  const found = users.edges.find((edge) => edge.node.id === userId);
  if (!found) throw new Error(`No user ${userId}`);
  return found.node.version;
}

describe('setOneTimePassword', () => {
  const ONE_TIME = 'one-time password 2031';
  const CHOSEN = 'my own secret password';

  it('makes the user sign in with it and change it before doing anything else', async () => {
    const user = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'PPL-A' });
    const set = dataOf(
      await app.gql<{ setOneTimePassword: UserResult }>(
        SET_OTP,
        { userId: user.userId, password: ONE_TIME, expectedVersion: await versionOf(user.userId) },
        { token: admin.token },
      ),
    ).setOneTimePassword;
    expect(set).toMatchObject({ id: user.userId, mustChangePassword: true, active: true });

    // The old password no longer works; the one-time password does, and says it must be changed.
    expect(errorCode(await app.gql(LOGIN, { email: user.email, password: TEST_PASSWORD }))).toBe(
      'UNAUTHENTICATED',
    );
    const signedIn = dataOf(
      await app.gql<{ login: { token: string; mustChangePassword: boolean; user: UserResult } }>(LOGIN, {
        email: user.email,
        password: ONE_TIME,
      }),
    ).login;
    expect(signedIn.mustChangePassword).toBe(true);
    expect(signedIn.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

    // Until it is changed: me works, everything else is FORBIDDEN. The token from before the
    // one-time password was revoked by it (DESIGN, "Sessions").
    expect(dataOf(await app.gql<{ me: UserResult }>(ME, {}, { token: signedIn.token })).me).toMatchObject({
      id: user.userId,
      mustChangePassword: true,
    });
    expect(errorCode(await app.gql(ME, {}, { token: user.token }))).toBe('UNAUTHENTICATED');
    for (const token of [signedIn.token]) {
      for (const [query, variables] of [
        ['{ providers { code } }', {}],
        [CREATE_DRAFT, { providerCode: 'PPL-A' }],
        ['{ auditEvents(first: 1) { totalCount } }', {}],
      ] as const) {
        const refused = await app.gql(query, variables, { token });
        expect(refused.errors?.[0].extensions).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'PASSWORD_CHANGE_REQUIRED',
        });
        expect(refused.errors?.[0].message).toMatch(/changePassword/);
      }
    }
    // Anonymous callers are not affected by someone else's pending change.
    expect(
      dataOf(await app.gql<{ providers: unknown[] }>('{ providers { code } }')).providers.length,
    ).toBeGreaterThan(0);

    expect(
      dataOf(
        await app.gql<{ changePassword: boolean }>(
          CHANGE_PASSWORD,
          { current: ONE_TIME, next: CHOSEN },
          { token: signedIn.token },
        ),
      ).changePassword,
    ).toBe(true);
    // The change revoked the one-time password's token too: the user signs in with the new one.
    expect(errorCode(await app.gql(ME, {}, { token: signedIn.token }))).toBe('UNAUTHENTICATED');
    const again = dataOf(
      await app.gql<{ login: { token: string; mustChangePassword: boolean } }>(LOGIN, {
        email: user.email,
        password: CHOSEN,
      }),
    ).login;
    expect(again.mustChangePassword).toBe(false);
    expect(
      dataOf(await app.gql<{ providers: unknown[] }>('{ providers { code } }', {}, { token: again.token }))
        .providers.length,
    ).toBeGreaterThan(0);
    expect(errorCode(await app.gql(LOGIN, { email: user.email, password: ONE_TIME }))).toBe(
      'UNAUTHENTICATED',
    );

    const events = await auditEventsOf(app, user.userId);
    expect(events.map((event) => event.action)).toEqual([
      'CREATE',
      'SET_ONE_TIME_PASSWORD',
      'CHANGE_PASSWORD',
    ]);
    expect(events[1]).toMatchObject({
      actorEmail: admin.email,
      before: { mustChangePassword: false },
      after: { mustChangePassword: true },
    });
    expect(JSON.stringify(events)).not.toMatch(/argon2|passwordHash/);
  });

  it("is for administrators only, with optimistic locking, never for one's own account", async () => {
    const user = await createUser(app, { role: 'CUSTOMER', providerCode: 'PPL-A' });
    const manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'PPL-A' });
    const variables = { userId: user.userId, password: ONE_TIME, expectedVersion: 1 };
    expect(errorCode(await app.gql(SET_OTP, variables))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(SET_OTP, variables, { token: manager.token }))).toBe('FORBIDDEN');
    const stale = await app.gql(SET_OTP, { ...variables, expectedVersion: 7 }, { token: admin.token });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(
      errorCode(
        await app.gql(
          SET_OTP,
          { ...variables, userId: '00000000-0000-4000-8000-000000000000' },
          { token: admin.token },
        ),
      ),
    ).toBe('NOT_FOUND');
    const own = await app.gql(SET_OTP, { ...variables, userId: admin.userId }, { token: admin.token });
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    const short = await app.gql(SET_OTP, { ...variables, password: 'short' }, { token: admin.token });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await login(app, user.email, TEST_PASSWORD)).toBeTruthy();
  });
});

describe('updateUser', () => {
  it('changes name, locale, role and centre or agency; a change of role revokes the tokens already issued', async () => {
    const user = await createUserAndLogin(app, {
      role: 'ACCOUNT_MANAGER',
      providerCode: 'PPL-A',
      name: 'Eva',
    });
    expect(
      dataOf(
        await app.gql<{ createDraft: { number: number } }>(
          CREATE_DRAFT,
          { providerCode: 'PPL-A' },
          { token: user.token },
        ),
      ).createDraft.number,
    ).toBe(2);
    const renamed = dataOf(
      await app.gql<{ updateUser: UserResult }>(
        UPDATE_USER,
        { id: user.userId, input: { name: ' Eva Lund ', locale: 'sv' }, expectedVersion: 1 },
        { token: admin.token },
      ),
    ).updateUser;
    expect(renamed).toMatchObject({
      name: 'Eva Lund',
      locale: 'sv',
      role: 'ACCOUNT_MANAGER',
      providerCode: 'PPL-A',
      version: 2,
    });

    const agencyId = await createAgency(app, { providerCode: 'PPL-A' });
    const customer = dataOf(
      await app.gql<{ updateUser: UserResult }>(
        UPDATE_USER,
        { id: user.userId, input: { role: 'CUSTOMER', providerCode: null, agencyId }, expectedVersion: 2 },
        { token: admin.token },
      ),
    ).updateUser;
    expect(customer).toMatchObject({
      role: 'CUSTOMER',
      providerCode: null,
      agency: { id: agencyId },
      name: 'Eva Lund',
      version: 3,
    });
    // The token issued to the manager is revoked (DESIGN, "Sessions"); a new one acts as the customer.
    expect(errorCode(await app.gql(CREATE_DRAFT, { providerCode: 'PPL-A' }, { token: user.token }))).toBe(
      'UNAUTHENTICATED',
    );
    const token = await login(app, user.email, user.password);
    expect(errorCode(await app.gql(CREATE_DRAFT, { providerCode: 'PPL-A' }, { token }))).toBe('FORBIDDEN');
    expect(dataOf(await app.gql<{ me: UserResult }>(ME, {}, { token })).me.role).toBe('CUSTOMER');

    const events = (await auditEventsOf(app, user.userId)).filter((event) => event.action === 'UPDATE');
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      actorEmail: admin.email,
      before: { role: 'ACCOUNT_MANAGER', providerCode: 'PPL-A' },
      after: { role: 'CUSTOMER', agencyId },
    });
  });

  it("refuses changes that do not fit the role, unknown centres, stale versions and changing one's own role", async () => {
    const user = await createUser(app, { role: 'ACCOUNT_MANAGER', providerCode: 'PPL-A' });
    const update = (input: Record<string, unknown>, expectedVersion = 1, id = user.userId) =>
      app.gql(UPDATE_USER, { id, input, expectedVersion }, { token: admin.token });
    expect((await update({ role: 'CUSTOMER' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.providerCode',
    });
    expect((await update({ role: 'CUSTOMER', providerCode: null })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.agencyId',
    });
    expect((await update({ providerCode: 'NOPE-X' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.providerCode',
    });
    expect(
      (
        await update({
          role: 'CUSTOMER',
          providerCode: null,
          agencyId: '00000000-0000-4000-8000-000000000000',
        })
      ).errors?.[0].extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.agencyId',
    });
    expect((await update({ locale: 'dk' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.locale',
    });
    expect(errorCode(await update({ name: 'Late' }, 5))).toBe('CONFLICT');
    expect((await update({ role: 'CUSTOMER' }, 1, admin.userId)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.role',
    });
    expect(await versionOf(user.userId)).toBe(1);
    const moved = dataOf(
      await app.gql<{ updateUser: UserResult }>(
        UPDATE_USER,
        { id: user.userId, input: { providerCode: 'PPL-B' }, expectedVersion: 1 },
        { token: admin.token },
      ),
    );
    expect(moved.updateUser).toMatchObject({ providerCode: 'PPL-B', version: 2 });
  });

  it('refuses a stale version with CONFLICT before checking the input against a user the caller never saw', async () => {
    const user = await createUser(app, { role: 'ACCOUNT_MANAGER', providerCode: 'PPL-A' });
    const agencyId = await createAgency(app, { providerCode: 'PPL-A' });
    dataOf(
      await app.gql(
        UPDATE_USER,
        { id: user.userId, input: { role: 'CUSTOMER', providerCode: null, agencyId }, expectedVersion: 1 },
        { token: admin.token },
      ),
    );
    // Fits the account manager seen at version 1; a customer (version 2) has no centre.
    const stale = await app.gql(
      UPDATE_USER,
      { id: user.userId, input: { providerCode: 'PPL-B' }, expectedVersion: 1 },
      { token: admin.token },
    );
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect(await versionOf(user.userId)).toBe(2);
  });

  it('is for administrators only', async () => {
    const manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'PPL-A' });
    const variables = { id: manager.userId, input: { name: 'Me' }, expectedVersion: 1 };
    expect(errorCode(await app.gql(UPDATE_USER, variables))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(UPDATE_USER, variables, { token: manager.token }))).toBe('FORBIDDEN');
  });
});

describe('user', () => {
  const USER = `query ($id: ID!) { user(id: $id) { ${USER_FIELDS} } }`;

  it('gives an administrator one user by id, null for an id no user has, and nobody else anything', async () => {
    const manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'PPL-A' });
    const found = dataOf(
      await app.gql<{ user: UserResult }>(USER, { id: manager.userId }, { token: admin.token }),
    );
    expect(found.user).toMatchObject({
      id: manager.userId,
      role: 'ACCOUNT_MANAGER',
      providerCode: 'PPL-A',
      active: true,
      version: 1,
    });
    const missing = dataOf(
      await app.gql<{ user: UserResult | null }>(USER, { id: 'no-such-user' }, { token: admin.token }),
    );
    expect(missing.user).toBeNull();
    expect(errorCode(await app.gql(USER, { id: manager.userId }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(USER, { id: manager.userId }, { token: manager.token }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('deactivated users', () => {
  it('cannot use the tokens they were given', async () => {
    const user = await createUserAndLogin(app, { role: 'CUSTOMER', providerCode: 'PPL-A' });
    expect(dataOf(await app.gql<{ me: UserResult }>(ME, {}, { token: user.token })).me.id).toBe(user.userId);
    dataOf(await app.gql(DEACTIVATE, { id: user.userId }, { token: admin.token }));
    expect(errorCode(await app.gql(ME, {}, { token: user.token }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(LOGIN, { email: user.email, password: TEST_PASSWORD }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});
