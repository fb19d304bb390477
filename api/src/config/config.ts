/**
 * The app's configuration, read once from the environment (DESIGN, "Configuration"). Every bad
 * variable is collected so a start fails with one message listing them all.
 */
export type DatabaseConfig =
  { type: 'postgres'; url: string } | { type: 'sqlite'; path: string /* a file path or ":memory:" */ };

export interface AppConfig {
  port: number;
  production: boolean;
  database: DatabaseConfig;
  /** True when the embedded default database is used (drives the SEED_DEMO default). */
  embeddedDefaultDatabase: boolean;
  seedDemo: boolean | 'when-empty';
  admin: { email: string; password: string } | null;
  /** Undefined in local mode: generated once and kept in `dataDir`. */
  jwtSecret: string | undefined;
  /** Redis for cross-instance subscription events; undefined: events stay inside this process. */
  redisUrl: string | undefined;
  /** Prefix of this deployment's Redis channels, so several deployments (or test runs) can share one Redis. */
  redisChannelPrefix: string;
  /** Folder for the embedded database and the generated signing key. */
  dataDir: string;
  introspection: boolean;
  sandbox: boolean;
  /** Operation limits applied to every GraphQL document, over HTTP and WebSocket (DESIGN "Limits"). */
  graphqlLimits: GraphQLLimits;
  /** Number of proxies or load balancers in front: picks the client's X-Forwarded-For entry; > 0 also sends HSTS. */
  trustProxy: number;
  /** Bearer token for `/metrics` from other than loopback; undefined: loopback only. */
  metricsToken: string | undefined;
  /** Failed sign-ins counted in any 15 minutes before further attempts are refused. */
  signIn: { maxFailuresPerEmail: number; maxFailuresPerAddress: number };
  /** The public address, for links and the IRIs of standards exports (no trailing slash). */
  publicBaseUrl: string;
}

export interface GraphQLLimits {
  aliases: number;
  depth: number;
  tokens: number;
  directives: number;
  cost: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads and checks the environment; throws one {@link ConfigError} naming every bad variable. */
export function loadConfig(env: Env, dataDir: string): AppConfig {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';
  const port = parsePort(env.PORT, problems);
  const database = parseDatabase(env.DATABASE_URL, dataDir, problems);
  const seedDemo = parseSeedDemo(env.SEED_DEMO, problems);
  const admin = parseAdmin(env, problems);
  const jwtSecret = env.JWT_SECRET || undefined;
  if (production && !jwtSecret) problems.push('JWT_SECRET is required when NODE_ENV=production');
  if (jwtSecret && jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters');
  const redisUrl = parseRedis(env.REDIS_URL, problems);
  const redisChannelPrefix = parseChannelPrefix(env.REDIS_CHANNEL_PREFIX, problems);
  const count = (name: string, fallback: number, min = 1): number =>
    parseCount(name, env[name], fallback, min, problems);
  const graphqlLimits: GraphQLLimits = {
    aliases: count('GRAPHQL_MAX_ALIASES', 15),
    depth: count('GRAPHQL_MAX_DEPTH', 10),
    tokens: count('GRAPHQL_MAX_TOKENS', 2000),
    directives: count('GRAPHQL_MAX_DIRECTIVES', 50),
    cost: count('GRAPHQL_MAX_COST', 5000),
  };
  const trustProxy = count('TRUST_PROXY', 0, 0);
  const signIn = {
    maxFailuresPerEmail: count('SIGNIN_MAX_FAILURES_PER_EMAIL', 10),
    maxFailuresPerAddress: count('SIGNIN_MAX_FAILURES_PER_ADDRESS', 100),
  };
  const publicBaseUrl = parseBaseUrl(env.PUBLIC_BASE_URL, port, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    production,
    database,
    embeddedDefaultDatabase: !env.DATABASE_URL,
    // Local mode on the embedded default loads demo data into an empty database; elsewhere only on request.
    seedDemo: seedDemo ?? (!production && !env.DATABASE_URL ? 'when-empty' : false),
    admin,
    jwtSecret,
    redisUrl,
    redisChannelPrefix,
    dataDir,
    introspection: !production,
    sandbox: !production,
    graphqlLimits,
    trustProxy,
    metricsToken: env.METRICS_TOKEN || undefined,
    signIn,
    publicBaseUrl,
  };
}

function parseCount(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  problems: string[],
): number {
  if (value === undefined || value === '') return fallback;
  const parsed = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(parsed >= min)) problems.push(`${name} must be a whole number of at least ${min}, got "${value}"`);
  return parsed;
}

function parseBaseUrl(value: string | undefined, port: number, problems: string[]): string {
  if (value === undefined || value === '') return `http://localhost:${port}`;
  if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(value)) {
    problems.push('PUBLIC_BASE_URL must be an http:// or https:// address without query or fragment');
  }
  return value.replace(/\/+$/, '');
}

function parsePort(value: string | undefined, problems: string[]): number {
  if (value === undefined || value === '') return 3000;
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) problems.push(`PORT must be a number from 0 to 65535, got "${value}"`);
  return port;
}

function parseDatabase(value: string | undefined, dataDir: string, problems: string[]): DatabaseConfig {
  if (!value) return { type: 'sqlite', path: `${dataDir}/servicekatalog.sqlite` };
  if (/^postgres(ql)?:\/\//.test(value)) return { type: 'postgres', url: value };
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length);
    if (path) return { type: 'sqlite', path };
  }
  problems.push('DATABASE_URL must be postgres://…, postgresql://…, sqlite:<path> or sqlite::memory:');
  return { type: 'sqlite', path: ':memory:' };
}

function parseSeedDemo(value: string | undefined, problems: string[]): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  problems.push(`SEED_DEMO must be "true" or "false", got "${value}"`);
  return undefined;
}

function parseAdmin(env: Env, problems: string[]): AppConfig['admin'] {
  const email = env.ADMIN_EMAIL;
  const password = env.ADMIN_PASSWORD;
  if (!email && !password) return null;
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) problems.push('ADMIN_EMAIL must be an e-mail address');
  if (!password || password.length < 12) problems.push('ADMIN_PASSWORD must be at least 12 characters');
  return email && password ? { email: email.toLowerCase(), password } : null;
}

function parseRedis(value: string | undefined, problems: string[]): string | undefined {
  if (!value) return undefined;
  if (!/^rediss?:\/\//.test(value)) problems.push('REDIS_URL must start with redis:// or rediss://');
  return value;
}

function parseChannelPrefix(value: string | undefined, problems: string[]): string {
  if (value === undefined || value === '') return 'servicekatalog:';
  if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(value)) {
    problems.push('REDIS_CHANNEL_PREFIX may hold up to 64 letters, digits and _ . : -');
  }
  return value;
}
