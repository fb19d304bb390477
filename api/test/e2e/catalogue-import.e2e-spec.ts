import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import {
  auditEventsOf,
  dataOf,
  errorCode,
  exampleCatalogue,
  IMPORT,
  importDraft,
  rowCounts,
  smallCatalogue,
  VALIDATE,
} from '../support/catalogue-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const NESTED = `query ($providerCode: String!, $version: Int, $locale: String) {
  catalogue(providerCode: $providerCode, version: $version) {
    number status currency validFrom
    provider { code name country locale }
    categories { code name(locale: $locale) nameTranslations }
    drivers { code name(locale: $locale) unit(locale: $locale) integer }
    serviceLevels { code name(locale: $locale) rank surchargePercent targets { metric name(locale: $locale) value unit serviceCode } }
    services {
      code category kind status name(locale: $locale) description(locale: $locale) requires excludes
      limits { driverCode min max }
      responsibilities { task(locale: $locale) party }
      priceComponents { label(locale: $locale) model period driverCode amount unitPrice minimumCharge fromYear toYear tiers { upTo unitPrice flatFee } }
    }
    servicePackages { code name(locale: $locale) description serviceLevelCode discountPercent allowedAddOns items { serviceCode included { driverCode quantity } } }
  }
}`;

interface Nested {
  catalogue: {
    provider: { code: string; name: string; country: string; locale: string };
    categories: { code: string; name: string; nameTranslations: Record<string, string> }[];
    drivers: { code: string; name: string; unit: string; integer: boolean }[];
    serviceLevels: {
      code: string;
      name: string;
      targets: { metric: string; name: string; serviceCode: string | null }[];
    }[];
    services: {
      code: string;
      name: string;
      description: string | null;
      requires: string[][];
      limits: unknown[];
      priceComponents: { label: string; model: string; amount: string | null; tiers: unknown[] }[];
    }[];
    servicePackages: {
      code: string;
      name: string;
      allowedAddOns: string[] | null;
      items: { serviceCode: string; included: unknown[] }[];
    }[];
  } | null;
}

let app: TestApp;
let admin: SignedInTestUser;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
});

afterAll(async () => {
  await app?.close();
});

describe('importCatalogue', () => {
  it('creates the provider and a DRAFT numbered 1 with every part readable, nested, in document order', async () => {
    const draft = await importDraft(app, admin.token, exampleCatalogue('IMP-A'));
    expect(draft).toMatchObject({
      number: 1,
      status: 'DRAFT',
      validFrom: '2027-01-01',
      currency: 'NOK',
      version: 1,
      inForce: false,
    });

    const read = dataOf(
      await app.gql<Nested>(
        NESTED,
        { providerCode: 'IMP-A', version: 1, locale: 'nb' },
        { token: admin.token },
      ),
    );
    const catalogue = read.catalogue!;
    expect(catalogue.provider).toEqual({
      code: 'IMP-A',
      name: 'Eksempelsenteret',
      country: 'NO',
      locale: 'nb',
    });
    expect(catalogue.categories.map((c) => [c.code, c.name])).toEqual([
      ['PAYROLL', 'Lønn'],
      ['ACCOUNTING', 'Regnskap'],
      ['ADDONS', 'Tilleggstjenester'],
    ]);
    expect(catalogue.categories[0].nameTranslations).toEqual({ en: 'Payroll', nb: 'Lønn' });
    expect(catalogue.drivers[0]).toEqual({
      code: 'PAYSLIPS',
      name: 'Lønnsslipper per måned',
      unit: 'lønnsslipp',
      integer: true,
    });
    expect(catalogue.drivers.find((d) => d.code === 'HOURS')?.integer).toBe(false);
    // A target without a Norwegian name falls back to English.
    expect(catalogue.serviceLevels[1].targets[1]).toEqual({
      metric: 'INVOICE_POSTING',
      name: 'Incoming invoices posted',
      value: '1',
      unit: 'WORKING_DAYS',
      serviceCode: 'ACC-INV',
    });
    expect(catalogue.services.map((s) => s.code)).toEqual([
      'PAY-BASE',
      'PAY-RUN',
      'ACC-INV',
      'PURCHASE',
      'ADVISORY',
    ]);
    const payRun = catalogue.services[1];
    expect(payRun).toMatchObject({ name: 'Lønnsadministrasjon', requires: [['PAY-BASE']] });
    expect(payRun.priceComponents[0]).toMatchObject({
      model: 'GRADUATED',
      amount: null,
      minimumCharge: '1500.00',
      tiers: [
        { upTo: '500', unitPrice: '28.00', flatFee: '0' },
        { upTo: '2000', unitPrice: '22.00', flatFee: '400.00' },
        { upTo: null, unitPrice: '15.50', flatFee: '0' },
      ],
    });
    expect(catalogue.services[0].priceComponents.map((c) => [c.model, c.amount, c.tiers])).toEqual([
      ['FLAT', '8000.00', []],
      ['FLAT', '25000.00', []],
    ]);
    expect(catalogue.servicePackages[0]).toMatchObject({
      code: 'LONN',
      name: 'Lønn',
      allowedAddOns: ['ADVISORY'],
      items: [
        { serviceCode: 'PAY-BASE', included: [] },
        { serviceCode: 'PAY-RUN', included: [{ driverCode: 'PAYSLIPS', quantity: '50' }] },
      ],
    });
    expect(catalogue.servicePackages[1].allowedAddOns).toBeNull();
  });

  it("picks localized text by the request's Accept-Language (q-values), then English, then any", async () => {
    const query =
      '{ catalogue(providerCode: "IMP-A", version: 1) { categories { name } services { name } } }';
    const headers = (value: string) => ({ token: admin.token, headers: { 'accept-language': value } });
    const norwegian = dataOf(await app.gql<Nested>(query, {}, headers('sv;q=0.9, nb-NO;q=0.95, en;q=0.1')));
    expect(norwegian.catalogue?.categories[0].name).toBe('Lønn');
    const bokmaalViaNo = dataOf(await app.gql<Nested>(query, {}, headers('no')));
    expect(bokmaalViaNo.catalogue?.services[0].name).toBe('Grunnavgift lønn');
    const finnish = dataOf(await app.gql<Nested>(query, {}, headers('fi')));
    expect(finnish.catalogue?.categories[0].name).toBe('Payroll');
    const none = dataOf(await app.gql<Nested>(query, {}, { token: admin.token }));
    expect(none.catalogue?.categories[0].name).toBe('Payroll');
    // The argument wins over the header.
    const argument = dataOf(
      await app.gql<Nested>(
        '{ catalogue(providerCode: "IMP-A", version: 1) { categories { name(locale: "en") } } }',
        {},
        headers('nb'),
      ),
    );
    expect(argument.catalogue?.categories[0].name).toBe('Payroll');
  });

  it('refuses a second draft with CONFLICT, and replaces it when asked', async () => {
    const before = await rowCounts(app);
    const conflict = await app.gql(IMPORT, { document: exampleCatalogue('IMP-A') }, { token: admin.token });
    expect(errorCode(conflict)).toBe('CONFLICT');
    expect(await rowCounts(app)).toEqual(before);

    const changed = exampleCatalogue('IMP-A');
    // Keep PAY-BASE, PAY-RUN and ADVISORY (the services the LONN package refers to).
    changed.services = changed.services.filter((s) => ['PAY-BASE', 'PAY-RUN', 'ADVISORY'].includes(s.code));
    changed.servicePackages = changed.servicePackages.slice(0, 1);
    changed.serviceLevels[1].targets = changed.serviceLevels[1].targets?.slice(0, 1);
    const replaced = await importDraft(app, admin.token, changed, true);
    expect(replaced).toMatchObject({ number: 1, status: 'DRAFT' });
    const read = dataOf(
      await app.gql<Nested>(NESTED, { providerCode: 'IMP-A', version: 1 }, { token: admin.token }),
    );
    expect(read.catalogue?.services.map((s) => s.code)).toEqual(['PAY-BASE', 'PAY-RUN', 'ADVISORY']);
    // The old draft's contents are gone with it (ON DELETE CASCADE).
    const after = await rowCounts(app);
    expect(after.catalogue_versions).toBe(before.catalogue_versions);
    expect(after.services).toBe(before.services - 2);
    expect(after.service_packages).toBe(before.service_packages - 1);
  });

  it('numbers the next draft after the latest version and keeps an existing provider as registered', async () => {
    await importDraft(app, admin.token, smallCatalogue({ providerCode: 'IMP-B' }));
    await app.gql(
      'mutation ($id: ID!) { discardDraft(id: $id) }',
      { id: (await importDraft(app, admin.token, smallCatalogue({ providerCode: 'IMP-C' }))).id },
      { token: admin.token },
    );
    const renamed = smallCatalogue({ providerCode: 'IMP-B' });
    renamed.provider.name = 'Another name';
    const conflict = await app.gql(IMPORT, { document: renamed }, { token: admin.token });
    expect(errorCode(conflict)).toBe('CONFLICT');
    const second = await importDraft(app, admin.token, renamed, true);
    expect(second.number).toBe(1);
    const providers = dataOf(
      await app.gql<{ providers: { code: string; name: string }[] }>('{ providers { code name } }'),
    );
    expect(providers.providers.find((p) => p.code === 'IMP-B')?.name).toBe('Centre IMP-B');
  });

  it('lets one of two concurrent imports for a new provider win; the other is CONFLICT', async () => {
    const before = await rowCounts(app);
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        app.gql(IMPORT, { document: smallCatalogue({ providerCode: 'IMP-RACE' }) }, { token: admin.token }),
      ),
    );
    expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    const after = await rowCounts(app);
    expect(after.providers).toBe(before.providers + 1);
    expect(after.catalogue_versions).toBe(before.catalogue_versions + 1);
  });

  it('writes an audit event with the actor in the same transaction', async () => {
    const draft = await importDraft(app, admin.token, smallCatalogue({ providerCode: 'IMP-D' }));
    const events = await auditEventsOf(app, draft.id);
    expect(events).toEqual([
      {
        action: 'IMPORT',
        actorEmail: admin.email,
        before: null,
        after: expect.objectContaining({
          providerCode: 'IMP-D',
          number: 1,
          status: 'DRAFT',
          counts: expect.objectContaining({ services: 2 }),
        }),
      },
    ]);
  });
});

describe('validateCatalogue', () => {
  it('answers an empty list for a valid document, also anonymously', async () => {
    const response = await app.gql<{ validateCatalogue: unknown[] }>(VALIDATE, {
      document: exampleCatalogue(),
    });
    expect(dataOf(response).validateCatalogue).toEqual([]);
  });

  it('lists every error with its path and writes nothing', async () => {
    const before = await rowCounts(app);
    const doc = exampleCatalogue('VAL-A') as unknown as {
      services: { priceComponents: { tiers?: { upTo: unknown }[] }[] }[];
      provider: { currency: string };
    };
    doc.provider.currency = 'XXX';
    doc.services[1].priceComponents[0].tiers![0].upTo = 1000;
    const response = await app.gql<{ validateCatalogue: unknown[] }>(VALIDATE, { document: doc });
    // Each with a code and params to word it in any language, and the English sentence made from them.
    expect(dataOf(response).validateCatalogue).toEqual([
      {
        path: 'provider.currency',
        code: 'INVALID_FORMAT',
        params: {
          field: 'currency',
          expected: 'CURRENCY_CODE',
          value: '"XXX"',
          currencies: 'DKK, NOK, SEK, EUR, ISK, GBP, USD, CHF',
        },
        message:
          '"currency" must be a supported ISO 4217 currency code (DKK, NOK, SEK, EUR, ISK, GBP, USD, CHF); "XXX" is not.',
      },
      {
        path: 'services[1].priceComponents[0].tiers[0].upTo',
        code: 'DECIMAL_AS_NUMBER',
        params: { field: 'upTo', value: '1000' },
        message:
          '"upTo" must be a decimal string, e.g. "38.00", not the JSON number 1000; put the number in quotes.',
      },
    ]);
    expect(await rowCounts(app)).toEqual(before);
  });
});
