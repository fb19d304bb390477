import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManagerWorkspace1764300003000 } from '../../../migrations/1764300003000-manager-workspace.js';
import { createAgency, createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import {
  dataOf,
  errorCode,
  importPublished,
  smallCatalogue,
  type VersionResult,
} from '../support/catalogue-factory.js';
import { CREATE_DRAFT, edit, edited, exported, serviceInput, UPSERT } from '../support/draft-editing.js';
import { basisConfiguration, saveQuote, sql } from '../support/quote-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const EVENTS = `query ($first: Int, $after: String, $entity: String, $entityId: ID, $actorUserId: ID, $actorEmail: String, $providerCode: String) {
  auditEvents(first: $first, after: $after, entity: $entity, entityId: $entityId, actorUserId: $actorUserId, actorEmail: $actorEmail, providerCode: $providerCode) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id at actorEmail actorUserId entity entityId action providerCode before after } }
  }
}`;

interface AuditEvent {
  id: string;
  at: string;
  actorEmail: string;
  actorUserId: string | null;
  entity: string;
  entityId: string;
  action: string;
  providerCode: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

interface Page {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: AuditEvent }[];
}

let app: TestApp;
let admin: SignedInTestUser;
let anna: SignedInTestUser;
let bo: SignedInTestUser;
let customer: SignedInTestUser;
let draft: VersionResult;
let agencyId: string;
let quoteId: string;

async function events(
  variables: Record<string, unknown>,
  token: string | undefined = admin.token,
): Promise<Page> {
  return dataOf(await app.gql<{ auditEvents: Page }>(EVENTS, { first: 100, ...variables }, { token }))
    .auditEvents;
}

const nodes = (page: Page) => page.edges.map((edge) => edge.node);

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  await importPublished(app, admin.token, smallCatalogue({ providerCode: 'AUD-A' }), '2020-01-01');
  await importPublished(app, admin.token, smallCatalogue({ providerCode: 'AUD-B' }), '2020-01-01');
  anna = await createUserAndLogin(app, {
    role: 'ACCOUNT_MANAGER',
    providerCode: 'AUD-A',
    email: 'anna@aud.test',
  });
  bo = await createUserAndLogin(app, {
    role: 'ACCOUNT_MANAGER',
    providerCode: 'AUD-B',
    email: 'bo@aud.test',
  });
  agencyId = await createAgency(app, { providerCode: 'AUD-A', name: 'Audited agency' });
  customer = await createUserAndLogin(app, { role: 'CUSTOMER', agencyId });
  quoteId = (
    await saveQuote(app, customer.token, {
      name: 'Audited quote',
      configuration: basisConfiguration('AUD-A'),
    })
  ).id;

  draft = dataOf(
    await app.gql<{ createDraft: VersionResult }>(
      CREATE_DRAFT,
      { providerCode: 'AUD-A' },
      { token: anna.token },
    ),
  ).createDraft;
  const service = serviceInput(await exported(app, anna.token, 'AUD-A', 2), 'PAY-BASE');
  service.priceComponents[0].amount = '9900.00';
  draft = await edited(edit(app, anna.token, UPSERT.service, draft, { input: service }));
  await app.gql(CREATE_DRAFT, { providerCode: 'AUD-B' }, { token: bo.token });
});

afterAll(async () => {
  await app?.close();
});

describe('auditEvents', () => {
  it('gives administrators every event, newest first, with before and after as JSON', async () => {
    const page = await events({});
    const all = nodes(page);
    expect(page.totalCount).toBe(all.length);
    const times = all.map((event) => Date.parse(event.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all[0]).toMatchObject({
      entity: 'CatalogueVersion',
      action: 'CREATE_DRAFT',
      actorEmail: 'bo@aud.test',
      providerCode: 'AUD-B',
    });
    expect(new Set(all.map((event) => event.entity))).toEqual(
      new Set(['Provider', 'CatalogueVersion', 'User', 'Agency', 'Quote']),
    );
    const edit1 = all.find((event) => event.action === 'UPDATE_SERVICE');
    expect(edit1).toMatchObject({
      entityId: draft.id,
      actorUserId: anna.userId,
      providerCode: 'AUD-A',
      before: { code: 'PAY-BASE', priceComponents: [{ amount: '9000.00' }] },
      after: { code: 'PAY-BASE', priceComponents: [{ amount: '9900.00' }] },
    });
  });

  it('filters by entity and id, by person (id or e-mail in any case) and by centre', async () => {
    const ofDraft = nodes(await events({ entity: 'CatalogueVersion', entityId: draft.id }));
    expect(ofDraft.map((event) => event.action)).toEqual(['UPDATE_SERVICE', 'CREATE_DRAFT']);
    const byAnna = nodes(await events({ actorUserId: anna.userId }));
    expect(byAnna.map((event) => event.action)).toEqual(['UPDATE_SERVICE', 'CREATE_DRAFT']);
    expect(nodes(await events({ actorEmail: ' ANNA@Aud.Test ' }))).toEqual(byAnna);
    const users = nodes(await events({ entity: 'User' }));
    expect(users.length).toBeGreaterThanOrEqual(4);
    expect(users.every((event) => event.entity === 'User')).toBe(true);
    const ofB = nodes(await events({ providerCode: 'AUD-B' }));
    expect(ofB.every((event) => event.providerCode === 'AUD-B')).toBe(true);
    expect(ofB.map((event) => event.action)).toEqual(
      expect.arrayContaining(['CREATE_DRAFT', 'PUBLISH', 'IMPORT', 'CREATE']),
    );
    expect((await events({ entity: 'Nothing' })).totalCount).toBe(0);
  });

  it('shows account managers only the events about their own centre: its catalogues, provider, agencies and quotes', async () => {
    const page = await events({}, anna.token);
    const seen = nodes(page);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((event) => event.providerCode === 'AUD-A')).toBe(true);
    expect(new Set(seen.map((event) => event.entity))).toEqual(
      new Set(['Provider', 'CatalogueVersion', 'Agency', 'Quote']),
    );
    expect(seen.some((event) => event.entityId === agencyId)).toBe(true);
    expect(seen.some((event) => event.entityId === quoteId && event.action === 'CREATE')).toBe(true);
    // Not even the centre's own users: user administration is for administrators.
    expect((await events({ entity: 'User' }, anna.token)).totalCount).toBe(0);
    expect((await events({ providerCode: 'AUD-B' }, anna.token)).totalCount).toBe(0);
    expect(nodes(await events({}, bo.token)).every((event) => event.providerCode === 'AUD-B')).toBe(true);
    expect((await events({ entityId: draft.id }, bo.token)).totalCount).toBe(0);
  });

  it('is refused to customers (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)', async () => {
    expect(errorCode(await app.gql(EVENTS, {}, { token: customer.token }))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(EVENTS, {}))).toBe('UNAUTHENTICATED');
  });

  it('pages through the log with cursors and stable order', async () => {
    const everything = nodes(await events({}));
    const seen: AuditEvent[] = [];
    let after: string | null = null;
    for (let pageNumber = 0; pageNumber < 50; pageNumber += 1) {
      const page: Page = await events({ first: 3, after });
      expect(page.totalCount).toBe(everything.length);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...nodes(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.map((event) => event.id)).toEqual(everything.map((event) => event.id));
    expect(errorCode(await app.gql(EVENTS, { after: 'bm90IGEgY3Vyc29y' }, { token: admin.token }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await app.gql(EVENTS, { first: 101 }, { token: admin.token }))).toBe('BAD_USER_INPUT');
  });

  it('attributes events recorded before the provider_code column existed when the migration runs', async () => {
    const migration = new ManagerWorkspace1764300003000();
    const runner = app.app.get(DataSource).createQueryRunner();
    try {
      await migration.down(runner);
      const id = randomUUID();
      await sql(
        app,
        'INSERT INTO audit_events (id, at, actor_user_id, actor_email, entity, entity_id, action, "before", "after") VALUES ($1, $2, NULL, $3, $4, $5, $6, NULL, $7)',
        [
          id,
          new Date().toISOString(),
          'old@aud.test',
          'Agency',
          randomUUID(),
          'CREATE',
          JSON.stringify({ providerCode: 'AUD-A', name: 'Old' }),
        ],
      );
      await migration.up(runner);
      const [row] = await sql<{ provider_code: string | null }>(
        app,
        'SELECT provider_code FROM audit_events WHERE id = $1',
        [id],
      );
      expect(row.provider_code).toBe('AUD-A');
      const [unattributed] = await sql<{ n: number | string }>(
        app,
        "SELECT COUNT(*) AS n FROM audit_events WHERE provider_code IS NULL AND entity <> 'User'",
      );
      expect(Number(unattributed.n)).toBe(0);
    } finally {
      await runner.release();
    }
  });
});
