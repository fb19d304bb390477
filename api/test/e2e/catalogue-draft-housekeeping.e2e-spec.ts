import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import {
  dataOf,
  DISCARD,
  errorCode,
  IMPORT,
  importPublished,
  rowCounts,
  smallCatalogue,
  VALIDATE,
  type VersionResult,
} from '../support/catalogue-factory.js';
import { CREATE_DRAFT, edit, edited, exported, serviceInput, UPSERT } from '../support/draft-editing.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: SignedInTestUser;
let manager: SignedInTestUser;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'HK-A' });
  await importPublished(app, admin.token, smallCatalogue({ providerCode: 'HK-A' }));
});

afterAll(async () => {
  await app?.close();
});

async function createDraft(): Promise<VersionResult> {
  return dataOf(
    await app.gql<{ createDraft: VersionResult }>(
      CREATE_DRAFT,
      { providerCode: 'HK-A' },
      { token: manager.token },
    ),
  ).createDraft;
}

async function editedDraft(): Promise<VersionResult> {
  const draft = await createDraft();
  const service = serviceInput(await exported(app, manager.token, 'HK-A', draft.number), 'PAY-BASE');
  service.priceComponents[0].amount = '1.00';
  return edited(edit(app, manager.token, UPSERT.service, draft, { input: service }));
}

describe('draft housekeeping', () => {
  it('discards an edited draft; the next draft starts again from the latest published version', async () => {
    const draft = await editedDraft();
    expect(errorCode(await app.gql(DISCARD, { id: draft.id }, { token: admin.token }))).toBeUndefined();
    const gone = await edit(app, manager.token, UPSERT.category, draft, {
      input: { code: 'PAYROLL', name: { en: 'Pay' } },
    });
    expect(errorCode(gone)).toBe('NOT_FOUND');
    const fresh = await createDraft();
    expect(fresh).toMatchObject({ number: 2, version: 1 });
    expect(await exported(app, manager.token, 'HK-A', 2)).toEqual(
      await exported(app, manager.token, 'HK-A', 1),
    );
    dataOf(await app.gql(DISCARD, { id: fresh.id }, { token: manager.token }));
  });

  it("checks an edited draft's document without importing it, and imports a document over the draft when asked", async () => {
    const draft = await editedDraft();
    const document = await exported(app, manager.token, 'HK-A', draft.number);
    expect(
      dataOf(await app.gql<{ validateCatalogue: unknown[] }>(VALIDATE, { document })).validateCatalogue,
    ).toEqual([]);
    const broken = { ...document, drivers: [] };
    const before = await rowCounts(app);
    const errors = dataOf(
      await app.gql<{ validateCatalogue: { path: string }[] }>(
        VALIDATE,
        { document: broken },
        { token: manager.token },
      ),
    ).validateCatalogue;
    expect(errors.map((error) => error.path)).toEqual([
      'services[1].priceComponents[0].driver',
      'servicePackages[0].items[1].included.PAYSLIPS',
    ]);
    expect(await rowCounts(app)).toEqual(before);

    const refused = await app.gql(
      IMPORT,
      { document: smallCatalogue({ providerCode: 'HK-A', price: '7.00' }) },
      { token: manager.token },
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DRAFT_EXISTS' });
    const replaced = dataOf(
      await app.gql<{ importCatalogue: VersionResult }>(
        IMPORT,
        { document: smallCatalogue({ providerCode: 'HK-A', price: '7.00' }), replaceDraft: true },
        { token: manager.token },
      ),
    ).importCatalogue;
    expect(replaced).toMatchObject({ number: 2, status: 'DRAFT', version: 1 });
    expect(replaced.id).not.toBe(draft.id);
    expect((await exported(app, manager.token, 'HK-A', 2)).services[0].priceComponents[0].amount).toBe(
      '7.00',
    );
    // The replaced draft is gone: editing it from a stale screen finds nothing.
    expect(
      errorCode(
        await edit(app, manager.token, UPSERT.category, draft, {
          input: { code: 'PAYROLL', name: { en: 'Pay' } },
        }),
      ),
    ).toBe('NOT_FOUND');
    // The imported draft is edited like any other.
    const edited2 = await edited(
      edit(app, manager.token, UPSERT.category, replaced, {
        input: { code: 'PAYROLL', name: { en: 'Pay' } },
      }),
    );
    expect(edited2.version).toBe(2);
  });
});
