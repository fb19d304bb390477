import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import {
  CATALOGUE,
  dataOf,
  DISCARD,
  errorCode,
  EXPORT,
  IMPORT,
  importDraft,
  importPublished,
  PUBLISH,
  rowCounts,
  smallCatalogue,
  VALIDATE,
  type VersionResult,
} from '../support/catalogue-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * DESIGN "Who may do what": everyone reads, exports and validates published catalogues; drafts are
 * seen only by the provider's account managers and administrators (to others they do not exist);
 * import, publish and discard need the provider's account manager or an administrator.
 */

let app: TestApp;
let admin: SignedInTestUser;
let managerP: SignedInTestUser;
let managerQ: SignedInTestUser;
let customer: SignedInTestUser;
let draftP: VersionResult;
let draftQ: VersionResult;
let publishedQ: VersionResult;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  managerP = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'ACC-P' });
  managerQ = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'ACC-Q' });
  customer = await createUserAndLogin(app, { role: 'CUSTOMER', providerCode: 'ACC-Q' });
  publishedQ = await importPublished(
    app,
    managerQ.token,
    smallCatalogue({ providerCode: 'ACC-Q', validFrom: '2020-01-01' }),
  );
  draftQ = await importDraft(app, managerQ.token, smallCatalogue({ providerCode: 'ACC-Q' }));
  draftP = await importDraft(app, managerP.token, smallCatalogue({ providerCode: 'ACC-P' }));
});

afterAll(async () => {
  await app?.close();
});

describe('changing catalogues', () => {
  it('needs a signed-in user: anonymous import, publish and discard are UNAUTHENTICATED', async () => {
    const before = await rowCounts(app);
    expect(
      errorCode(
        await app.gql(IMPORT, { document: smallCatalogue({ providerCode: 'ACC-Q' }), replaceDraft: true }),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(PUBLISH, { id: draftQ.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(DISCARD, { id: draftQ.id }))).toBe('UNAUTHENTICATED');
    expect(await rowCounts(app)).toEqual(before);
  });

  it('is FORBIDDEN to customers, whatever they name', async () => {
    const before = await rowCounts(app);
    const token = customer.token;
    expect(
      errorCode(
        await app.gql(
          IMPORT,
          { document: smallCatalogue({ providerCode: 'ACC-Q' }), replaceDraft: true },
          { token },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(PUBLISH, { id: draftQ.id }, { token }))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(DISCARD, { id: 'unknown' }, { token }))).toBe('FORBIDDEN');
    expect(await rowCounts(app)).toEqual(before);
  });

  it("is FORBIDDEN to a manager importing another centre's catalogue, and writes nothing", async () => {
    const before = await rowCounts(app);
    const response = await app.gql(
      IMPORT,
      { document: smallCatalogue({ providerCode: 'ACC-Q' }), replaceDraft: true },
      { token: managerP.token },
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
    const brandNew = await app.gql(
      IMPORT,
      { document: smallCatalogue({ providerCode: 'ACC-NEW' }) },
      { token: managerP.token },
    );
    expect(errorCode(brandNew)).toBe('FORBIDDEN');
    expect(await rowCounts(app)).toEqual(before);
  });

  it("treats another centre's draft as absent (NOT_FOUND) and its published version as FORBIDDEN", async () => {
    expect(errorCode(await app.gql(PUBLISH, { id: draftQ.id }, { token: managerP.token }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(DISCARD, { id: draftQ.id }, { token: managerP.token }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(PUBLISH, { id: draftP.id }, { token: managerQ.token }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(PUBLISH, { id: publishedQ.id }, { token: managerP.token }))).toBe(
      'FORBIDDEN',
    );
  });

  it("is allowed to the centre's own manager and to administrators", async () => {
    const ownImport = await app.gql<{ importCatalogue: VersionResult }>(
      IMPORT,
      { document: smallCatalogue({ providerCode: 'ACC-P' }), replaceDraft: true },
      { token: managerP.token },
    );
    const replaced = dataOf(ownImport).importCatalogue;
    expect(replaced).toMatchObject({ number: 1, status: 'DRAFT' });
    expect(replaced.id).not.toBe(draftP.id);
    const adminImport = await app.gql(
      IMPORT,
      { document: smallCatalogue({ providerCode: 'ACC-ADMIN' }) },
      { token: admin.token },
    );
    expect(adminImport.errors).toBeUndefined();
    const discarded = await app.gql<{ discardDraft: boolean }>(
      DISCARD,
      { id: draftQ.id },
      { token: admin.token },
    );
    expect(dataOf(discarded).discardDraft).toBe(true);
    draftQ = await importDraft(app, managerQ.token, smallCatalogue({ providerCode: 'ACC-Q' }));
  });
});

describe('reading drafts', () => {
  async function draftVisibleTo(token: string | undefined, providerCode: string): Promise<boolean> {
    const read = await app.gql<{ catalogue: VersionResult | null }>(
      CATALOGUE,
      { providerCode, version: 2 },
      { token },
    );
    return dataOf(read).catalogue !== null;
  }

  it("shows a draft only to its centre's managers and administrators", async () => {
    expect(await draftVisibleTo(undefined, 'ACC-Q')).toBe(false);
    expect(await draftVisibleTo(customer.token, 'ACC-Q')).toBe(false);
    expect(await draftVisibleTo(managerP.token, 'ACC-Q')).toBe(false);
    expect(await draftVisibleTo(managerQ.token, 'ACC-Q')).toBe(true);
    expect(await draftVisibleTo(admin.token, 'ACC-Q')).toBe(true);
  });

  it('exports a draft only to them, NOT_FOUND to everyone else', async () => {
    expect(errorCode(await app.gql(EXPORT, { providerCode: 'ACC-Q', version: 2 }))).toBe('NOT_FOUND');
    expect(
      errorCode(await app.gql(EXPORT, { providerCode: 'ACC-Q', version: 2 }, { token: customer.token })),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await app.gql(EXPORT, { providerCode: 'ACC-Q', version: 2 }, { token: managerP.token })),
    ).toBe('NOT_FOUND');
    expect(
      (await app.gql(EXPORT, { providerCode: 'ACC-Q', version: 2 }, { token: managerQ.token })).errors,
    ).toBeUndefined();
  });

  it("lists drafts among a provider's versions only for them", async () => {
    const query = '{ providers { code versions { number status } } }';
    const statusesFor = async (token?: string) =>
      dataOf(
        await app.gql<{ providers: { code: string; versions: { status: string }[] }[] }>(
          query,
          {},
          { token },
        ),
      )
        .providers.find((p) => p.code === 'ACC-Q')
        ?.versions.map((v) => v.status);
    expect(await statusesFor()).toEqual(['PUBLISHED']);
    expect(await statusesFor(customer.token)).toEqual(['PUBLISHED']);
    expect(await statusesFor(managerP.token)).toEqual(['PUBLISHED']);
    expect(await statusesFor(managerQ.token)).toEqual(['PUBLISHED', 'DRAFT']);
    expect(await statusesFor(admin.token)).toEqual(['PUBLISHED', 'DRAFT']);
  });

  it('lets everyone read, export and validate published catalogues', async () => {
    for (const token of [undefined, customer.token, managerP.token]) {
      const read = await app.gql<{ catalogue: VersionResult | null }>(
        CATALOGUE,
        { providerCode: 'ACC-Q' },
        { token },
      );
      expect(dataOf(read).catalogue?.number).toBe(publishedQ.number);
      expect((await app.gql(EXPORT, { providerCode: 'ACC-Q' }, { token })).errors).toBeUndefined();
      const validation = await app.gql<{ validateCatalogue: unknown[] }>(
        VALIDATE,
        { document: smallCatalogue({ providerCode: 'ACC-Q' }) },
        { token },
      );
      expect(dataOf(validation).validateCatalogue).toEqual([]);
    }
  });
});
