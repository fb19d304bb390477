/**
 * The response cache of anonymous reads of published data (DESIGN "Caching and several
 * instances"): keyed by operation, variables, languages, today and the published picture; never
 * for a signed-in user, never a draft, never a mutation or an error; APQ GET with ETag and 304.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ResponseCacheFastPath } from '../../src/catalogue/response-cache/response-cache.fast-path.js';
import { ResponseCacheStats } from '../../src/catalogue/response-cache/response-cache.js';
import { ResponseCachePlugin } from '../../src/catalogue/response-cache/response-cache.plugin.js';
import { Clock } from '../../src/common/clock/clock.js';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import {
  dataOf,
  EXPORT,
  importDraft,
  importPublished,
  smallCatalogue,
} from '../support/catalogue-factory.js';
import { PRICE } from '../support/pricing.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const READ = `query Read($providerCode: String!, $version: Int) {
  catalogue(providerCode: $providerCode, version: $version) {
    number status inForce provider { code versions { number status } }
    services { code name priceComponents { label amount tiers { upTo unitPrice } } }
  }
}`;

interface Read {
  catalogue: {
    number: number;
    status: string;
    inForce: boolean;
    services: { code: string; name: string; priceComponents: { amount: string | null }[] }[];
  } | null;
}

let app: TestApp;
let admin: SignedInTestUser;
let manager: SignedInTestUser;
let customer: SignedInTestUser;
let stats: ResponseCacheStats;

beforeAll(async () => {
  app = await startTestApp();
  stats = app.app.get(ResponseCacheStats);
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'RC-DK' });
  customer = await createUserAndLogin(app, { role: 'CUSTOMER', providerCode: 'RC-DK' });
  await importPublished(app, admin.token, smallCatalogue({ providerCode: 'RC-DK' }), '2020-01-01');
});

afterAll(async () => {
  vi.restoreAllMocks();
  await app?.close();
});

/** What one request did to the cache and the database. */
async function observe<T>(
  run: () => Promise<T>,
): Promise<{ result: T; hits: number; misses: number; stores: number; statements: number }> {
  const before = { ...stats, statements: app.statements() };
  const result = await run();
  return {
    result,
    hits: stats.hits - before.hits,
    misses: stats.misses - before.misses,
    stores: stats.stores - before.stores,
    statements: app.statements() - before.statements,
  };
}

const read = (variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
  app.gql<Read>(READ, variables, { headers });

describe('anonymous reads of published data', () => {
  it('are answered from the cache the second time, with no SQL and the same answer', async () => {
    const first = await observe(() => read({ providerCode: 'RC-DK' }, { 'accept-language': 'da' }));
    expect(first).toMatchObject({ misses: 1, stores: 1 });
    const second = await observe(() => read({ providerCode: 'RC-DK' }, { 'accept-language': 'da' }));
    expect(second).toMatchObject({ hits: 1, misses: 0, stores: 0, statements: 0 });
    expect(dataOf(second.result)).toEqual(dataOf(first.result));
    expect(dataOf(second.result).catalogue?.services[0].name).toBe('Grundgebyr løn');
  });

  it('a hit is answered before Apollo: the same bytes, and the GraphQL pipeline never sees it', async () => {
    // As the web app asks: Apollo then answers application/graphql-response+json, and so must the fast path.
    const post = () =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          'accept-language': 'fi, en;q=0.5',
        },
        body: JSON.stringify({ query: READ, variables: { providerCode: 'RC-DK' } }),
      });
    const first = await post();
    expect(first.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    const pipeline = vi.spyOn(app.app.get(ResponseCachePlugin), 'requestDidStart');
    try {
      const second = await post();
      expect(second.status).toBe(200);
      expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
      expect(await second.text()).toBe(await first.text());
      expect(pipeline).not.toHaveBeenCalled();
    } finally {
      pipeline.mockRestore();
    }
  });

  it('a hit that reaches Apollo (past the fast path) answers the kept bytes, parsed again', async () => {
    const variables = { providerCode: 'RC-DK' };
    const headers = { 'accept-language': 'nb' };
    const first = await observe(() => read(variables, headers));
    expect(first).toMatchObject({ misses: 1, stores: 1 });
    // The fast path answers every hit it can; with it out of the way the plugin must answer alone.
    const fastPath = app.app.get(ResponseCacheFastPath) as unknown as { answer(): boolean };
    const bypass = vi.spyOn(fastPath, 'answer').mockReturnValue(false);
    try {
      const second = await observe(() => read(variables, headers));
      expect(bypass).toHaveBeenCalled();
      expect(second).toMatchObject({ hits: 1, misses: 0, stores: 0, statements: 0 });
      expect(second.result).toEqual(first.result);
    } finally {
      bypass.mockRestore();
    }
  });

  it('are keyed by languages and variables', async () => {
    const english = await observe(() => read({ providerCode: 'RC-DK' }, { 'accept-language': 'en' }));
    expect(english.misses).toBe(1);
    expect(dataOf(english.result).catalogue?.services[0].name).toBe('Payroll base fee');
    const numbered = await observe(() =>
      read({ providerCode: 'RC-DK', version: 1 }, { 'accept-language': 'en' }),
    );
    expect(numbered.misses).toBe(1);
  });

  it('are keyed by today: the next day executes again (and "in force" is of that day)', async () => {
    const headers = { 'accept-language': 'sv' };
    await read({ providerCode: 'RC-DK' }, headers);
    expect((await observe(() => read({ providerCode: 'RC-DK' }, headers))).hits).toBe(1);
    const clock = app.app.get(Clock);
    const tomorrow = new Date(clock.now().getTime() + 86_400_000);
    const spy = vi.spyOn(clock, 'now').mockReturnValue(tomorrow);
    try {
      const nextDay = await observe(() => read({ providerCode: 'RC-DK' }, headers));
      expect(nextDay).toMatchObject({ hits: 0, misses: 1 });
      expect(dataOf(nextDay.result).catalogue?.inForce).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  it('show a newly published version at once', async () => {
    const headers = { 'accept-language': 'nb' };
    expect(dataOf(await read({ providerCode: 'RC-DK' }, headers)).catalogue?.number).toBe(1);
    await importPublished(
      app,
      admin.token,
      smallCatalogue({ providerCode: 'RC-DK', price: '9100.00' }),
      '2021-01-01',
    );
    const after = await observe(() => read({ providerCode: 'RC-DK' }, headers));
    expect(after.hits).toBe(0);
    const catalogue = dataOf(after.result).catalogue;
    expect(catalogue?.number).toBe(2);
    expect(catalogue?.services[0].priceComponents[0].amount).toBe('9100.00');
  });

  it('keep a price only when it is asked again: new volumes are never stored', async () => {
    const price = (quantity: string) =>
      app.gql(PRICE, {
        input: {
          providerCode: 'RC-DK',
          servicePackageCode: 'BASIS',
          volumes: [{ driverCode: 'PAYSLIPS', quantity }],
        },
      });
    for (const quantity of ['11', '12', '13']) {
      const once = await observe(() => price(quantity));
      expect(once).toMatchObject({ hits: 0, misses: 1, stores: 0 });
    }
    expect(await observe(() => price('11'))).toMatchObject({ hits: 0, stores: 1 });
    const third = await observe(() => price('11'));
    expect(third).toMatchObject({ hits: 1, stores: 0, statements: 0 });
    expect(third.result.errors).toBeUndefined();
  });

  it('never keep an error', async () => {
    const missing = () => app.gql(EXPORT, { providerCode: 'NO-SUCH' });
    const first = await observe(missing);
    const second = await observe(missing);
    expect(first.result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(second.result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(first.stores + second.stores).toBe(0);
    expect(second.hits).toBe(0);
  });
});

describe('nothing cached ever crosses users or shows a draft', () => {
  it('a manager reading a draft, then an anonymous caller, then the manager again', async () => {
    const draft = await importDraft(
      app,
      admin.token,
      smallCatalogue({ providerCode: 'RC-DK', price: '1.00' }),
    );
    const variables = { providerCode: 'RC-DK', version: draft.number };
    const asManager = await observe(() => app.gql<Read>(READ, variables, { token: manager.token }));
    expect(dataOf(asManager.result).catalogue?.status).toBe('DRAFT');
    expect(asManager).toMatchObject({ hits: 0, misses: 0, stores: 0 });

    const anonymous = await observe(() => read(variables));
    expect(dataOf(anonymous.result).catalogue).toBeNull();
    const anonymousAgain = await observe(() => read(variables));
    expect(anonymousAgain.hits).toBe(1);
    expect(dataOf(anonymousAgain.result).catalogue).toBeNull();

    const managerAgain = await observe(() => app.gql<Read>(READ, variables, { token: manager.token }));
    expect(dataOf(managerAgain.result).catalogue?.status).toBe('DRAFT');
    expect(managerAgain.hits).toBe(0);
    // The versions list of a manager shows the draft, the anonymous one never.
    const published = await app.gql<{ catalogue: { provider: { versions: { status: string }[] } } }>(
      READ,
      { providerCode: 'RC-DK' },
      { token: manager.token },
    );
    expect(dataOf(published).catalogue.provider.versions.map((v) => v.status)).toContain('DRAFT');
    const anonymousList = dataOf(
      await app.gql<{ catalogue: { provider: { versions: { status: string }[] } } }>(READ, {
        providerCode: 'RC-DK',
      }),
    );
    expect(anonymousList.catalogue.provider.versions.map((v) => v.status)).not.toContain('DRAFT');
  });

  it('a signed-in read is never answered from nor kept in the cache, not even of published data', async () => {
    const headers = { 'accept-language': 'da' };
    for (let i = 0; i < 2; i++) {
      const signedIn = await observe(() =>
        app.gql<Read>(READ, { providerCode: 'RC-DK' }, { token: customer.token, headers }),
      );
      expect(signedIn).toMatchObject({ hits: 0, misses: 0, stores: 0 });
    }
    const quotes = 'query { quotes(first: 5) { totalCount } }';
    for (let i = 0; i < 2; i++) {
      const own = await observe(() => app.gql(quotes, {}, { token: customer.token }));
      expect(own.result.errors).toBeUndefined();
      expect(own).toMatchObject({ hits: 0, misses: 0, stores: 0 });
    }
  });

  it('a mutation is never cached', async () => {
    const login = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
    const attempt = await observe(() =>
      app.gql(login, { email: 'nobody@example.org', password: 'wrong password' }),
    );
    expect(attempt).toMatchObject({ hits: 0, misses: 0, stores: 0 });
  });
});

describe('automatic persisted queries over GET', () => {
  const hash = createHash('sha256').update(READ).digest('hex');
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
  const variables = JSON.stringify({ providerCode: 'RC-DK' });

  function get(params: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    const query = new URLSearchParams(params).toString();
    return fetch(`${app.url}/graphql?${query}`, {
      headers: { 'apollo-require-preflight': 'true', ...headers },
    });
  }

  it('carry an ETag and a public Cache-Control, and answer 304 when If-None-Match matches', async () => {
    const registered = await get({ query: READ, extensions, variables });
    expect(registered.status).toBe(200);
    const etag = registered.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(registered.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    expect(registered.headers.get('vary')).toMatch(/Accept-Language/);
    const body = (await registered.json()) as { data: Read };
    expect(body.data.catalogue?.number).toBe(2);

    // The hash alone now names the query (Apollo's APQ store); the same answer, the same tag.
    const byHash = await get({ extensions, variables });
    expect(byHash.status).toBe(200);
    expect(byHash.headers.get('etag')).toBe(etag);
    expect(await byHash.json()).toEqual(body);

    const notModified = await get({ extensions, variables }, { 'if-none-match': etag! });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    expect(notModified.headers.get('etag')).toBe(etag);

    // Without Accept-Language the names are English; in Danish the body, and so the tag, differ.
    const otherLanguage = await get(
      { extensions, variables },
      { 'if-none-match': etag!, 'accept-language': 'da' },
    );
    expect(otherLanguage.status).toBe(200);
    expect(otherLanguage.headers.get('etag')).not.toBe(etag);
  });

  it('a signed-in GET gets no ETag and no public Cache-Control', async () => {
    const response = await get(
      { query: READ, extensions, variables },
      { authorization: `Bearer ${customer.token}` },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('cache-control') ?? '').not.toContain('public');
  });

  it('CSRF prevention stays on: a GET without a preflight header is refused before anything runs', async () => {
    const before = { ...stats };
    const response = await fetch(
      `${app.url}/graphql?${new URLSearchParams({ query: READ, extensions, variables }).toString()}`,
    );
    expect(response.status).toBe(400);
    expect(stats.hits + stats.misses).toBe(before.hits + before.misses);
  });
});
