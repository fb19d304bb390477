import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, type TableColumn } from 'typeorm';
import type { Role } from '../../src/auth/actor.js';
import { AgencyService } from '../../src/agencies/agency.service.js';
import { TransactionService } from '../../src/common/database/transaction.service.js';
import { UsersService } from '../../src/users/users.service.js';
import type { TestApp } from './test-app.js';

/** The password every test user gets unless a spec chooses one. */
export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestUserOptions {
  role: Role;
  /** ACCOUNT_MANAGER: default "TEST-P"; the provider row is created when missing. */
  providerCode?: string;
  /** CUSTOMER: default a new agency (served by `providerCode` or "TEST-P"). */
  agencyId?: string;
  /** Default a unique address. */
  email?: string;
  password?: string;
  name?: string;
  locale?: string;
}

export interface TestUser {
  userId: string;
  email: string;
  password: string;
}

export interface SignedInTestUser extends TestUser {
  token: string;
}

const DEFAULT_PROVIDER = 'TEST-P';

/** Creates a user through the app's own UsersService (hashing, rules and audit included). */
export async function createUser(testApp: TestApp, options: TestUserOptions): Promise<TestUser> {
  const email =
    options.email ?? `${options.role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.test`;
  const password = options.password ?? TEST_PASSWORD;
  const providerCode = options.role === 'ACCOUNT_MANAGER' ? (options.providerCode ?? DEFAULT_PROVIDER) : null;
  if (providerCode) await ensureProvider(testApp, providerCode);
  const agencyId =
    options.role === 'CUSTOMER'
      ? (options.agencyId ??
        (await createAgency(testApp, { providerCode: options.providerCode ?? DEFAULT_PROVIDER })))
      : null;
  const users = testApp.app.get(UsersService);
  const user = await testApp.app.get(TransactionService).run((manager) =>
    users.createUser(manager, {
      email,
      name: options.name ?? `Test ${options.role.toLowerCase()}`,
      password,
      role: options.role,
      providerCode,
      agencyId,
      locale: options.locale,
    }),
  );
  return { userId: user.id, email: user.email, password };
}

/** Creates a user as {@link createUser} does and signs in through the real `login` mutation over HTTP. */
export async function createUserAndLogin(
  testApp: TestApp,
  options: TestUserOptions,
): Promise<SignedInTestUser> {
  const user = await createUser(testApp, options);
  return { ...user, token: await login(testApp, user.email, user.password) };
}

/** The token of a successful `login`; throws with the response when it fails. */
export async function login(testApp: TestApp, email: string, password: string): Promise<string> {
  const response = await testApp.gql<{ login: { token: string } }>(
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password },
  );
  const token = response.data?.login.token;
  if (!token) throw new Error(`login of ${email} failed: ${JSON.stringify(response.errors)}`);
  return token;
}

/** Creates an agency through the app's AgencyService; returns its id. */
export async function createAgency(
  testApp: TestApp,
  input: { providerCode?: string; name?: string; country?: string; organisationNumber?: string } = {},
): Promise<string> {
  const providerCode = input.providerCode ?? DEFAULT_PROVIDER;
  await ensureProvider(testApp, providerCode);
  const agencies = testApp.app.get(AgencyService);
  const agency = await testApp.app.get(TransactionService).run((manager) =>
    agencies.create(manager, {
      name: input.name ?? `Test agency ${randomBytes(3).toString('hex')}`,
      country: input.country ?? 'DK',
      organisationNumber: input.organisationNumber ?? randomDanishCvr(),
      providerCode,
    }),
  );
  return agency.id;
}

/**
 * Makes sure a `providers` row with this code exists, inserting a bare one when it does not.
 * The providers table belongs to the catalogue; this helper reads its columns at run time and
 * fills every required one with a plausible value, so it keeps working as that table grows.
 */
export async function ensureProvider(testApp: TestApp, code: string): Promise<void> {
  const dataSource = testApp.app.get(DataSource);
  const exists = await dataSource
    .createQueryBuilder()
    .select('1', 'one')
    .from('providers', 'p')
    .where('p.code = :code', { code })
    .getRawOne();
  if (exists) return;
  const runner = dataSource.createQueryRunner();
  try {
    const table = await runner.getTable('providers');
    if (!table) throw new Error('There is no providers table.');
    const sqlite = dataSource.options.type === 'better-sqlite3';
    const values: Record<string, unknown> = {};
    for (const column of table.columns) {
      if (column.name === 'code' || (!column.isNullable && column.default == null && !column.isGenerated)) {
        const value = providerValue(column, code);
        // A raw insert skips TypeORM's conversions, and better-sqlite3 binds neither dates nor booleans.
        values[column.name] = sqlite ? sqliteValue(value) : value;
      }
    }
    // Plain SQL: an insert builder would follow the catalogue's entity and drop columns it does not map.
    const columns = Object.keys(values);
    const placeholders = columns.map((_column, i) => (sqlite ? '?' : `$${i + 1}`));
    await dataSource.query(
      `INSERT INTO "providers" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${placeholders.join(', ')})`,
      Object.values(values),
    );
  } finally {
    await runner.release();
  }
}

function providerValue(column: TableColumn, code: string): unknown {
  const type = column.type.toLowerCase();
  switch (column.name) {
    case 'code':
      return code;
    case 'name':
      return `Test provider ${code}`;
    case 'country':
      return 'DK';
    case 'locale':
      return 'da';
    case 'currency':
      return 'DKK';
  }
  if (column.name === 'id' || column.name.endsWith('_id')) return randomUUID();
  if (type.includes('time') || type === 'date') return new Date();
  if (type.includes('bool')) return false;
  if (type.includes('int') || type.includes('numeric') || type.includes('decimal')) return 1;
  const length = Number(column.length) || 64;
  return code.slice(0, length);
}

function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** A random 8-digit number that passes the Danish CVR check (weights 2,7,6,5,4,3,2,1; sum mod 11 = 0). */
export function randomDanishCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = [
      1 + Math.floor(Math.random() * 9),
      ...Array.from({ length: 6 }, () => Math.floor(Math.random() * 10)),
    ];
    const sum = digits.reduce((total, digit, i) => total + digit * weights[i], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}
