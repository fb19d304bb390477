import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import {
  auditEventsOf,
  CATALOGUE,
  dataOf,
  DISCARD,
  errorCode,
  importDraft,
  importPublished,
  PUBLISH,
  rowCounts,
  smallCatalogue,
  type VersionResult,
} from '../support/catalogue-factory.js';
import { edit, UPSERT } from '../support/draft-editing.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: SignedInTestUser;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
});

afterAll(async () => {
  await app?.close();
});

async function publish(variables: Record<string, unknown>) {
  return app.gql<{ publishCatalogueVersion: VersionResult }>(PUBLISH, variables, { token: admin.token });
}

describe('publishCatalogueVersion', () => {
  it("publishes a draft with the document's validFrom and bumps its version", async () => {
    const draft = await importDraft(
      app,
      admin.token,
      smallCatalogue({ providerCode: 'PUB-A', validFrom: '2020-01-01' }),
    );
    const published = dataOf(
      await publish({ id: draft.id, expectedVersion: draft.version }),
    ).publishCatalogueVersion;
    expect(published).toMatchObject({
      id: draft.id,
      number: 1,
      status: 'PUBLISHED',
      validFrom: '2020-01-01',
      version: 2,
      inForce: true,
    });
    const stamp = dataOf(
      await app.gql<{ catalogue: { publishedAt: string } }>(
        '{ catalogue(providerCode: "PUB-A", version: 1) { publishedAt } }',
      ),
    ).catalogue.publishedAt;
    expect(Math.abs(Date.parse(stamp) - Date.now())).toBeLessThan(60_000);
    const events = await auditEventsOf(app, draft.id);
    expect(events.map((e) => e.action)).toEqual(['IMPORT', 'PUBLISH']);
    expect(events[1]).toMatchObject({
      actorEmail: admin.email,
      before: { status: 'DRAFT', version: 1 },
      after: { status: 'PUBLISHED', validFrom: '2020-01-01', version: 2 },
    });
  });

  it('refuses to publish a published version again, or to discard it (CONFLICT), and changes nothing', async () => {
    const version = await importPublished(app, admin.token, smallCatalogue({ providerCode: 'PUB-C' }));
    const before = await rowCounts(app);
    const again = await publish({ id: version.id, validFrom: '2030-01-01' });
    expect(errorCode(again)).toBe('CONFLICT');
    const discard = await app.gql(DISCARD, { id: version.id }, { token: admin.token });
    expect(errorCode(discard)).toBe('CONFLICT');
    expect(await rowCounts(app)).toEqual(before);
    const read = dataOf(
      await app.gql<{ catalogue: VersionResult }>(CATALOGUE, { providerCode: 'PUB-C', version: 1 }),
    );
    expect(read.catalogue).toMatchObject({ status: 'PUBLISHED', validFrom: '2027-01-01', version: 2 });
  });

  it('refuses a stale expectedVersion with CONFLICT and leaves the draft as it was', async () => {
    const draft = await importDraft(app, admin.token, smallCatalogue({ providerCode: 'PUB-D' }));
    const stale = await publish({ id: draft.id, expectedVersion: draft.version + 5 });
    expect(errorCode(stale)).toBe('CONFLICT');
    const read = dataOf(
      await app.gql<{ catalogue: VersionResult }>(
        CATALOGUE,
        { providerCode: 'PUB-D', version: 1 },
        { token: admin.token },
      ),
    );
    expect(read.catalogue).toMatchObject({ status: 'DRAFT', version: 1 });
    expect((await auditEventsOf(app, draft.id)).map((e) => e.action)).toEqual(['IMPORT']);
  });

  it('refuses a stale expectedVersion with CONFLICT even when the draft has lost its validFrom since', async () => {
    // The publisher saw a date; the complaint that there is none would be about a draft they never saw.
    const draft = await importDraft(app, admin.token, smallCatalogue({ providerCode: 'PUB-STALE' }));
    const cleared = await edit(app, admin.token, UPSERT.settings, draft, { input: { validFrom: null } });
    expect(cleared.data?.result).toMatchObject({ validFrom: null, version: draft.version + 1 });
    const stale = await publish({ id: draft.id, expectedVersion: draft.version });
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      expectedVersion: draft.version,
      currentVersion: draft.version + 1,
    });
    const events = await auditEventsOf(app, draft.id);
    expect(events.map((e) => e.action)).toEqual(['IMPORT', 'UPDATE_SETTINGS']);
  });

  it('lets exactly one of two concurrent publishes with the same expectedVersion win', async () => {
    const draft = await importDraft(app, admin.token, smallCatalogue({ providerCode: 'PUB-E' }));
    const results = await Promise.all([
      publish({ id: draft.id, expectedVersion: 1, validFrom: '2026-01-01' }),
      publish({ id: draft.id, expectedVersion: 1, validFrom: '2026-02-01' }),
    ]);
    const codes = results.map((r) => errorCode(r) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect((await auditEventsOf(app, draft.id)).map((e) => e.action)).toEqual(['IMPORT', 'PUBLISH']);
  });

  it('needs a validFrom: from the document or the mutation (BAD_USER_INPUT on validFrom otherwise)', async () => {
    const draft = await importDraft(
      app,
      admin.token,
      smallCatalogue({ providerCode: 'PUB-F', validFrom: null }),
    );
    expect(draft.validFrom).toBeNull();
    const missing = await publish({ id: draft.id });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
    const malformed = await publish({ id: draft.id, validFrom: '2027-02-30' });
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
    const published = dataOf(
      await publish({ id: draft.id, validFrom: '2027-03-01' }),
    ).publishCatalogueVersion;
    expect(published).toMatchObject({ status: 'PUBLISHED', validFrom: '2027-03-01' });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    expect(errorCode(await publish({ id: 'no-such-version' }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(DISCARD, { id: 'no-such-version' }, { token: admin.token }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('discardDraft', () => {
  it('deletes a draft with everything in it and records the discard', async () => {
    const before = await rowCounts(app);
    const draft = await importDraft(app, admin.token, smallCatalogue({ providerCode: 'PUB-A' }));
    expect(draft.number).toBe(2);
    const discarded = dataOf(
      await app.gql<{ discardDraft: boolean }>(DISCARD, { id: draft.id }, { token: admin.token }),
    );
    expect(discarded.discardDraft).toBe(true);
    const after = await rowCounts(app);
    expect({ ...after, audit_events: before.audit_events }).toEqual(before);
    expect(after.audit_events).toBe(before.audit_events + 2);
    expect((await auditEventsOf(app, draft.id)).map((e) => [e.action, e.after])).toEqual([
      ['IMPORT', expect.objectContaining({ status: 'DRAFT' })],
      ['DISCARD', null],
    ]);
    const read = await app.gql<{ catalogue: VersionResult | null }>(
      CATALOGUE,
      { providerCode: 'PUB-A', version: 2 },
      { token: admin.token },
    );
    expect(dataOf(read).catalogue).toBeNull();
  });
});

describe('the version in force', () => {
  const FUTURE = '2999-01-01';
  let versions: VersionResult[];

  beforeAll(async () => {
    versions = [];
    for (const validFrom of ['2020-01-01', '2021-06-01', '2021-06-01', FUTURE]) {
      versions.push(
        await importPublished(
          app,
          admin.token,
          smallCatalogue({ providerCode: 'PUB-B', price: `${versions.length + 1}000.00` }),
          validFrom,
        ),
      );
    }
    await importDraft(app, admin.token, smallCatalogue({ providerCode: 'PUB-B', validFrom: '2022-01-01' }));
  });

  async function numberAt(variables: Record<string, unknown>): Promise<number | null> {
    const response = await app.gql<{ catalogue: VersionResult | null }>(CATALOGUE, {
      providerCode: 'PUB-B',
      ...variables,
    });
    return dataOf(response).catalogue?.number ?? null;
  }

  it('is by default the one in force today: latest validFrom, then highest number; never a draft or a future one', async () => {
    expect(await numberAt({})).toBe(3);
  });

  it('can be asked for any date', async () => {
    expect(await numberAt({ at: '2019-12-31' })).toBeNull();
    expect(await numberAt({ at: '2020-01-01' })).toBe(1);
    expect(await numberAt({ at: '2021-05-31' })).toBe(1);
    expect(await numberAt({ at: '2021-06-01' })).toBe(3);
    expect(await numberAt({ at: '2998-12-31' })).toBe(3);
    expect(await numberAt({ at: FUTURE })).toBe(4);
  });

  it('keeps older versions readable by number (the number wins over at), marked superseded', async () => {
    expect(await numberAt({ version: 2, at: '2020-01-01' })).toBe(2);
    const old = dataOf(
      await app.gql<{
        catalogue: VersionResult & { services: { priceComponents: { amount: string | null }[] }[] };
      }>(
        '{ catalogue(providerCode: "PUB-B", version: 1) { number inForce superseded services { priceComponents { amount } } } }',
      ),
    );
    expect(old.catalogue).toMatchObject({ number: 1, inForce: false, superseded: true });
    expect(old.catalogue.services[0].priceComponents[0].amount).toBe('1000.00');
  });

  it('lists versions with derived flags; drafts only for those who may see them', async () => {
    const query = '{ providers { code versions { number status validFrom inForce superseded } } }';
    const anonymous = dataOf(
      await app.gql<{ providers: { code: string; versions: Record<string, unknown>[] }[] }>(query),
    );
    const listed = anonymous.providers.find((p) => p.code === 'PUB-B')?.versions;
    expect(listed).toEqual([
      { number: 1, status: 'PUBLISHED', validFrom: '2020-01-01', inForce: false, superseded: true },
      { number: 2, status: 'PUBLISHED', validFrom: '2021-06-01', inForce: false, superseded: true },
      { number: 3, status: 'PUBLISHED', validFrom: '2021-06-01', inForce: true, superseded: false },
      { number: 4, status: 'PUBLISHED', validFrom: FUTURE, inForce: false, superseded: false },
    ]);
    const asAdmin = dataOf(
      await app.gql<{ providers: { code: string; versions: { number: number; status: string }[] }[] }>(
        query,
        {},
        { token: admin.token },
      ),
    );
    expect(
      asAdmin.providers
        .find((p) => p.code === 'PUB-B')
        ?.versions.map((v) => [v.number, v.status])
        .at(-1),
    ).toEqual([5, 'DRAFT']);
  });
});
