/**
 * Who may do what with benchmark figures (DESIGN, "Who may do what"): everyone reads, anonymous
 * callers too; account managers write their own centre's figures; administrators all. Every query
 * and mutation is tried by every kind of caller, and a refusal changes nothing.
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
import { dataOf } from '../support/catalogue-factory.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

type Caller = 'anonymous' | 'customer' | 'own manager' | 'other manager' | 'admin';

let app: TestApp;
const tokens = new Map<Caller, string | undefined>();
let admin: SignedInTestUser;
let ownManager: SignedInTestUser;
let otherManager: SignedInTestUser;
let year = 2000;

beforeAll(async () => {
  app = await startTestApp();
  await ensureProvider(app, 'A-OWN');
  await ensureProvider(app, 'A-OTHER');
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  ownManager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'A-OWN' });
  otherManager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'A-OTHER' });
  // A customer of the figure's own centre: being served by it gives no right to write its figures.
  const customer = await createUserAndLogin(app, { role: 'CUSTOMER', providerCode: 'A-OWN' });
  tokens.set('anonymous', undefined);
  tokens.set('customer', customer.token);
  tokens.set('own manager', ownManager.token);
  tokens.set('other manager', otherManager.token);
  tokens.set('admin', admin.token);
});

afterAll(async () => {
  await app?.close();
});

/** A fresh figure of A-OWN, recorded by the administrator (a new year each time, so none clash). */
async function ownFigure(): Promise<Figure> {
  year += 1;
  return dataOf(
    await recordFigure(
      app,
      { providerCode: 'A-OWN', year, kpi: 'COST_PER_PAYSLIP', value: '10', source: 'Annual report' },
      admin.token,
    ),
  ).recordBenchmarkFigure;
}

const REFUSALS: [Caller, string][] = [
  ['anonymous', 'UNAUTHENTICATED'],
  ['customer', 'FORBIDDEN'],
  ['other manager', 'FORBIDDEN'],
];
const ALLOWED: Caller[] = ['own manager', 'admin'];

async function expectNothingChanged(
  work: () => Promise<GraphQLResponse<unknown>>,
  code: string,
): Promise<void> {
  const before = await storedFigures(app);
  expectRefused(await work(), code);
  expect(await storedFigures(app)).toEqual(before);
}

describe('benchmarkFigures', () => {
  it.each<Caller>(['anonymous', 'customer', 'own manager', 'other manager', 'admin'])(
    'is open to %s',
    async (caller) => {
      const figure = await ownFigure();
      const list = dataOf(
        await listFigures(app, { providerCode: 'A-OWN', year: figure.year }, tokens.get(caller)),
      );
      expect(list.benchmarkFigures.edges.map((edge) => edge.node)).toEqual([figure]);
    },
  );
});

describe('recordBenchmarkFigure', () => {
  const input = (providerCode: string) => ({
    providerCode,
    year: 2024,
    kpi: 'COST_PER_REFUND',
    value: '72',
    source: 'Annual report',
  });

  it.each(REFUSALS)('refuses %s with %s for the centre’s figures', async (caller, code) => {
    await expectNothingChanged(() => recordFigure(app, input('A-OWN'), tokens.get(caller)), code);
  });

  it('refuses a manager recording for another centre even with bad input, before looking at it', async () => {
    await expectNothingChanged(
      () => recordFigure(app, { ...input('A-OTHER'), value: '0' }, ownManager.token),
      'FORBIDDEN',
    );
    await expectNothingChanged(
      () => recordFigure(app, input('NO-SUCH-CENTRE'), ownManager.token),
      'FORBIDDEN',
    );
  });

  it('refuses anonymous callers with UNAUTHENTICATED even when the input is bad', async () => {
    await expectNothingChanged(() => recordFigure(app, { ...input('A-OWN'), year: 1 }), 'UNAUTHENTICATED');
  });

  it.each(ALLOWED)('lets the %s record the centre’s figure', async (caller) => {
    const kpi = caller === 'admin' ? 'COST_PER_TRAVEL_CLAIM' : 'COST_PER_REFUND';
    const figure = dataOf(
      await recordFigure(app, { ...input('A-OWN'), kpi }, tokens.get(caller)),
    ).recordBenchmarkFigure;
    expect(figure).toMatchObject({ providerCode: 'A-OWN', kpi, value: '72', version: 1 });
  });

  it('lets an administrator record for any centre', async () => {
    const figure = dataOf(await recordFigure(app, input('A-OTHER'), admin.token)).recordBenchmarkFigure;
    expect(figure.providerCode).toBe('A-OTHER');
  });
});

describe('updateBenchmarkFigure', () => {
  it.each(REFUSALS)('refuses %s with %s', async (caller, code) => {
    const figure = await ownFigure();
    await expectNothingChanged(
      () => updateFigure(app, figure.id, { value: '11' }, 1, tokens.get(caller)),
      code,
    );
  });

  it.each(ALLOWED)('lets the %s change the centre’s figure', async (caller) => {
    const figure = await ownFigure();
    const updated = dataOf(
      await updateFigure(app, figure.id, { value: '11' }, 1, tokens.get(caller)),
    ).updateBenchmarkFigure;
    expect(updated).toMatchObject({ id: figure.id, value: '11', version: 2 });
  });

  it('refuses an unknown figure with NOT_FOUND to writers, UNAUTHENTICATED to anonymous callers', async () => {
    expectRefused(await updateFigure(app, 'missing', { value: '1' }, 1, ownManager.token), 'NOT_FOUND');
    expectRefused(await updateFigure(app, 'missing', { value: '1' }, 1), 'UNAUTHENTICATED');
    expectRefused(await updateFigure(app, 'missing', { value: '1' }, 1, tokens.get('customer')), 'FORBIDDEN');
  });
});

describe('deleteBenchmarkFigure', () => {
  it.each(REFUSALS)('refuses %s with %s', async (caller, code) => {
    const figure = await ownFigure();
    await expectNothingChanged(() => deleteFigure(app, figure.id, 1, tokens.get(caller)), code);
  });

  it.each(ALLOWED)('lets the %s delete the centre’s figure', async (caller) => {
    const figure = await ownFigure();
    expect(dataOf(await deleteFigure(app, figure.id, 1, tokens.get(caller)))).toEqual({
      deleteBenchmarkFigure: true,
    });
    expect((await storedFigures(app)).some((row) => row.id === figure.id)).toBe(false);
  });
});

describe('the audit log', () => {
  const EVENTS = `query ($entityId: ID) { auditEvents(first: 10, entityId: $entityId) {
    edges { node { entity action actorEmail } } } }`;

  it('shows a figure’s events to its centre’s managers and administrators, not to other centres’ managers', async () => {
    const figure = await ownFigure();
    const events = (token: string) =>
      app
        .gql<{ auditEvents: { edges: { node: { entity: string; action: string } }[] } }>(
          EVENTS,
          { entityId: figure.id },
          { token },
        )
        .then((response) =>
          dataOf(response).auditEvents.edges.map((edge) => [edge.node.entity, edge.node.action]),
        );
    expect(await events(ownManager.token)).toEqual([['BenchmarkFigure', 'CREATE']]);
    expect(await events(admin.token)).toEqual([['BenchmarkFigure', 'CREATE']]);
    expect(await events(otherManager.token)).toEqual([]);
  });
});
