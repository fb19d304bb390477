import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDefaults, type CatalogueDocument } from '@servicekatalog/shared';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import {
  dataOf,
  errorCode,
  EXPORT,
  exampleCatalogue,
  generatedCatalogue,
  importDraft,
  importPublished,
  smallCatalogue,
} from '../support/catalogue-factory.js';
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

async function exportOf(providerCode: string, version?: number, token?: string): Promise<CatalogueDocument> {
  const response = await app.gql<{ exportCatalogue: CatalogueDocument }>(
    EXPORT,
    { providerCode, version },
    { token },
  );
  return dataOf(response).exportCatalogue;
}

describe('exportCatalogue', () => {
  it('gives back the imported document once defaults are filled in (lossless round trip)', async () => {
    const original = exampleCatalogue('EXP-A');
    await importDraft(app, admin.token, original);
    const exported = await exportOf('EXP-A', 1, admin.token);
    expect(exported).toEqual(withDefaults(original));
    // Decimals come back exactly as written, never through a float.
    expect(exported.services[1].priceComponents[0].tiers?.[0]).toEqual({
      upTo: '500',
      unitPrice: '28.00',
      flatFee: '0',
    });
  });

  it('round-trips optional fields left out, explicit defaults and empty included maps alike', async () => {
    const original = smallCatalogue({ providerCode: 'EXP-B' });
    original.services[0].description = { en: 'Base', da: 'Grund' };
    original.services[1].priceComponents[0].minimumCharge = '0.10';
    original.services[1].priceComponents[0].toYear = 3;
    original.servicePackages[0].items[0].included = {};
    original.servicePackages[0].allowedAddOns = [];
    original.serviceLevels[0].targets = [
      { metric: 'M', name: { en: 'x' }, value: '99.5', unit: 'PERCENT', service: 'PAY-RUN' },
    ];
    await importDraft(app, admin.token, original);
    const exported = await exportOf('EXP-B', 1, admin.token);
    expect(exported).toEqual(withDefaults(original));
    expect(exported.servicePackages[0].items[0].included).toBeNull();
    expect(exported.servicePackages[0].allowedAddOns).toEqual([]);
    expect(exported.services[1]).not.toHaveProperty('description');
  });

  it('exports a large catalogue that imports again unchanged', async () => {
    const original = generatedCatalogue('EXP-C', 60);
    await importPublished(app, admin.token, original);
    const exported = await exportOf('EXP-C', 1);
    expect(exported).toEqual(withDefaults(original));
    await importDraft(app, admin.token, exported);
    expect(await exportOf('EXP-C', 2, admin.token)).toEqual(exported);
  });

  it('exports the version in force today by default', async () => {
    await importPublished(
      app,
      admin.token,
      smallCatalogue({ providerCode: 'EXP-D', price: '1.00' }),
      '2020-01-01',
    );
    await importPublished(
      app,
      admin.token,
      smallCatalogue({ providerCode: 'EXP-D', price: '2.00' }),
      '2021-01-01',
    );
    await importPublished(
      app,
      admin.token,
      smallCatalogue({ providerCode: 'EXP-D', price: '3.00' }),
      '2999-01-01',
    );
    const exported = await exportOf('EXP-D');
    expect(exported.validFrom).toBe('2021-01-01');
    expect(exported.services[0].priceComponents[0].amount).toBe('2.00');
  });

  it('answers NOT_FOUND for an unknown provider or version, and for a draft to those who may not see it', async () => {
    const unknownProvider = await app.gql(EXPORT, { providerCode: 'NOPE' });
    expect(unknownProvider.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'providerCode',
    });
    const unknownVersion = await app.gql(EXPORT, { providerCode: 'EXP-D', version: 9 });
    expect(unknownVersion.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'version' });
    const draftAnonymously = await app.gql(EXPORT, { providerCode: 'EXP-A', version: 1 });
    expect(errorCode(draftAnonymously)).toBe('NOT_FOUND');
    const noneInForce = await app.gql(EXPORT, { providerCode: 'EXP-A' }, { token: admin.token });
    expect(errorCode(noneInForce)).toBe('NOT_FOUND');
  });
});
