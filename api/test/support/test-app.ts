import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, type CreateAppOptions } from '../../src/app.js';
import type { AppConfig } from '../../src/config/config.js';
import { SqlStatementCounter } from '../../src/common/database/sql-statement-counter.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions?: Record<string, unknown> & { code?: string };
  }>;
}

export interface TestApp {
  app: NestFastifyApplication;
  url: string;
  database: TestDatabase;
  config: AppConfig;
  /** Sends one GraphQL request over real HTTP. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  /** SQL statements sent so far (for "no N+1" tests). */
  statements(): number;
  close(): Promise<void>;
}

/** Test configuration: a fresh database, no demo data unless asked, a fixed signing key. */
export function testConfig(database: TestDatabase, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    production: false,
    database: database.config,
    embeddedDefaultDatabase: false,
    seedDemo: false,
    admin: null,
    jwtSecret: 'test-secret-0123456789-0123456789-0123456789',
    redisUrl: undefined,
    redisChannelPrefix: 'servicekatalog-test:',
    dataDir: '/nonexistent-test-data-dir',
    introspection: true,
    sandbox: false,
    graphqlLimits: { aliases: 15, depth: 10, tokens: 2000, directives: 50, cost: 5000 },
    trustProxy: 0,
    metricsToken: undefined,
    signIn: { maxFailuresPerEmail: 10, maxFailuresPerAddress: 100 },
    publicBaseUrl: 'http://localhost:3000',
    ...overrides,
  };
}

/**
 * Starts the real app on a random local port against a fresh database — or against `database`,
 * shared with other instances (scale-out tests); a database passed in is not dropped on close.
 * `http` shortens the server's timeouts or lowers its limits; `webRoot` serves a web app.
 */
export async function startTestApp(
  overrides: Partial<AppConfig> = {},
  options: { database?: TestDatabase } & Pick<CreateAppOptions, 'http' | 'webRoot'> = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = testConfig(database, overrides);
  const app = await createApp(config, {
    logLevels: ['error', 'fatal'],
    webRoot: options.webRoot ?? null,
    http: options.http,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = await app.getUrl();
  const counter = app.get(SqlStatementCounter);
  return {
    app,
    url: url.replace('[::1]', '127.0.0.1'),
    database,
    config,
    gql: (query, variables, options) => postGraphQL(`${url}/graphql`, query, variables, options),
    statements: () => counter.count,
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}

async function postGraphQL<T>(
  endpoint: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(endpoint, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}
