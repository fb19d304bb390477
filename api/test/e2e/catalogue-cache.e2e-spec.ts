/**
 * Published catalogues served from memory (DESIGN "Caching and several instances"): the version
 * in force and a published version's read model are built once per process, a warm read or price
 * costs no SQL, and a publish or a `validFrom` passing is seen at once.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DataSource } from 'typeorm';
import { Clock } from '../../src/common/clock/clock.js';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import {
  dataOf,
  EXPORT,
  generatedCatalogue,
  importDraft,
  importPublished,
  smallCatalogue,
} from '../support/catalogue-factory.js';
import { PRICE } from '../support/pricing.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/** The catalogue page of the web app reads this much (CatalogueBrowser): every nested list. */
const BROWSE = `query ($providerCode: String!, $version: Int) {
  catalogue(providerCode: $providerCode, version: $version) {
    id number status validFrom currency inForce
    provider { code name country locale }
    categories { code name nameTranslations }
    drivers { code name unit nameTranslations unitTranslations integer }
    serviceLevels { code name rank surchargePercent targets { metric name value unit serviceCode } }
    services {
      code name description kind status category requires excludes
      limits { driverCode min max }
      priceComponents { label model period driverCode amount unitPrice minimumCharge fromYear toYear tiers { upTo unitPrice flatFee } }
      responsibilities { task party }
    }
    servicePackages { code name description serviceLevelCode discountPercent allowedAddOns items { serviceCode included { driverCode quantity } } }
  }
}`;

interface Browsed {
  catalogue: {
    number: number;
    status: string;
    services: { code: string; priceComponents: { tiers: unknown[] }[] }[];
  } | null;
}

let app: TestApp;
let admin: SignedInTestUser;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  await importPublished(app, admin.token, generatedCatalogue('C-SMALL', 5), '2020-01-01');
  await importPublished(app, admin.token, generatedCatalogue('C-LARGE', 200), '2020-01-01');
  await importPublished(app, admin.token, smallCatalogue({ providerCode: 'C-PRICE' }), '2020-01-01');
});

afterAll(async () => {
  vi.restoreAllMocks();
  await app?.close();
});

/** SQL statements one request costs, with its answer. */
async function measure<T>(
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ statements: number; response: GraphQLResponse<T> }> {
  const before = app.statements();
  const response = await app.gql<T>(query, variables, { headers });
  return { statements: app.statements() - before, response };
}

/** A language nobody asked for before, so the response cache cannot answer: the read really executes. */
let languageCounter = 0;
function freshLanguage(): Record<string, string> {
  languageCounter += 1;
  return { 'accept-language': `x-l${languageCounter}, en;q=0.5` };
}

describe('a published catalogue is read from memory', () => {
  it('the first read of a version costs the same for 5 and 200 services; a warm one costs none', async () => {
    const small = await measure<Browsed>(BROWSE, { providerCode: 'C-SMALL' }, freshLanguage());
    const large = await measure<Browsed>(BROWSE, { providerCode: 'C-LARGE' }, freshLanguage());
    expect(dataOf(large.response).catalogue?.services).toHaveLength(200);
    expect(large.statements).toBe(small.statements);
    // At most: the picture of providers and published versions (two) and the nine content tables.
    expect(small.statements).toBeLessThanOrEqual(11);
    expect(small.statements).toBeGreaterThanOrEqual(9);

    const warm = await measure<Browsed>(BROWSE, { providerCode: 'C-LARGE' }, freshLanguage());
    expect(warm.statements).toBe(0);
    expect(dataOf(warm.response)).toEqual(dataOf(large.response));
    const exported = await measure<{ exportCatalogue: { services: unknown[] } }>(
      EXPORT,
      { providerCode: 'C-LARGE' },
      freshLanguage(),
    );
    expect(exported.statements).toBe(0);
    expect(dataOf(exported.response).exportCatalogue.services).toHaveLength(200);
  });

  it('a warm price costs no SQL, with new volumes every time', async () => {
    const input = (quantity: string) => ({
      providerCode: 'C-PRICE',
      servicePackageCode: 'BASIS',
      volumes: [{ driverCode: 'PAYSLIPS', quantity }],
    });
    dataOf(await app.gql(PRICE, { input: input('100') }));
    for (const quantity of ['101', '2500', '7']) {
      const priced = await measure<{ priceConfiguration: { totals: { monthly: string } } }>(PRICE, {
        input: input(quantity),
      });
      expect(priced.statements).toBe(0);
      expect(dataOf(priced.response).priceConfiguration.totals.monthly).toMatch(/^\d+\.\d{2}$/);
    }
  });

  it('a publish is seen by the next read', async () => {
    const before = dataOf(await app.gql<Browsed>(BROWSE, { providerCode: 'C-SMALL' }));
    expect(before.catalogue?.number).toBe(1);
    await importPublished(app, admin.token, generatedCatalogue('C-SMALL', 6), '2021-01-01');
    const after = dataOf(await app.gql<Browsed>(BROWSE, { providerCode: 'C-SMALL' }));
    expect(after.catalogue?.number).toBe(2);
    expect(after.catalogue?.services).toHaveLength(6);
  });

  it('a future validFrom takes over on its day, with no event (the clock moves)', async () => {
    const clock = app.app.get(Clock);
    const today = clock.today();
    const inTenDays = new Date(Date.parse(`${today}T12:00:00Z`) + 10 * 86_400_000);
    const validFrom = inTenDays.toISOString().slice(0, 10);
    await importPublished(app, admin.token, generatedCatalogue('C-SMALL', 7), validFrom);
    const read = async () => dataOf(await app.gql<Browsed>(BROWSE, { providerCode: 'C-SMALL' })).catalogue;
    expect((await read())?.number).toBe(2);
    expect((await read())?.number).toBe(2);
    const spy = vi.spyOn(clock, 'now').mockReturnValue(inTenDays);
    try {
      const statements = app.statements();
      const later = await read();
      expect(later?.number).toBe(3);
      expect(later?.services).toHaveLength(7);
      // Moving the date needed no reload of the picture, only the new version's contents.
      expect(app.statements() - statements).toBe(9);
    } finally {
      spy.mockRestore();
    }
    expect((await read())?.number).toBe(2);
  });

  it('a draft is never cached: each read of it loads it again, and sees its edits', async () => {
    const manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'C-PRICE' });
    const draft = await importDraft(
      app,
      admin.token,
      smallCatalogue({ providerCode: 'C-PRICE', price: '1.00' }),
    );
    const readDraft = () =>
      measure<{ exportCatalogue: { services: { priceComponents: { amount?: string }[] }[] } }>(
        EXPORT,
        { providerCode: 'C-PRICE', version: draft.number },
        { authorization: `Bearer ${manager.token}` },
      );
    const first = await readDraft();
    const second = await readDraft();
    expect(second.statements).toBe(first.statements);
    expect(second.statements).toBeGreaterThanOrEqual(9);
    await importDraft(app, admin.token, smallCatalogue({ providerCode: 'C-PRICE', price: '2.00' }), true);
    const replaced = dataOf((await readDraft()).response);
    expect(replaced.exportCatalogue.services[0].priceComponents[0].amount).toBe('2.00');
  });
});

describe('with the database down', () => {
  it('answers what needs no database, and refuses only what does', async () => {
    const warm = dataOf(await app.gql<Browsed>(BROWSE, { providerCode: 'C-LARGE' }, freshHeaders()));
    await app.app.get(DataSource).destroy();
    const cached = await app.gql<Browsed>(BROWSE, { providerCode: 'C-LARGE' }, freshHeaders());
    expect(dataOf(cached)).toEqual(warm);
    const priced = await app.gql(PRICE, {
      input: {
        providerCode: 'C-PRICE',
        servicePackageCode: 'BASIS',
        volumes: [{ driverCode: 'PAYSLIPS', quantity: '3' }],
      },
    });
    expect(priced.errors).toBeUndefined();
    const draftRead = await app.gql(EXPORT, { providerCode: 'C-PRICE', version: 99 }, { token: admin.token });
    expect(draftRead.errors?.length).toBeGreaterThan(0);
  });
});

function freshHeaders(): { headers: Record<string, string> } {
  return { headers: freshLanguage() };
}
