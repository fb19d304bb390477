import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import {
  auditEventsOf,
  CATALOGUE,
  dataOf,
  errorCode,
  exampleCatalogue,
  importPublished,
  smallCatalogue,
  type VersionResult,
} from '../support/catalogue-factory.js';
import {
  CREATE_DRAFT,
  edit,
  edited,
  exported,
  REMOVE,
  serviceInput,
  servicePackageInput,
  UPSERT,
} from '../support/draft-editing.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: SignedInTestUser;
let manager: SignedInTestUser;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'ED-A' });
});

afterAll(async () => {
  await app?.close();
});

async function createDraft(providerCode: string, token = manager.token): Promise<VersionResult> {
  return dataOf(await app.gql<{ createDraft: VersionResult }>(CREATE_DRAFT, { providerCode }, { token }))
    .createDraft;
}

describe('createDraft', () => {
  it('starts a draft that is a deep copy of the latest version: the same export, a new number, status DRAFT', async () => {
    await importPublished(app, admin.token, exampleCatalogue('ED-COPY'));
    const draft = await createDraft('ED-COPY', admin.token);
    expect(draft).toMatchObject({
      number: 2,
      status: 'DRAFT',
      version: 1,
      validFrom: '2027-01-01',
      currency: 'NOK',
      inForce: false,
    });
    const latest = await exported(app, admin.token, 'ED-COPY', 1);
    expect(await exported(app, admin.token, 'ED-COPY', 2)).toEqual(latest);
    const events = await auditEventsOf(app, draft.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'CREATE_DRAFT',
      actorEmail: admin.email,
      before: null,
      after: { number: 2, status: 'DRAFT', copiedFrom: 1 },
    });
  });

  it('copies the latest version even when it is a future one, and refuses a second draft with CONFLICT', async () => {
    await importPublished(
      app,
      admin.token,
      smallCatalogue({ providerCode: 'ED-TWO', price: '100.00' }),
      '2020-01-01',
    );
    await importPublished(
      app,
      admin.token,
      smallCatalogue({ providerCode: 'ED-TWO', price: '200.00' }),
      '2999-01-01',
    );
    const draft = await createDraft('ED-TWO', admin.token);
    expect(draft.number).toBe(3);
    expect((await exported(app, admin.token, 'ED-TWO', 3)).services[0].priceComponents[0].amount).toBe(
      '200.00',
    );
    const again = await app.gql(CREATE_DRAFT, { providerCode: 'ED-TWO' }, { token: admin.token });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0].extensions).toMatchObject({ reason: 'DRAFT_EXISTS' });
  });

  it("is for the centre's managers and administrators only", async () => {
    await importPublished(app, admin.token, smallCatalogue({ providerCode: 'ED-AUTH' }));
    const customer = await createUserAndLogin(app, { role: 'CUSTOMER', providerCode: 'ED-AUTH' });
    expect(errorCode(await app.gql(CREATE_DRAFT, { providerCode: 'ED-AUTH' }))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(await app.gql(CREATE_DRAFT, { providerCode: 'ED-AUTH' }, { token: customer.token })),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await app.gql(CREATE_DRAFT, { providerCode: 'ED-AUTH' }, { token: manager.token })),
    ).toBe('FORBIDDEN');
    const unknown = await app.gql(CREATE_DRAFT, { providerCode: 'NO-SUCH' }, { token: admin.token });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors?.[0].extensions?.field).toBe('providerCode');
    const read = await app.gql<{ catalogue: VersionResult | null }>(
      CATALOGUE,
      { providerCode: 'ED-AUTH', version: 2 },
      { token: admin.token },
    );
    expect(dataOf(read).catalogue).toBeNull();
  });
});

describe('editing a draft', () => {
  it('changes a price: the draft shows it, its version goes up, the audit event holds the service before and after', async () => {
    await importPublished(app, admin.token, smallCatalogue({ providerCode: 'ED-A' }));
    const draft = await createDraft('ED-A');
    const service = serviceInput(await exported(app, manager.token, 'ED-A', 2), 'PAY-RUN');
    service.priceComponents[0].tiers = [
      { upTo: '1000', unitPrice: '40.00', flatFee: '0' },
      { upTo: null, unitPrice: '33.00', flatFee: '0' },
    ];
    const after = await edited(edit(app, manager.token, UPSERT.service, draft, { input: service }));
    expect(after).toMatchObject({ id: draft.id, number: 2, status: 'DRAFT', version: 2 });
    const doc = await exported(app, manager.token, 'ED-A', 2);
    expect(doc.services.map((s) => s.code)).toEqual(['PAY-BASE', 'PAY-RUN']);
    expect(doc.services[1].priceComponents[0].tiers).toEqual(service.priceComponents[0].tiers);
    expect(
      (await exported(app, manager.token, 'ED-A', 1)).services[1].priceComponents[0].tiers?.[0].unitPrice,
    ).toBe('38.00');
    const events = await auditEventsOf(app, draft.id);
    expect(events.map((e) => e.action)).toEqual(['CREATE_DRAFT', 'UPDATE_SERVICE']);
    expect(events[1]).toMatchObject({
      actorEmail: manager.email,
      before: {
        code: 'PAY-RUN',
        priceComponents: [{ tiers: [{ unitPrice: '38.00' }, { unitPrice: '31.50' }] }],
      },
      after: {
        code: 'PAY-RUN',
        priceComponents: [{ tiers: [{ unitPrice: '40.00' }, { unitPrice: '33.00' }] }],
      },
    });
  });

  it('adds, replaces and removes every kind of item, each edit bumping the version by one', async () => {
    await importPublished(app, admin.token, smallCatalogue({ providerCode: 'ED-ALL' }));
    let draft = await createDraft('ED-ALL', admin.token);
    const step = async (mutation: string, variables: Record<string, unknown>) => {
      const next = await edited(edit(app, admin.token, mutation, draft, variables));
      expect(next.version).toBe(draft.version + 1);
      draft = next;
    };
    await step(UPSERT.category, {
      input: { code: 'ACCOUNTING', name: { en: 'Accounting', da: 'Regnskab' } },
    });
    await step(UPSERT.driver, {
      input: {
        code: 'INVOICES_IN',
        name: { en: 'Incoming invoices per month' },
        unit: { en: 'invoice' },
        integer: true,
      },
    });
    await step(UPSERT.service, {
      input: {
        code: 'AP',
        category: 'ACCOUNTING',
        kind: 'ADDON',
        name: { en: 'Accounts payable' },
        requires: [['PAY-BASE']],
        limits: [{ driver: 'INVOICES_IN', min: '1', max: null }],
        priceComponents: [
          {
            label: { en: 'Per invoice' },
            model: 'PER_UNIT',
            period: 'MONTHLY',
            driver: 'INVOICES_IN',
            unitPrice: '12.50',
            minimumCharge: '100',
          },
        ],
        responsibilities: [{ task: { en: 'Scan invoices' }, party: 'CENTRE' }],
      },
    });
    await step(UPSERT.serviceLevel, {
      input: {
        code: 'PLUS',
        name: { en: 'Plus' },
        rank: 2,
        surchargePercent: '8',
        targets: [
          {
            metric: 'INVOICE_POSTING',
            name: { en: 'Invoices posted within 2 working days' },
            value: '2',
            unit: 'WORKING_DAYS',
            service: 'AP',
          },
        ],
      },
    });
    await step(UPSERT.servicePackage, {
      input: {
        code: 'FULL',
        name: { en: 'Full' },
        serviceLevel: 'PLUS',
        discountPercent: '10',
        items: [
          { service: 'PAY-BASE' },
          { service: 'AP', included: [{ driver: 'INVOICES_IN', quantity: '50' }] },
        ],
        allowedAddOns: [],
      },
    });
    await step(UPSERT.category, {
      input: { code: 'PAYROLL', name: { en: 'Payroll and HR', da: 'Løn og HR' } },
    });
    await step(UPSERT.settings, { input: { validFrom: '2031-01-01', currency: 'EUR' } });
    let doc = await exported(app, admin.token, 'ED-ALL', 2);
    expect(doc.validFrom).toBe('2031-01-01');
    expect(doc.provider.currency).toBe('EUR');
    expect(draft).toMatchObject({ validFrom: '2031-01-01', currency: 'EUR' });
    expect(doc.categories).toEqual([
      { code: 'PAYROLL', name: { da: 'Løn og HR', en: 'Payroll and HR' } },
      { code: 'ACCOUNTING', name: { da: 'Regnskab', en: 'Accounting' } },
    ]);
    expect(doc.serviceLevels.map((l) => l.code)).toEqual(['STANDARD', 'PLUS']);
    expect(doc.services[2]).toMatchObject({
      code: 'AP',
      kind: 'ADDON',
      status: 'ACTIVE',
      limits: [{ driver: 'INVOICES_IN', min: '1', max: null }],
    });
    expect(servicePackageInput(doc, 'FULL')).toMatchObject({
      items: [
        { service: 'PAY-BASE', included: null },
        { service: 'AP', included: [{ driver: 'INVOICES_IN', quantity: '50' }] },
      ],
    });

    // Removing in dependency order: each step leaves a valid catalogue.
    await step(REMOVE.servicePackage, { code: 'FULL' });
    await step(REMOVE.serviceLevel, { code: 'PLUS' });
    await step(REMOVE.service, { code: 'AP' });
    await step(REMOVE.driver, { code: 'INVOICES_IN' });
    await step(REMOVE.category, { code: 'ACCOUNTING' });
    doc = await exported(app, admin.token, 'ED-ALL', 2);
    expect(doc.categories.map((c) => c.code)).toEqual(['PAYROLL']);
    expect(doc.drivers.map((d) => d.code)).toEqual(['PAYSLIPS']);
    expect(doc.services.map((s) => s.code)).toEqual(['PAY-BASE', 'PAY-RUN']);
    expect(doc.servicePackages.map((p) => p.code)).toEqual(['BASIS']);
    const actions = (await auditEventsOf(app, draft.id)).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'CREATE_CATEGORY',
        'CREATE_VOLUME_DRIVER',
        'CREATE_SERVICE',
        'CREATE_SERVICE_LEVEL',
        'CREATE_SERVICE_PACKAGE',
        'UPDATE_CATEGORY',
        'UPDATE_SETTINGS',
        'REMOVE_SERVICE_PACKAGE',
        'REMOVE_SERVICE_LEVEL',
        'REMOVE_SERVICE',
        'REMOVE_VOLUME_DRIVER',
        'REMOVE_CATEGORY',
      ]),
    );
    expect(actions).toHaveLength(13);
  });

  it('clears validFrom with null and keeps what the settings input leaves out', async () => {
    await importPublished(app, admin.token, smallCatalogue({ providerCode: 'ED-SET' }));
    const draft = await createDraft('ED-SET', admin.token);
    const cleared = await edited(
      edit(app, admin.token, UPSERT.settings, draft, { input: { validFrom: null } }),
    );
    expect(cleared).toMatchObject({ validFrom: null, currency: 'DKK', version: 2 });
    const kept = await edited(
      edit(app, admin.token, UPSERT.settings, cleared, { input: { currency: 'SEK' } }),
    );
    expect(kept).toMatchObject({ validFrom: null, currency: 'SEK', version: 3 });
  });

  it("answers NOT_FOUND for a code the draft does not have, and for another centre's draft to a manager", async () => {
    await importPublished(app, admin.token, smallCatalogue({ providerCode: 'ED-NF' }));
    const draft = await createDraft('ED-NF', admin.token);
    const missing = await edit(app, admin.token, REMOVE.service, draft, { code: 'NOPE' });
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect(missing.errors?.[0].extensions?.field).toBe('code');
    const foreign = await edit(app, manager.token, REMOVE.service, draft, { code: 'PAY-RUN' });
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    expect(errorCode(await edit(app, '', REMOVE.service, draft, { code: 'PAY-RUN' }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});
