import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import {
  dataOf,
  errorCode,
  importPublished,
  PUBLISH,
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
let draft: VersionResult;

const PROVIDER = 'DIFF-A';
const DIFF = `query ($providerCode: String!, $from: Int!, $to: Int!) {
  catalogueDiff(providerCode: $providerCode, from: $from, to: $to) {
    providerCode from to changes { kind code name change path before after fields { field before after } }
  }
}`;

interface Change {
  kind: string;
  code: string;
  name: string | null;
  change: string;
  path: string;
  before: unknown;
  after: unknown;
  fields: { field: string; before: unknown; after: unknown }[];
}

async function diff(from: number, to: number, token?: string) {
  return app.gql<{ catalogueDiff: { providerCode: string; from: number; to: number; changes: Change[] } }>(
    DIFF,
    { providerCode: PROVIDER, from, to },
    { token },
  );
}

function outline(changes: Change[]) {
  return changes.map(({ kind, code, change, path, fields }) => ({
    kind,
    code,
    change,
    path,
    fields: fields.map((f) => f.field),
  }));
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: PROVIDER });
  const original = smallCatalogue({ providerCode: PROVIDER });
  original.categories.push({ code: 'OLD', name: { en: 'Old category' } });
  await importPublished(app, admin.token, original);
  draft = dataOf(
    await app.gql<{ createDraft: VersionResult }>(
      CREATE_DRAFT,
      { providerCode: PROVIDER },
      { token: manager.token },
    ),
  ).createDraft;

  const step = async (mutation: string, variables: Record<string, unknown>) => {
    draft = await edited(edit(app, manager.token, mutation, draft, variables));
  };
  let doc = await exported(app, manager.token, PROVIDER, 2);
  await step(UPSERT.settings, { input: { validFrom: '2031-01-01' } });
  await step(REMOVE.category, { code: 'OLD' });
  await step(UPSERT.driver, {
    input: {
      code: 'INVOICES_IN',
      name: { en: 'Incoming invoices per month' },
      unit: { en: 'invoice' },
      integer: true,
    },
  });
  await step(UPSERT.serviceLevel, {
    input: { code: 'STANDARD', name: { da: 'Standard', en: 'Standard' }, rank: 1, surchargePercent: '2' },
  });
  const base = serviceInput(doc, 'PAY-BASE');
  base.name = { da: 'Grundgebyr løn', en: 'Payroll base' };
  base.priceComponents[0].amount = '9000'; // the same value as "9000.00": not a change
  await step(UPSERT.service, { input: base });
  const run = serviceInput(doc, 'PAY-RUN');
  run.priceComponents[0].tiers = [
    { upTo: '1000', unitPrice: '40.00', flatFee: '0' },
    { upTo: null, unitPrice: '31.50', flatFee: '0' },
  ];
  run.priceComponents.unshift({
    label: { en: 'Set-up' },
    model: 'FLAT',
    period: 'ONE_TIME',
    amount: '500.00',
  });
  await step(UPSERT.service, { input: run });
  await step(UPSERT.service, {
    input: {
      code: 'AP',
      category: 'PAYROLL',
      kind: 'ADDON',
      name: { en: 'Accounts payable' },
      priceComponents: [
        {
          label: { en: 'Per invoice' },
          model: 'PER_UNIT',
          period: 'MONTHLY',
          driver: 'INVOICES_IN',
          unitPrice: '12.50',
        },
      ],
    },
  });
  doc = await exported(app, manager.token, PROVIDER, 2);
  await step(UPSERT.servicePackage, {
    input: { ...servicePackageInput(doc, 'BASIS'), discountPercent: '5' },
  });
});

afterAll(async () => {
  await app?.close();
});

describe('catalogueDiff', () => {
  it('lists exactly the changes made to the draft, in catalogue order', async () => {
    const result = dataOf(await diff(1, 2, manager.token)).catalogueDiff;
    expect(result).toMatchObject({ providerCode: PROVIDER, from: 1, to: 2 });
    expect(outline(result.changes)).toEqual([
      { kind: 'SETTINGS', code: PROVIDER, change: 'CHANGED', path: '', fields: ['validFrom'] },
      { kind: 'CATEGORY', code: 'OLD', change: 'REMOVED', path: 'categories[1]', fields: [] },
      { kind: 'VOLUME_DRIVER', code: 'INVOICES_IN', change: 'ADDED', path: 'drivers[1]', fields: [] },
      {
        kind: 'SERVICE_LEVEL',
        code: 'STANDARD',
        change: 'CHANGED',
        path: 'serviceLevels[0]',
        fields: ['surchargePercent'],
      },
      { kind: 'SERVICE', code: 'PAY-BASE', change: 'CHANGED', path: 'services[0]', fields: ['name'] },
      {
        kind: 'PRICE_COMPONENT',
        code: 'PAY-RUN',
        change: 'ADDED',
        path: 'services[1].priceComponents[0]',
        fields: [],
      },
      {
        kind: 'PRICE_COMPONENT',
        code: 'PAY-RUN',
        change: 'CHANGED',
        path: 'services[1].priceComponents[1]',
        fields: ['tiers'],
      },
      { kind: 'SERVICE', code: 'AP', change: 'ADDED', path: 'services[2]', fields: [] },
      {
        kind: 'SERVICE_PACKAGE',
        code: 'BASIS',
        change: 'CHANGED',
        path: 'servicePackages[0]',
        fields: ['discountPercent'],
      },
    ]);
  });

  it('gives before and after values of every change', async () => {
    const changes = dataOf(await diff(1, 2, manager.token)).catalogueDiff.changes;
    const byPath = new Map(changes.map((change) => [`${change.kind} ${change.path}`, change]));
    expect(byPath.get('SETTINGS ')).toMatchObject({
      before: { validFrom: '2027-01-01', currency: 'DKK' },
      after: { validFrom: '2031-01-01', currency: 'DKK' },
      fields: [{ field: 'validFrom', before: '2027-01-01', after: '2031-01-01' }],
    });
    const tiers = byPath.get('PRICE_COMPONENT services[1].priceComponents[1]');
    expect(tiers).toMatchObject({ name: 'Per payslip' });
    expect(tiers?.fields).toEqual([
      {
        field: 'tiers',
        before: [
          { upTo: '1000', unitPrice: '38.00', flatFee: '0' },
          { upTo: null, unitPrice: '31.50', flatFee: '0' },
        ],
        after: [
          { upTo: '1000', unitPrice: '40.00', flatFee: '0' },
          { upTo: null, unitPrice: '31.50', flatFee: '0' },
        ],
      },
    ]);
    expect(byPath.get('PRICE_COMPONENT services[1].priceComponents[0]')).toMatchObject({
      name: 'Set-up',
      before: null,
      after: { model: 'FLAT', period: 'ONE_TIME', amount: '500.00' },
    });
    expect(byPath.get('SERVICE_PACKAGE servicePackages[0]')?.fields).toEqual([
      { field: 'discountPercent', before: '0', after: '5' },
    ]);
    expect(byPath.get('CATEGORY categories[1]')).toMatchObject({
      name: 'Old category',
      before: { code: 'OLD' },
      after: null,
    });
    expect(byPath.get('SERVICE services[2]')).toMatchObject({
      name: 'Accounts payable',
      before: null,
      after: { code: 'AP', kind: 'ADDON' },
    });
  });

  it('reads backwards too, and finds nothing between a version and itself', async () => {
    const backwards = dataOf(await diff(2, 1, admin.token)).catalogueDiff.changes;
    expect(
      backwards
        .filter((change) => change.change === 'ADDED')
        .map((change) => `${change.kind} ${change.code}`),
    ).toEqual(['CATEGORY OLD']);
    expect(
      backwards
        .filter((change) => change.change === 'REMOVED')
        .map((change) => `${change.kind} ${change.code}`),
    ).toEqual(['VOLUME_DRIVER INVOICES_IN', 'PRICE_COMPONENT PAY-RUN', 'SERVICE AP']);
    expect(dataOf(await diff(2, 2, admin.token)).catalogueDiff.changes).toEqual([]);
  });

  it("shows drafts only to the centre's managers and administrators; published versions to everyone", async () => {
    const other = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'DIFF-B' });
    const customer = await createUserAndLogin(app, { role: 'CUSTOMER', providerCode: PROVIDER });
    for (const token of [undefined, other.token, customer.token]) {
      const hidden = await diff(1, 2, token);
      expect(errorCode(hidden)).toBe('NOT_FOUND');
      expect(hidden.errors?.[0].extensions?.field).toBe('to');
    }
    const missing = await diff(9, 1, admin.token);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'from' });
    const unknown = await app.gql(DIFF, { providerCode: 'NOPE', from: 1, to: 2 });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'providerCode' });

    await app.gql(PUBLISH, { id: draft.id, expectedVersion: draft.version }, { token: manager.token });
    const published = await diff(1, 2);
    expect(dataOf(published).catalogueDiff.changes).toHaveLength(9);
  });
});
