import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import {
  auditEventsOf,
  dataOf,
  errorCode,
  importPublished,
  PUBLISH,
  smallCatalogue,
  type VersionResult,
} from '../support/catalogue-factory.js';
import { CREATE_DRAFT, edit, edited, exported, serviceInput, UPSERT } from '../support/draft-editing.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: SignedInTestUser;
let anna: SignedInTestUser;
let bo: SignedInTestUser;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  anna = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'CON-A', name: 'Anna' });
  bo = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'CON-A', name: 'Bo' });
});

afterAll(async () => {
  await app?.close();
});

async function freshDraft(providerCode: string): Promise<VersionResult> {
  await importPublished(app, admin.token, smallCatalogue({ providerCode }));
  return dataOf(
    await app.gql<{ createDraft: VersionResult }>(CREATE_DRAFT, { providerCode }, { token: admin.token }),
  ).createDraft;
}

async function baseFee(providerCode: string, amount: string) {
  const service = serviceInput(await exported(app, admin.token, providerCode, 2), 'PAY-BASE');
  service.priceComponents[0].amount = amount;
  return service;
}

describe('two managers editing the same draft', () => {
  it('lets exactly one of two simultaneous edits of the same item with the same expected version win; the other gets CONFLICT in words', async () => {
    const draft = await freshDraft('CON-A');
    const [first, second] = await Promise.all([
      edit(app, anna.token, UPSERT.service, draft, { input: await baseFee('CON-A', '9100.00') }),
      edit(app, bo.token, UPSERT.service, draft, { input: await baseFee('CON-A', '9200.00') }),
    ]);
    const winners = [first, second].filter((response) => !response.errors);
    const losers = [first, second].filter((response) => response.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(winners[0].data?.result.version).toBe(draft.version + 1);
    const conflict = losers[0].errors?.[0];
    expect(conflict?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      expectedVersion: draft.version,
    });
    expect(conflict?.message).toMatch(/^Someone else changed this draft/);
    expect(conflict?.message).toMatch(/reload it/);
    const amount = (await exported(app, admin.token, 'CON-A', 2)).services[0].priceComponents[0].amount;
    const winner = winners[0] === first ? '9100.00' : '9200.00';
    expect(amount).toBe(winner);
    const edits = (await auditEventsOf(app, draft.id)).filter((event) => event.action === 'UPDATE_SERVICE');
    expect(edits).toHaveLength(1);
    expect(edits[0].actorEmail).toBe(winners[0] === first ? anna.email : bo.email);
  });

  it('refuses an edit made from a version someone else has moved on from, saying which versions', async () => {
    const draft = await freshDraft('CON-B');
    await edited(edit(app, admin.token, UPSERT.service, draft, { input: await baseFee('CON-B', '1.00') }));
    const stale = await edit(app, admin.token, UPSERT.category, draft, {
      input: { code: 'PAYROLL', name: { en: 'Pay' } },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].extensions).toMatchObject({
      reason: 'STALE_VERSION',
      expectedVersion: 1,
      currentVersion: 2,
    });
    expect(stale.errors?.[0].message).toContain('you edited version 1, it is now at version 2');
    expect((await exported(app, admin.token, 'CON-B', 2)).categories[0].name).toEqual({
      da: 'Løn',
      en: 'Payroll',
    });
  });

  it('serialises a burst of edits of different items from the same version: one wins, every other is CONFLICT', async () => {
    const draft = await freshDraft('CON-C');
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        edit(app, admin.token, UPSERT.category, draft, {
          input: { code: `CAT-${i}`, name: { en: `Category ${i}` } },
        }),
      ),
    );
    expect(responses.filter((response) => !response.errors)).toHaveLength(1);
    expect(responses.filter((response) => errorCode(response) === 'CONFLICT')).toHaveLength(7);
    const doc = await exported(app, admin.token, 'CON-C', 2);
    expect(doc.categories).toHaveLength(2);
  });

  it('lets an edit and a publish race: exactly one of them wins', async () => {
    const draft = await freshDraft('CON-D');
    const [edit1, publish] = await Promise.all([
      edit(app, admin.token, UPSERT.service, draft, { input: await baseFee('CON-D', '5.00') }),
      app.gql<{ publishCatalogueVersion: VersionResult }>(
        PUBLISH,
        { id: draft.id, expectedVersion: draft.version },
        { token: admin.token },
      ),
    ]);
    expect([edit1, publish].filter((response) => !response.errors)).toHaveLength(1);
    expect([errorCode(edit1), errorCode(publish)].filter((code) => code === 'CONFLICT')).toHaveLength(1);
    const amount = (await exported(app, admin.token, 'CON-D', 2)).services[0].priceComponents[0].amount;
    expect(amount).toBe(edit1.errors ? '9000.00' : '5.00');
  });
});
