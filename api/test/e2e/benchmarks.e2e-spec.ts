/**
 * Benchmark figures end to end: recording, reading (filters and paging), changing and deleting,
 * every validation rule at its field, one figure per (provider, year, KPI), the provider's
 * currency, optimistic locking in the statement itself, and an audit event per change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin, ensureProvider, type SignedInTestUser } from '../support/auth.js';
import {
  deleteFigure,
  expectRefused,
  listFigures,
  recordFigure,
  storedFigures,
  updateFigure,
  type Figure,
} from '../support/benchmarks.js';
import {
  auditEventsOf,
  dataOf,
  exampleCatalogue,
  importPublished,
  smallCatalogue,
} from '../support/catalogue-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: SignedInTestUser;
let manager: SignedInTestUser;
const NEXT_YEAR = new Date().getUTCFullYear() + 1;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  // B-NO prices in NOK (its catalogue in force); B-EUR is a Danish centre whose catalogue is in EUR;
  // B-DK has no catalogue at all, so its country's currency (DKK) is used.
  await importPublished(app, admin.token, exampleCatalogue('B-NO'), '2020-01-01');
  await importPublished(
    app,
    admin.token,
    smallCatalogue({ providerCode: 'B-EUR', currency: 'EUR', validFrom: '2020-01-01' }),
  );
  await ensureProvider(app, 'B-DK');
  manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'B-NO' });
});

afterAll(async () => {
  await app?.close();
});

async function record(input: Record<string, unknown>, token = admin.token): Promise<Figure> {
  return dataOf(await recordFigure(app, input, token)).recordBenchmarkFigure;
}

function payslip(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    providerCode: 'B-NO',
    year: 2021,
    kpi: 'COST_PER_PAYSLIP',
    value: '14',
    source: 'DFØ annual report 2021',
    ...overrides,
  };
}

describe('recordBenchmarkFigure', () => {
  it('records a figure in the currency of the provider’s catalogue in force, exactly as given', async () => {
    const figure = await record(
      payslip({ year: 2022, value: '012.50', source: '  Annual report  ' }),
      manager.token,
    );
    expect(figure).toEqual({
      id: expect.any(String),
      providerCode: 'B-NO',
      year: 2022,
      kpi: 'COST_PER_PAYSLIP',
      value: '12.50',
      currency: 'NOK',
      source: 'Annual report',
      version: 1,
    });
    const row = (await storedFigures(app)).find((stored) => stored.id === figure.id);
    expect(row).toMatchObject({ value: '12.50', currency: 'NOK', year: 2022, version: 1 });
  });

  it('keeps tiny and many-digit values exact (no binary floating point)', async () => {
    const figure = await record(payslip({ kpi: 'COST_PER_POSTING_LINE', year: 2020, value: '0.100001' }));
    expect(figure.value).toBe('0.100001');
    const big = await record(payslip({ kpi: 'COST_PER_REFUND', year: 2020, value: '123456789012.123456' }));
    expect(big.value).toBe('123456789012.123456');
  });

  it('takes the catalogue’s currency over the country’s, and the country’s when there is no catalogue', async () => {
    expect((await record(payslip({ providerCode: 'B-EUR' }))).currency).toBe('EUR');
    expect((await record(payslip({ providerCode: 'B-DK' }))).currency).toBe('DKK');
  });

  it('accepts the provider’s currency when it is given', async () => {
    const figure = await record(payslip({ year: 2019, currency: 'NOK' }));
    expect(figure.currency).toBe('NOK');
  });

  it('writes an audit event with the figure, attributed to the centre', async () => {
    const figure = await record(payslip({ year: 2018 }), manager.token);
    expect(await auditEventsOf(app, figure.id)).toEqual([
      {
        action: 'CREATE',
        actorEmail: manager.email,
        before: null,
        after: {
          id: figure.id,
          providerCode: 'B-NO',
          year: 2018,
          kpi: 'COST_PER_PAYSLIP',
          value: '14',
          currency: 'NOK',
          source: 'DFØ annual report 2021',
          version: 1,
        },
      },
    ]);
  });

  it.each([
    ['a year before 2000', { year: 1999 }, 'input.year'],
    ['a year after next year', { year: NEXT_YEAR + 1 }, 'input.year'],
    ['a value of 0', { value: '0' }, 'input.value'],
    ['a value of 0.000', { value: '0.000' }, 'input.value'],
    ['a negative value', { value: '-1' }, 'input.value'],
    ['a value with 7 decimals', { value: '1.1234567' }, 'input.value'],
    ['a value with 13 whole digits', { value: '1234567890123' }, 'input.value'],
    ['a value with an exponent', { value: '1e3' }, 'input.value'],
    ['a value with a comma', { value: '3,8' }, 'input.value'],
    ['a value as a JSON number', { value: 14 }, 'input.value'],
    ['an empty source', { source: '   ' }, 'input.source'],
    ['a source of 501 characters', { source: 'x'.repeat(501) }, 'input.source'],
    ['another currency', { currency: 'SEK' }, 'input.currency'],
    ['an unknown KPI', { kpi: 'COST_PER_MEETING' }, 'input.kpi'],
    ['an unknown provider', { providerCode: 'NOPE' }, 'input.providerCode'],
    ['a year that is not a whole number', { year: 2020.5 }, 'input.year'],
  ])('refuses %s with BAD_USER_INPUT on its field, writing nothing', async (_what, overrides, field) => {
    const before = await storedFigures(app);
    const response = await recordFigure(app, payslip({ year: 2010, ...overrides }), admin.token);
    expectRefused(response, 'BAD_USER_INPUT', field);
    expect(await storedFigures(app)).toEqual(before);
  });

  it('accepts next year and the year 2000, and a source of exactly 500 characters', async () => {
    expect((await record(payslip({ year: NEXT_YEAR }))).year).toBe(NEXT_YEAR);
    expect((await record(payslip({ year: 2000, source: 's'.repeat(500) }))).source).toHaveLength(500);
  });

  it('refuses a second figure for the same provider, year and KPI with BAD_USER_INPUT on input.year', async () => {
    await record(payslip({ year: 2017 }));
    const before = await storedFigures(app);
    const response = await recordFigure(app, payslip({ year: 2017, value: '99' }), manager.token);
    expectRefused(response, 'BAD_USER_INPUT', 'input.year');
    expect(response.errors?.[0].extensions?.reason).toBe('DUPLICATE');
    expect(await storedFigures(app)).toEqual(before);
    // The same year with another KPI, or another provider, is a different figure.
    expect((await record(payslip({ year: 2017, kpi: 'COST_PER_TRAVEL_CLAIM' }))).kpi).toBe(
      'COST_PER_TRAVEL_CLAIM',
    );
    expect((await record(payslip({ year: 2017, providerCode: 'B-DK' }))).providerCode).toBe('B-DK');
  });

  it('lets exactly one of two concurrent recordings of one (provider, year, KPI) win', async () => {
    const responses = await Promise.all(
      ['1', '2', '3'].map((value) => recordFigure(app, payslip({ year: 2016, value }), admin.token)),
    );
    const won = responses.filter((response) => response.data?.recordBenchmarkFigure);
    expect(won).toHaveLength(1);
    for (const lost of responses.filter((response) => !response.data?.recordBenchmarkFigure))
      expectRefused(lost, 'BAD_USER_INPUT', 'input.year');
  });
});

describe('updateBenchmarkFigure', () => {
  it('changes the given fields, bumps the version and writes an audit event with before and after', async () => {
    const figure = await record(payslip({ year: 2015, kpi: 'COST_PER_INCOMING_INVOICE', value: '12' }));
    const updated = dataOf(
      await updateFigure(app, figure.id, { value: '13.75', source: 'Corrected report' }, 1, manager.token),
    ).updateBenchmarkFigure;
    expect(updated).toEqual({ ...figure, value: '13.75', source: 'Corrected report', version: 2 });
    const events = await auditEventsOf(app, figure.id);
    expect(events.map((event) => event.action)).toEqual(['CREATE', 'UPDATE']);
    expect(events[1]).toMatchObject({
      actorEmail: manager.email,
      before: { value: '12', source: 'DFØ annual report 2021', version: 1 },
      after: { value: '13.75', source: 'Corrected report', version: 2 },
    });
    const listed = dataOf(
      await listFigures(app, { providerCode: 'B-NO', kpi: 'COST_PER_INCOMING_INVOICE', year: 2015 }),
    );
    expect(listed.benchmarkFigures.edges.map((edge) => edge.node)).toEqual([updated]);
  });

  it('moves a figure to another year and KPI, but not onto one that exists', async () => {
    const figure = await record(payslip({ year: 2014 }));
    await record(payslip({ year: 2013 }));
    const clash = await updateFigure(app, figure.id, { year: 2013 }, 1, admin.token);
    expectRefused(clash, 'BAD_USER_INPUT', 'input.year');
    expect(clash.errors?.[0].extensions?.reason).toBe('DUPLICATE');
    const moved = dataOf(
      await updateFigure(app, figure.id, { year: 2013, kpi: 'COST_PER_REFUND' }, 1, admin.token),
    );
    expect(moved.updateBenchmarkFigure).toMatchObject({ year: 2013, kpi: 'COST_PER_REFUND', version: 2 });
  });

  it.each([
    ['year', { year: 1999 }, 'input.year'],
    ['value', { value: '0' }, 'input.value'],
    ['value', { value: '-0.5' }, 'input.value'],
    ['source', { source: '' }, 'input.source'],
    ['source', { source: 'y'.repeat(501) }, 'input.source'],
    ['currency', { currency: 'DKK' }, 'input.currency'],
    ['kpi', { kpi: 'NOT_A_KPI' }, 'input.kpi'],
  ])('refuses a bad %s at its field and changes nothing', async (_what, input, field) => {
    const figure = await record(payslip({ year: 2012, kpi: 'COST_PER_OUTGOING_INVOICE' }));
    const before = await storedFigures(app);
    expectRefused(await updateFigure(app, figure.id, input, 1, admin.token), 'BAD_USER_INPUT', field);
    expect(await storedFigures(app)).toEqual(before);
    await deleteFigure(app, figure.id, 1, admin.token);
  });

  it('refuses a stale expectedVersion with CONFLICT, changing nothing and writing no audit event', async () => {
    const figure = await record(payslip({ year: 2011 }));
    dataOf(await updateFigure(app, figure.id, { value: '15' }, 1, admin.token));
    const before = await storedFigures(app);
    const stale = await updateFigure(app, figure.id, { value: '16' }, 1, manager.token);
    expectRefused(stale, 'CONFLICT');
    expect(stale.errors?.[0].extensions?.reason).toBe('STALE_VERSION');
    expect(await storedFigures(app)).toEqual(before);
    expect((await auditEventsOf(app, figure.id)).map((event) => event.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('lets exactly one of concurrent editors with the same version win', async () => {
    const figure = await record(payslip({ year: 2010 }));
    const responses = await Promise.all(
      ['20', '21', '22', '23'].map((value) => updateFigure(app, figure.id, { value }, 1, admin.token)),
    );
    const won = responses.filter((response) => response.data?.updateBenchmarkFigure);
    expect(won).toHaveLength(1);
    for (const lost of responses.filter((response) => !response.data?.updateBenchmarkFigure))
      expectRefused(lost, 'CONFLICT');
    const row = (await storedFigures(app)).find((stored) => stored.id === figure.id);
    expect(row).toMatchObject({ version: 2, value: won[0].data?.updateBenchmarkFigure.value });
  });

  it('is NOT_FOUND for an unknown id', async () => {
    expectRefused(await updateFigure(app, 'no-such-id', { value: '1' }, 1, admin.token), 'NOT_FOUND', 'id');
  });
});

describe('deleteBenchmarkFigure', () => {
  it('deletes the figure and writes an audit event with what was deleted', async () => {
    const figure = await record(payslip({ year: 2009 }));
    expect(dataOf(await deleteFigure(app, figure.id, 1, manager.token))).toEqual({
      deleteBenchmarkFigure: true,
    });
    expect((await storedFigures(app)).some((row) => row.id === figure.id)).toBe(false);
    const events = await auditEventsOf(app, figure.id);
    expect(events.map((event) => [event.action, event.before !== null, event.after])).toEqual([
      ['CREATE', false, expect.anything()],
      ['DELETE', true, null],
    ]);
    expect(events[1].before).toMatchObject({ id: figure.id, year: 2009, value: '14' });
    // The (provider, year, KPI) is free again.
    expect((await record(payslip({ year: 2009, value: '15' }))).value).toBe('15');
  });

  it('refuses a stale expectedVersion with CONFLICT and deletes nothing', async () => {
    const figure = await record(payslip({ year: 2008 }));
    dataOf(await updateFigure(app, figure.id, { value: '15' }, 1, admin.token));
    const before = await storedFigures(app);
    expectRefused(await deleteFigure(app, figure.id, 1, admin.token), 'CONFLICT');
    expect(await storedFigures(app)).toEqual(before);
  });

  it('racing editors with the same version: exactly one of the changes and deletions wins', async () => {
    const figure = await record(payslip({ year: 2006 }));
    const updates = ['20', '21', '22'].map((value) =>
      updateFigure(app, figure.id, { value }, 1, admin.token),
    );
    const deletes = [0, 1, 2].map(() => deleteFigure(app, figure.id, 1, admin.token));
    const [updated, deleted] = await Promise.all([Promise.all(updates), Promise.all(deletes)]);
    const wins =
      updated.filter((response) => response.data?.updateBenchmarkFigure).length +
      deleted.filter((response) => response.data?.deleteBenchmarkFigure).length;
    expect(wins).toBe(1);
    for (const lost of [...updated, ...deleted].filter(
      (response) => response.errors !== undefined && response.errors.length > 0,
    ))
      expect(lost.errors?.[0].extensions?.code).toMatch(/^(CONFLICT|NOT_FOUND)$/);
    const actions = (await auditEventsOf(app, figure.id)).map((event) => event.action);
    expect(actions.filter((action) => action !== 'CREATE')).toHaveLength(1);
  });

  it('is NOT_FOUND for a figure that does not exist (any more)', async () => {
    const figure = await record(payslip({ year: 2007 }));
    dataOf(await deleteFigure(app, figure.id, 1, admin.token));
    expectRefused(await deleteFigure(app, figure.id, 1, admin.token), 'NOT_FOUND', 'id');
  });
});

describe('benchmarkFigures', () => {
  it('filters by provider, KPI and year, ordered by KPI, provider and year', async () => {
    const all = dataOf(await listFigures(app, { first: 100 })).benchmarkFigures;
    const keys = all.edges.map(({ node }) => [node.kpi, node.providerCode, node.year]);
    expect(keys.length).toBeGreaterThan(10);
    expect(all.totalCount).toBe(keys.length);
    const sorted = [...keys].sort((a, b) =>
      a[0] !== b[0]
        ? String(a[0]).localeCompare(String(b[0]))
        : a[1] !== b[1]
          ? String(a[1]).localeCompare(String(b[1]))
          : Number(a[2]) - Number(b[2]),
    );
    expect(keys).toEqual(sorted);

    const eur = dataOf(await listFigures(app, { providerCode: 'B-EUR' })).benchmarkFigures;
    expect(eur.edges.map(({ node }) => [node.kpi, node.year, node.value, node.currency])).toEqual([
      ['COST_PER_PAYSLIP', 2021, '14', 'EUR'],
    ]);
    const year2017 = dataOf(await listFigures(app, { year: 2017, kpi: 'COST_PER_PAYSLIP' })).benchmarkFigures;
    expect(year2017.edges.map(({ node }) => node.providerCode)).toEqual(['B-DK', 'B-NO']);
    expect(year2017.totalCount).toBe(2);
  });

  it('pages with cursors through every figure exactly once', async () => {
    const all = dataOf(await listFigures(app, { first: 100 })).benchmarkFigures;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const { benchmarkFigures: result }: { benchmarkFigures: typeof all } = dataOf(
        await listFigures(app, { first: 3, after }),
      );
      seen.push(...result.edges.map((edge) => edge.node.id));
      expect(result.totalCount).toBe(all.totalCount);
      expect(result.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
  });

  it('refuses an unknown provider, a foreign cursor and a page size out of range at their fields', async () => {
    expectRefused(await listFigures(app, { providerCode: 'NOPE' }), 'BAD_USER_INPUT', 'providerCode');
    expectRefused(await listFigures(app, { after: 'not-a-cursor' }), 'BAD_USER_INPUT', 'after');
    // Well-formed cursors whose key is not (KPI, provider, year): not JSON, too short, a fractional year.
    for (const key of [
      'not json',
      '["COST_PER_PAYSLIP", "B-ONE"]',
      '["COST_PER_PAYSLIP", "B-ONE", 2024.5]',
    ]) {
      const after = Buffer.from(key, 'utf8').toString('base64url');
      expectRefused(await listFigures(app, { after }), 'BAD_USER_INPUT', 'after');
    }
    expectRefused(await listFigures(app, { first: 0 }), 'BAD_USER_INPUT', 'first');
    expectRefused(await listFigures(app, { first: 101 }), 'BAD_USER_INPUT', 'first');
  });

  it('gives an empty list for a provider without figures', async () => {
    await ensureProvider(app, 'B-EMPTY');
    expect(dataOf(await listFigures(app, { providerCode: 'B-EMPTY' })).benchmarkFigures).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });
});
