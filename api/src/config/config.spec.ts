import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const DATA = '/var/lib/servicekatalog';

describe('loadConfig', () => {
  it('runs locally on the embedded SQLite database with demo data when nothing is set', () => {
    const config = loadConfig({}, DATA);
    expect(config).toMatchObject({
      port: 3000,
      production: false,
      database: { type: 'sqlite', path: `${DATA}/servicekatalog.sqlite` },
      seedDemo: 'when-empty',
      admin: null,
      introspection: true,
      sandbox: true,
    });
  });

  it('has the DESIGN defaults for limits, proxies, metrics, sign-in and the public address', () => {
    const config = loadConfig({ PORT: '8080' }, DATA);
    expect(config.graphqlLimits).toEqual({
      aliases: 15,
      depth: 10,
      tokens: 2000,
      directives: 50,
      cost: 5000,
    });
    expect(config).toMatchObject({
      trustProxy: 0,
      metricsToken: undefined,
      signIn: { maxFailuresPerEmail: 10, maxFailuresPerAddress: 100 },
      publicBaseUrl: 'http://localhost:8080',
    });
  });

  it('reads the limits, proxies, metrics token, sign-in counts and public address from the environment', () => {
    const config = loadConfig(
      {
        GRAPHQL_MAX_ALIASES: '30',
        GRAPHQL_MAX_DEPTH: '12',
        GRAPHQL_MAX_TOKENS: '4000',
        GRAPHQL_MAX_DIRECTIVES: '10',
        GRAPHQL_MAX_COST: '9000',
        TRUST_PROXY: '1',
        METRICS_TOKEN: 'scrape-me',
        SIGNIN_MAX_FAILURES_PER_EMAIL: '5',
        SIGNIN_MAX_FAILURES_PER_ADDRESS: '50',
        PUBLIC_BASE_URL: 'https://katalog.example.dk/',
      },
      DATA,
    );
    expect(config.graphqlLimits).toEqual({
      aliases: 30,
      depth: 12,
      tokens: 4000,
      directives: 10,
      cost: 9000,
    });
    expect(config).toMatchObject({
      trustProxy: 1,
      metricsToken: 'scrape-me',
      signIn: { maxFailuresPerEmail: 5, maxFailuresPerAddress: 50 },
      publicBaseUrl: 'https://katalog.example.dk',
    });
  });

  it('names every bad limit, proxy count and address', () => {
    const env = {
      GRAPHQL_MAX_ALIASES: '0',
      GRAPHQL_MAX_COST: 'lots',
      TRUST_PROXY: '-1',
      SIGNIN_MAX_FAILURES_PER_EMAIL: '1.5',
      PUBLIC_BASE_URL: 'ftp://x',
    };
    expect(() => loadConfig(env, DATA)).toThrow(ConfigError);
    try {
      loadConfig(env, DATA);
    } catch (error) {
      const message = (error as ConfigError).message;
      for (const name of Object.keys(env)) expect(message).toContain(name);
    }
  });

  it('selects PostgreSQL and no demo data for a postgres:// URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/sk' }, DATA);
    expect(config.database).toEqual({ type: 'postgres', url: 'postgresql://postgres@127.0.0.1:5432/sk' });
    expect(config.seedDemo).toBe(false);
  });

  it('accepts sqlite: paths and the in-memory database', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite::memory:' }, DATA).database).toEqual({
      type: 'sqlite',
      path: ':memory:',
    });
    expect(loadConfig({ DATABASE_URL: 'sqlite:/tmp/x.db' }, DATA).database).toEqual({
      type: 'sqlite',
      path: '/tmp/x.db',
    });
  });

  it('turns introspection and the sandbox off in production and needs JWT_SECRET there', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }, DATA);
    expect(config).toMatchObject({ production: true, introspection: false, sandbox: false, seedDemo: false });
    expect(() => loadConfig({ NODE_ENV: 'production' }, DATA)).toThrow(/JWT_SECRET is required/);
  });

  it('loads demo data in production only when SEED_DEMO=true', () => {
    const config = loadConfig(
      { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SEED_DEMO: 'true' },
      DATA,
    );
    expect(config.seedDemo).toBe(true);
  });

  it('lists every bad variable in one message', () => {
    const env = {
      PORT: 'eighty',
      DATABASE_URL: 'mysql://localhost/db',
      SEED_DEMO: 'yes',
      ADMIN_EMAIL: 'not-an-email',
      ADMIN_PASSWORD: 'short',
      NODE_ENV: 'production',
      REDIS_URL: 'http://localhost:6379',
    };
    let error: unknown;
    try {
      loadConfig(env, DATA);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(7);
    for (const name of [
      'PORT',
      'DATABASE_URL',
      'SEED_DEMO',
      'ADMIN_EMAIL',
      'ADMIN_PASSWORD',
      'JWT_SECRET',
      'REDIS_URL',
    ]) {
      expect((error as ConfigError).message).toContain(name);
    }
  });

  it('creates the bootstrap administrator only with both e-mail and a long enough password', () => {
    const config = loadConfig(
      { ADMIN_EMAIL: 'Admin@Example.org', ADMIN_PASSWORD: 'correct horse battery' },
      DATA,
    );
    expect(config.admin).toEqual({ email: 'admin@example.org', password: 'correct horse battery' });
    expect(() => loadConfig({ ADMIN_EMAIL: 'admin@example.org' }, DATA)).toThrow(/ADMIN_PASSWORD/);
  });

  it('keeps Redis channels under a prefix: servicekatalog: by default, REDIS_CHANNEL_PREFIX to share a Redis', () => {
    expect(loadConfig({}, DATA).redisChannelPrefix).toBe('servicekatalog:');
    expect(loadConfig({ REDIS_CHANNEL_PREFIX: 'staging:' }, DATA).redisChannelPrefix).toBe('staging:');
    expect(() => loadConfig({ REDIS_CHANNEL_PREFIX: 'has space' }, DATA)).toThrow(/REDIS_CHANNEL_PREFIX/);
  });
});
