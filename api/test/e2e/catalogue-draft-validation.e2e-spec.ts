import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import {
  dataOf,
  errorCode,
  importPublished,
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
  type EditResponse,
} from '../support/draft-editing.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let manager: SignedInTestUser;
let draft: VersionResult;

const PROVIDER = 'VAL-A';

beforeAll(async () => {
  app = await startTestApp();
  const admin = await createUserAndLogin(app, { role: 'ADMIN' });
  manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: PROVIDER });
  await importPublished(app, admin.token, smallCatalogue({ providerCode: PROVIDER }));
  draft = dataOf(
    await app.gql<{ createDraft: VersionResult }>(
      CREATE_DRAFT,
      { providerCode: PROVIDER },
      { token: manager.token },
    ),
  ).createDraft;
});

afterAll(async () => {
  await app?.close();
});

interface DocumentErrorBody {
  path: string;
  code: string;
  params: Record<string, string | number>;
  message: string;
}

interface Refusal {
  field: unknown;
  paths: string[];
  /** extensions.errors without their English messages: where, which code, its params. */
  errors: Omit<DocumentErrorBody, 'message'>[];
  message: string;
}

/**
 * Runs an edit that must be refused as BAD_USER_INPUT and proves that nothing was written: no row
 * of any catalogue table or of the audit trail, the same draft document, the same version.
 */
async function refused(mutation: string, variables: Record<string, unknown>): Promise<Refusal> {
  const before = await rowCounts(app);
  const document = await exported(app, manager.token, PROVIDER, 2);
  const response: EditResponse = await edit(app, manager.token, mutation, draft, variables);
  expect(errorCode(response)).toBe('BAD_USER_INPUT');
  expect(await rowCounts(app)).toEqual(before);
  expect(await exported(app, manager.token, PROVIDER, 2)).toEqual(document);
  const version = await app.gql<{ catalogue: { version: number } }>(
    `{ catalogue(providerCode: "${PROVIDER}", version: 2) { version } }`,
    {},
    { token: manager.token },
  );
  expect(dataOf(version).catalogue.version).toBe(draft.version);
  const [error] = response.errors ?? [];
  const errors = (error.extensions?.errors ?? []) as DocumentErrorBody[];
  for (const entry of errors) expect(entry.message).toMatch(/^\S.*[.?]$/);
  return {
    field: error.extensions?.field,
    paths: errors.map((e) => e.path),
    errors: errors.map(({ path, code, params }) => ({ path, code, params })),
    message: error.message,
  };
}

async function payRun() {
  return serviceInput(await exported(app, manager.token, PROVIDER, 2), 'PAY-RUN');
}

describe('no edit can make a catalogue that import would refuse', () => {
  it('refuses to remove a driver that is still used, listing every reference by its path', async () => {
    const refusal = await refused(REMOVE.driver, { code: 'PAYSLIPS' });
    expect(refusal.field).toBe('code');
    expect(refusal.errors).toEqual([
      {
        path: 'services[1].priceComponents[0].driver',
        code: 'UNKNOWN_REFERENCE',
        params: { item: 'DRIVER', code: 'PAYSLIPS' },
      },
      {
        path: 'servicePackages[0].items[1].included.PAYSLIPS',
        code: 'UNKNOWN_REFERENCE',
        params: { item: 'DRIVER', code: 'PAYSLIPS' },
      },
    ]);
    expect(refusal.message).toMatch(
      /^Nothing was saved: this change would make the catalogue invalid at services\[1\]\.priceComponents\[0\]\.driver: /,
    );
  });

  it('refuses to remove a service that a package and another service still need', async () => {
    const refusal = await refused(REMOVE.service, { code: 'PAY-BASE' });
    expect(refusal.field).toBe('code');
    expect(refusal.paths).toEqual(['services[0].requires[0][0]', 'servicePackages[0].items[0].service']);
  });

  it('refuses tiers that are not strictly ascending, pointing at the tier in the input', async () => {
    const service = await payRun();
    service.priceComponents[0].tiers = [
      { upTo: '1000', unitPrice: '38.00' },
      { upTo: '500', unitPrice: '35.00' },
      { upTo: null, unitPrice: '31.50' },
    ];
    const refusal = await refused(UPSERT.service, { input: service });
    expect(refusal.field).toBe('input.priceComponents[0].tiers[1].upTo');
    expect(refusal.errors).toEqual([
      {
        path: 'services[1].priceComponents[0].tiers[1].upTo',
        code: 'TIER_ORDER',
        params: { upTo: '500', previous: '1000' },
      },
    ]);
  });

  it('refuses a last tier with a limit and a negative price', async () => {
    const service = await payRun();
    service.priceComponents[0].tiers = [
      { upTo: '1000', unitPrice: '-1' },
      { upTo: '2000', unitPrice: '31.50' },
    ];
    const refusal = await refused(UPSERT.service, { input: service });
    expect(refusal.field).toBe('input.priceComponents[0].tiers[0].unitPrice');
    expect(refusal.paths).toEqual([
      'services[1].priceComponents[0].tiers[0].unitPrice',
      'services[1].priceComponents[0].tiers[1].upTo',
    ]);
  });

  it('refuses a requirement cycle made by an edit', async () => {
    const base = serviceInput(await exported(app, manager.token, PROVIDER, 2), 'PAY-BASE');
    base.requires = [['PAY-RUN']];
    const refusal = await refused(UPSERT.service, { input: base });
    expect(refusal.paths.length).toBeGreaterThan(0);
    expect(refusal.paths.every((path) => /^services\[[01]\]\.requires/.test(path))).toBe(true);
    expect(refusal.field).toBe('input.requires');
  });

  it('refuses unknown references, wrong enumerations and text without English at their input fields', async () => {
    const service = await payRun();
    expect((await refused(UPSERT.service, { input: { ...service, category: 'NOPE' } })).field).toBe(
      'input.category',
    );
    expect((await refused(UPSERT.service, { input: { ...service, kind: 'BOTH' } })).field).toBe('input.kind');
    expect((await refused(UPSERT.service, { input: { ...service, name: { da: 'Løn' } } })).field).toBe(
      'input.name',
    );
    const perUnit = {
      label: { en: 'Per payslip' },
      model: 'PER_UNIT',
      period: 'MONTHLY',
      driver: 'PAYSLIPS',
      amount: '5.00',
    };
    const component = await refused(UPSERT.service, { input: { ...service, priceComponents: [perUnit] } });
    expect(component.field).toMatch(/^input\.priceComponents\[0\]\./);
    const level = await refused(UPSERT.serviceLevel, {
      input: { code: 'PLUS', name: { en: 'Plus' }, rank: 1, surchargePercent: '8' },
    });
    expect(level.field).toBe('input.rank');
  });

  it('refuses a bad included quantity at its place in the input list, and a driver included twice', async () => {
    const servicePackage = servicePackageInput(await exported(app, manager.token, PROVIDER, 2), 'BASIS');
    const items = [
      { service: 'PAY-BASE' },
      { service: 'PAY-RUN', included: [{ driver: 'PAYSLIPS', quantity: '-5' }] },
    ];
    const negative = await refused(UPSERT.servicePackage, { input: { ...servicePackage, items } });
    expect(negative).toMatchObject({
      field: 'input.items[1].included[0].quantity',
      paths: ['servicePackages[0].items[1].included.PAYSLIPS'],
    });
    const twice = [
      { service: 'PAY-BASE' },
      {
        service: 'PAY-RUN',
        included: [
          { driver: 'PAYSLIPS', quantity: '1' },
          { driver: 'PAYSLIPS', quantity: '2' },
        ],
      },
    ];
    expect((await refused(UPSERT.servicePackage, { input: { ...servicePackage, items: twice } })).field).toBe(
      'input.items[1].included[1].driver',
    );
    const discount = await refused(UPSERT.servicePackage, {
      input: { ...servicePackage, discountPercent: '101' },
    });
    expect(discount.field).toBe('input.discountPercent');
  });

  it('refuses a currency the catalogue cannot price in', async () => {
    expect((await refused(UPSERT.settings, { input: { currency: 'XYZ' } })).field).toBe('input.currency');
  });

  it('refuses a decimal sent as a JSON number before anything is looked at', async () => {
    const service = await payRun();
    const response = await edit(app, manager.token, UPSERT.service, draft, {
      input: { ...service, priceComponents: [{ ...service.priceComponents[0], minimumCharge: 5 }] },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(String(response.errors?.[0].extensions?.field)).toContain('minimumCharge');
  });
});
