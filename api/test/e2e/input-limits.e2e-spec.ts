import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../support/auth.js';
import {
  dataOf,
  generatedCatalogue,
  IMPORT,
  importDraft,
  rowCounts,
  smallCatalogue,
  VALIDATE,
  type VersionResult,
} from '../support/catalogue-factory.js';
import { CREATE_DRAFT, edit, exported, UPSERT } from '../support/draft-editing.js';
import { RECORD } from '../support/benchmarks.js';
import { CREATE_PROPOSAL, createProposal, RESPOND } from '../support/proposal-factory.js';
import {
  ADD_COMMENT,
  basisConfiguration,
  createQuoteWorld,
  QUOTE,
  SAVE_QUOTE,
  saveQuote,
  sql,
  type QuoteResult,
  type QuoteWorld,
} from '../support/quote-factory.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/*
 * Issue 10 items 2-4 (DESIGN, "Limits at every entry point"): the probes of the hostile test, each
 * refused in the same request with BAD_USER_INPUT on the right field, nothing written (read back).
 */

const PROVIDER = 'IL-DK';
const BIG_PROVIDER = 'IL-BIG';
const EMOJI = '😀';

// One of each character class the text rules refuse.
const PROBES: [string, string][] = [
  ['a NUL byte', 'a\u0000b'],
  ['an ANSI escape', '\u001B[31mred\u001B[0m'],
  ['a lone surrogate', 'a\uD800b'],
  ['a right-to-left override', 'abc\u202Edef'],
  ['a zero-width space', 'a\u200Bb'],
];

let app: TestApp;
let world: QuoteWorld;
let quote: QuoteResult;
let proposalId: string;

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
  quote = await saveQuote(app, world.customerA.token, {
    name: 'Limits',
    configuration: basisConfiguration(PROVIDER),
  });
  proposalId = (
    await createProposal(app, world.customerA.token, {
      providerCode: PROVIDER,
      title: 'A proposal',
      description: 'Why.',
    })
  ).id;
});

afterAll(async () => {
  await app?.close();
});

function expectRefused(response: GraphQLResponse<unknown>, field: string): Record<string, unknown> {
  const [error] = response.errors ?? [];
  expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  return error.extensions ?? {};
}

async function count(table: string): Promise<number> {
  const [row] = await sql<{ n: number | string }>(app, `SELECT COUNT(*) AS n FROM ${table}`);
  return Number(row.n);
}

const digits = (n: number): string => '9'.repeat(n);

let openDraft: VersionResult | undefined;

/** The provider's draft, created once: every edit of this spec is refused, so its version stays. */
async function newDraft(): Promise<VersionResult> {
  if (!openDraft) {
    const response = await app.gql<{ createDraft: VersionResult }>(
      CREATE_DRAFT,
      { providerCode: PROVIDER },
      { token: world.manager.token },
    );
    openDraft = dataOf(response).createDraft;
  }
  return openDraft;
}

describe('bounded decimals', () => {
  it('refuses four aliases of priceConfiguration sharing six 300,000-digit quantities, unread', async () => {
    const input = {
      providerCode: PROVIDER,
      servicePackageCode: 'BASIS',
      volumes: ['A', 'B', 'C', 'D', 'E', 'F'].map((code) => ({
        driverCode: code,
        quantity: digits(300_000),
      })),
    };
    const fields = 'totals { firstYear }';
    const query = `query ($input: ConfigurationInput!) {
      a: priceConfiguration(input: $input) { ${fields} } b: priceConfiguration(input: $input) { ${fields} }
      c: priceConfiguration(input: $input) { ${fields} } d: priceConfiguration(input: $input) { ${fields} } }`;
    const response = await app.gql(query, { input });
    expect(response.data ?? null).toBeNull();
    const extensions = expectRefused(response, 'input.volumes[0].quantity');
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(response.errors?.[0].message).toContain('at most 12 digits before the decimal point');
    // The refused value is not echoed back: the whole answer stays small.
    expect(JSON.stringify(response).length).toBeLessThan(10_000);
  });

  it('refuses a 100,000-digit quantity in compareConfigurations', async () => {
    const query = `query ($inputs: [ConfigurationInput!]!) { compareConfigurations(inputs: $inputs) { totals { firstYear } } }`;
    const inputs = [basisConfiguration(PROVIDER), basisConfiguration(PROVIDER, digits(100_000))];
    expectRefused(await app.gql(query, { inputs }), 'inputs[1].volumes[0].quantity');
  });

  it('refuses to save a quote with a 100,000-digit quantity, and saves nothing', async () => {
    const before = await count('quotes');
    const response = await app.gql(
      SAVE_QUOTE,
      { input: { name: 'Huge', configuration: basisConfiguration(PROVIDER, digits(100_000)) } },
      { token: world.customerA.token },
    );
    expectRefused(response, 'input.configuration.volumes[0].quantity');
    expect(await count('quotes')).toBe(before);
  });

  it('counts decimals as written: "1.5000000" is refused, "1.500000" accepted', async () => {
    const query = `query ($input: ConfigurationInput!) { priceConfiguration(input: $input) { totals { firstYear } } }`;
    const at = (quantity: string) => ({
      providerCode: PROVIDER,
      servicePackageCode: 'BASIS',
      volumes: [{ driverCode: 'PAYSLIPS', quantity }],
    });
    const refused = await app.gql(query, { input: at('600.0000000') });
    expect(expectRefused(refused, 'input.volumes[0].quantity').errors).toEqual([
      expect.objectContaining({ code: 'TOO_MANY_DECIMALS', params: expect.objectContaining({ max: 6 }) }),
    ]);
    expect((await app.gql(query, { input: at('600.000000') })).errors).toBeUndefined();
    expectRefused(await app.gql(query, { input: at('1234567890123') }), 'input.volumes[0].quantity');
  });

  it('refuses a 100,000-digit agency default volume, and creates nothing', async () => {
    const before = await count('agencies');
    const mutation = `mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`;
    const input = {
      name: 'Volumes',
      country: 'DK',
      organisationNumber: '31250005',
      providerCode: PROVIDER,
      defaultVolumes: [{ driverCode: 'PAYSLIPS', quantity: digits(100_000) }],
    };
    expectRefused(
      await app.gql(mutation, { input }, { token: world.admin.token }),
      'input.defaultVolumes[0].quantity',
    );
    expect(await count('agencies')).toBe(before);
  });

  it('refuses 40-decimal and 100,000-digit prices in draft edits, and changes nothing', async () => {
    const draft = await newDraft();
    const before = await exported(app, world.manager.token, PROVIDER, draft.number);
    const service = structuredClone(before.services.find((s) => s.code === 'PAY-BASE')!);
    for (const amount of [`1.${'0'.repeat(39)}1`, digits(100_000), '1.1234567', '1234567890123']) {
      service.priceComponents[0].amount = amount;
      const response = await edit(app, world.manager.token, UPSERT.service, draft, { input: service });
      expectRefused(response, 'input.priceComponents[0].amount');
    }
    const surcharge = { code: 'STANDARD', name: { en: 'Standard' }, rank: 1, surchargePercent: '5.12345' };
    const response = await edit(app, world.manager.token, UPSERT.serviceLevel, draft, { input: surcharge });
    expectRefused(response, 'input.surchargePercent');
    expect(await exported(app, world.manager.token, PROVIDER, draft.number)).toEqual(before);
  });

  it('refuses a 100,000-digit benchmark value', async () => {
    const input = {
      providerCode: PROVIDER,
      year: 2024,
      kpi: 'COST_PER_PAYSLIP',
      value: digits(100_000),
      source: 'x',
    };
    expectRefused(await app.gql(RECORD, { input }, { token: world.admin.token }), 'input.value');
    expect(await count('benchmark_figures')).toBe(0);
  });
});

describe('catalogue document limits', () => {
  const withTiers = (count: number) => {
    const doc = smallCatalogue({ providerCode: 'IL-TIERS' });
    const component = doc.services[1].priceComponents[0];
    component.tiers = Array.from({ length: count }, (_, i) => ({
      upTo: i === count - 1 ? null : String(i + 1),
      unitPrice: '1.00',
    }));
    return doc;
  };

  it('validateCatalogue refuses a 50,000-tier document with one error', async () => {
    const response = await app.gql<{ validateCatalogue: { path: string; code: string }[] }>(VALIDATE, {
      document: withTiers(50_000),
    });
    expect(dataOf(response).validateCatalogue).toEqual([
      expect.objectContaining({ path: 'services[1].priceComponents[0].tiers', code: 'TOO_MANY_ENTRIES' }),
    ]);
  });

  it('importCatalogue refuses a 50,000-tier document and writes nothing', async () => {
    const before = await rowCounts(app);
    const response = await app.gql(IMPORT, { document: withTiers(50_000) }, { token: world.admin.token });
    const extensions = expectRefused(response, 'document');
    expect(extensions.errors).toEqual([expect.objectContaining({ code: 'TOO_MANY_ENTRIES' })]);
    expect(await rowCounts(app)).toEqual(before);
  });

  it('refuses the 501st service of a draft', async () => {
    const draft = await importDraft(app, world.admin.token, generatedCatalogue(BIG_PROVIDER, 500));
    const doc = await exported(app, world.admin.token, BIG_PROVIDER, draft.number);
    const extra = { ...structuredClone(doc.services[1]), code: 'SVC-0500' };
    const response = await edit(app, world.admin.token, UPSERT.service, draft, { input: extra });
    const extensions = expectRefused(response, 'input');
    expect(extensions.errors).toEqual([
      expect.objectContaining({ path: 'services', code: 'TOO_MANY_ENTRIES' }),
    ]);
    expect((await exported(app, world.admin.token, BIG_PROVIDER, draft.number)).services).toHaveLength(500);
  });

  it('refuses a 1 MB name and a 100,000-character code in draft edits', async () => {
    const draft = await newDraft();
    const before = await exported(app, world.manager.token, PROVIDER, draft.number);
    const huge = { code: 'HUGE', name: { en: 'x'.repeat(1_000_000) } };
    const named = await edit(app, world.manager.token, UPSERT.category, draft, { input: huge });
    // The name is one JSON argument: the document validator's error is reported on it.
    expect(expectRefused(named, 'input.name').errors).toEqual([
      expect.objectContaining({ code: 'TEXT_TOO_LONG', params: expect.objectContaining({ max: 200 }) }),
    ]);
    const coded = { code: 'A'.repeat(100_000), name: { en: 'Long code' } };
    const response = await edit(app, world.manager.token, UPSERT.category, draft, { input: coded });
    expectRefused(response, 'input.code');
    expect(JSON.stringify(response).length).toBeLessThan(10_000);
    expect(await exported(app, world.manager.token, PROVIDER, draft.number)).toEqual(before);
  });
});

describe('one text rule set for every free-text field', () => {
  const fields: [string, (text: string) => Promise<GraphQLResponse<unknown>>, string, string][] = [
    [
      'quote name',
      (name) =>
        app.gql(
          SAVE_QUOTE,
          { input: { name, configuration: basisConfiguration(PROVIDER) } },
          { token: world.customerA.token },
        ),
      'input.name',
      'quotes',
    ],
    [
      'quote comment',
      (text) => app.gql(ADD_COMMENT, { id: quote.id, text }, { token: world.customerA.token }),
      'text',
      'quote_comments',
    ],
    [
      'agency name',
      (name) =>
        app.gql(
          `mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`,
          { input: { name, country: 'DK', organisationNumber: '31250005', providerCode: PROVIDER } },
          { token: world.admin.token },
        ),
      'input.name',
      'agencies',
    ],
    [
      'proposal title',
      (title) =>
        app.gql(
          CREATE_PROPOSAL,
          { input: { providerCode: PROVIDER, title, description: 'Why.' } },
          { token: world.customerA.token },
        ),
      'input.title',
      'proposals',
    ],
    [
      'proposal description',
      (description) =>
        app.gql(
          CREATE_PROPOSAL,
          { input: { providerCode: PROVIDER, title: 'T', description } },
          { token: world.customerA.token },
        ),
      'input.description',
      'proposals',
    ],
    [
      'proposal response',
      (response) =>
        app.gql(
          RESPOND,
          { id: proposalId, status: 'UNDER_REVIEW', response, expectedVersion: 1 },
          { token: world.manager.token },
        ),
      'response',
      'proposals WHERE response IS NOT NULL',
    ],
    [
      'benchmark source',
      (source) =>
        app.gql(
          RECORD,
          { input: { providerCode: PROVIDER, year: 2024, kpi: 'COST_PER_PAYSLIP', value: '14', source } },
          { token: world.admin.token },
        ),
      'input.source',
      'benchmark_figures',
    ],
    [
      'user name',
      (name) =>
        app.gql(
          `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
          {
            input: {
              email: `probe-${Date.now()}@example.org`,
              name,
              password: 'a long enough password',
              role: 'ADMIN',
            },
          },
          { token: world.admin.token },
        ),
      'input.name',
      'users',
    ],
  ];

  describe.each(fields)('%s', (_name, send, field, table) => {
    it.each(PROBES)('refuses %s, writing nothing', async (_probe, text) => {
      const before = await count(table);
      const response = await send(text);
      expectRefused(response, field);
      expect(response.errors?.[0].message).toMatch(/U\+00(00|1B)|U\+D800|U\+202E|U\+200B/);
      expect(await count(table)).toBe(before);
    });
  });

  it.each(PROBES)('refuses %s in a draft edit name, changing nothing', async (_probe, text) => {
    const draft = await newDraft();
    const before = await exported(app, world.manager.token, PROVIDER, draft.number);
    const response = await edit(app, world.manager.token, UPSERT.category, draft, {
      input: { code: 'PAYROLL', name: { en: text } },
    });
    // A NUL is refused by the floor under every argument (at input.name.en), the others by the
    // document validator on the JSON argument (at input.name); either way the character is named.
    const [error] = response.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toMatch(/^input\.name(\.en)?$/);
    expect(error?.message).toMatch(/U\+(0000|001B|D800|202E|200B)/);
    expect(await exported(app, world.manager.token, PROVIDER, draft.number)).toEqual(before);
  });

  it('refuses a NUL byte in an id before any query is built from it', async () => {
    expectRefused(await app.gql(QUOTE, { id: 'abc\u0000' }, { token: world.customerA.token }), 'id');
  });

  it('accepts a name of 150 emoji and refuses one of 201', async () => {
    const saved = await saveQuote(app, world.customerA.token, {
      name: EMOJI.repeat(150),
      configuration: basisConfiguration(PROVIDER),
    });
    expect(saved.name).toBe(EMOJI.repeat(150));
    const before = await count('quotes');
    const response = await app.gql(
      SAVE_QUOTE,
      { input: { name: EMOJI.repeat(201), configuration: basisConfiguration(PROVIDER) } },
      { token: world.customerA.token },
    );
    expectRefused(response, 'input.name');
    expect(response.errors?.[0].message).toContain('at most 200 characters');
    expect(await count('quotes')).toBe(before);
  });

  it('accepts emoji joined by ZERO WIDTH JOINER and stores NFD input as NFC', async () => {
    const family = '👩\u200D👩\u200D👧';
    const saved = await saveQuote(app, world.customerA.token, {
      name: `Lo\u0308n ${family}`,
      configuration: basisConfiguration(PROVIDER),
    });
    const read = dataOf(
      await app.gql<{ quote: QuoteResult }>(QUOTE, { id: saved.id }, { token: world.customerA.token }),
    );
    expect(read.quote.name).toBe(`L\u00F6n ${family}`);
  });

  it('stores CR LF and a lone CR of a comment as LF', async () => {
    const response = await app.gql(
      ADD_COMMENT,
      { id: quote.id, text: 'one\r\ntwo\rthree' },
      { token: world.customerA.token },
    );
    expect(response.errors).toBeUndefined();
    const read = dataOf(
      await app.gql<{ quote: QuoteResult }>(QUOTE, { id: quote.id }, { token: world.customerA.token }),
    );
    expect(read.quote.comments.map((c) => c.text)).toContain('one\ntwo\nthree');
  });

  it('keeps reading text stored before the rules', async () => {
    const agencyId = await createAgency(app, { providerCode: PROVIDER, name: 'Legacy' });
    await sql(app, 'UPDATE agencies SET name = $1 WHERE id = $2', ['Legacy\u200B name', agencyId]);
    const response = await app.gql<{ agency: { name: string } }>(
      'query ($id: ID!) { agency(id: $id) { name } }',
      { id: agencyId },
      { token: world.admin.token },
    );
    expect(dataOf(response).agency.name).toBe('Legacy\u200B name');
  });
});
