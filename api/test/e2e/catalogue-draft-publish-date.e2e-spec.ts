import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import {
  CATALOGUE,
  dataOf,
  importPublished,
  PUBLISH,
  smallCatalogue,
  type VersionResult,
} from '../support/catalogue-factory.js';
import { CREATE_DRAFT, edit, edited, exported, serviceInput, UPSERT } from '../support/draft-editing.js';
import { PRICE } from '../support/pricing.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let manager: SignedInTestUser;

const PROVIDER = 'DATE-A';

/** A calendar date (UTC) `days` from today. */
function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

beforeAll(async () => {
  app = await startTestApp();
  const admin = await createUserAndLogin(app, { role: 'ADMIN' });
  manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: PROVIDER });
  await importPublished(
    app,
    admin.token,
    smallCatalogue({ providerCode: PROVIDER, price: '9000.00' }),
    '2020-01-01',
  );
});

afterAll(async () => {
  await app?.close();
});

async function versionAt(at?: string): Promise<VersionResult | null> {
  return dataOf(await app.gql<{ catalogue: VersionResult | null }>(CATALOGUE, { providerCode: PROVIDER, at }))
    .catalogue;
}

async function monthlyToday(catalogueVersion?: number): Promise<string> {
  const input = { providerCode: PROVIDER, catalogueVersion, serviceCodes: ['PAY-BASE'] };
  return dataOf(await app.gql<{ priceConfiguration: { totals: { monthly: string } } }>(PRICE, { input }))
    .priceConfiguration.totals.monthly;
}

describe('publishing an edited draft on a future date', () => {
  it('keeps the current version in force until the date, and the new one from that day on', async () => {
    const tomorrow = daysFromToday(1);
    const draft = dataOf(
      await app.gql<{ createDraft: VersionResult }>(
        CREATE_DRAFT,
        { providerCode: PROVIDER },
        { token: manager.token },
      ),
    ).createDraft;
    const service = serviceInput(await exported(app, manager.token, PROVIDER, 2), 'PAY-BASE');
    service.priceComponents[0].amount = '9500.00';
    const edit1 = await edited(edit(app, manager.token, UPSERT.service, draft, { input: service }));
    const published = dataOf(
      await app.gql<{ publishCatalogueVersion: VersionResult }>(
        PUBLISH,
        { id: draft.id, validFrom: tomorrow, expectedVersion: edit1.version },
        { token: manager.token },
      ),
    ).publishCatalogueVersion;
    expect(published).toMatchObject({
      number: 2,
      status: 'PUBLISHED',
      validFrom: tomorrow,
      inForce: false,
      superseded: false,
    });

    // Until the date: version 1, by default (today) and for any earlier day.
    expect(await versionAt()).toMatchObject({ number: 1, inForce: true, superseded: false });
    expect((await versionAt(daysFromToday(0)))?.number).toBe(1);
    expect(await monthlyToday()).toBe('9000.00');
    // On and after the date: version 2.
    expect((await versionAt(tomorrow))?.number).toBe(2);
    expect((await versionAt(daysFromToday(400)))?.number).toBe(2);
    // Anyone may already read and price the published future version by number.
    expect(await monthlyToday(2)).toBe('9500.00');
  });

  it("shows the future version to everyone, not in force yet, in the provider's version list", async () => {
    const versions = dataOf(
      await app.gql<{
        providers: {
          code: string;
          versions: { number: number; status: string; inForce: boolean; superseded: boolean }[];
        }[];
      }>('{ providers { code versions { number status inForce superseded } } }'),
    ).providers.find((provider) => provider.code === PROVIDER)?.versions;
    expect(versions).toEqual([
      { number: 1, status: 'PUBLISHED', inForce: true, superseded: false },
      { number: 2, status: 'PUBLISHED', inForce: false, superseded: false },
    ]);
  });
});
