import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import {
  dataOf,
  EXPORT,
  importPublished,
  PUBLISH,
  rowCounts,
  smallCatalogue,
  type VersionResult,
} from '../support/catalogue-factory.js';
import {
  CREATE_DRAFT,
  edit,
  exported,
  REMOVE,
  serviceInput,
  servicePackageInput,
  UPSERT,
} from '../support/draft-editing.js';
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

/** One call of every edit mutation, each of which would be valid on a draft. */
async function everyEdit(
  providerCode: string,
  version: number,
): Promise<[string, string, Record<string, unknown>][]> {
  const doc = await exported(app, admin.token, providerCode, version);
  return [
    ['upsertCategory', UPSERT.category, { input: { code: 'PAYROLL', name: { en: 'Pay' } } }],
    ['removeCategory', REMOVE.category, { code: 'PAYROLL' }],
    [
      'upsertVolumeDriver',
      UPSERT.driver,
      { input: { code: 'USERS', name: { en: 'Users' }, unit: { en: 'user' }, integer: true } },
    ],
    ['removeVolumeDriver', REMOVE.driver, { code: 'PAYSLIPS' }],
    [
      'upsertServiceLevel',
      UPSERT.serviceLevel,
      { input: { code: 'PLUS', name: { en: 'Plus' }, rank: 2, surchargePercent: '5' } },
    ],
    ['removeServiceLevel', REMOVE.serviceLevel, { code: 'STANDARD' }],
    ['upsertService', UPSERT.service, { input: serviceInput(doc, 'PAY-BASE') }],
    ['removeService', REMOVE.service, { code: 'PAY-RUN' }],
    ['upsertServicePackage', UPSERT.servicePackage, { input: servicePackageInput(doc, 'BASIS') }],
    ['removeServicePackage', REMOVE.servicePackage, { code: 'BASIS' }],
    ['updateCatalogueVersionSettings', UPSERT.settings, { input: { validFrom: '2040-01-01' } }],
  ];
}

describe('a published version never changes', () => {
  it('refuses every edit mutation on a published version with CONFLICT and writes nothing', async () => {
    const published = await importPublished(app, admin.token, smallCatalogue({ providerCode: 'IMM-A' }));
    const before = await rowCounts(app);
    const document = await exported(app, admin.token, 'IMM-A', 1);
    const edits = await everyEdit('IMM-A', 1);
    expect(edits).toHaveLength(11);
    for (const [name, mutation, variables] of edits) {
      const response = await edit(app, admin.token, mutation, published, variables);
      expect({
        name,
        code: response.errors?.[0].extensions?.code,
        reason: response.errors?.[0].extensions?.reason,
      }).toEqual({
        name,
        code: 'CONFLICT',
        reason: 'PUBLISHED_VERSION',
      });
      expect(response.errors?.[0].message).toContain('is published and can no longer change');
    }
    expect(await rowCounts(app)).toEqual(before);
    expect(await exported(app, admin.token, 'IMM-A', 1)).toEqual(document);
  });

  it('refuses edits of a draft once it has been published, even with its latest expected version', async () => {
    await importPublished(app, admin.token, smallCatalogue({ providerCode: 'IMM-B' }));
    const draft = dataOf(
      await app.gql<{ createDraft: VersionResult }>(
        CREATE_DRAFT,
        { providerCode: 'IMM-B' },
        { token: admin.token },
      ),
    ).createDraft;
    const published = dataOf(
      await app.gql<{ publishCatalogueVersion: VersionResult }>(
        PUBLISH,
        { id: draft.id, expectedVersion: draft.version },
        { token: admin.token },
      ),
    ).publishCatalogueVersion;
    const before = await rowCounts(app);
    for (const [, mutation, variables] of await everyEdit('IMM-B', 2)) {
      const response = await edit(app, admin.token, mutation, published, variables);
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'PUBLISHED_VERSION',
      });
    }
    expect(await rowCounts(app)).toEqual(before);
    const read = await app.gql(EXPORT, { providerCode: 'IMM-B', version: 2 });
    expect(dataOf(read)).toBeTruthy();
  });
});
