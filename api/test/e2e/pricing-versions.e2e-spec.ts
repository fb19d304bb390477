/**
 * Which catalogue version prices a configuration: the one in force today by default, a pinned
 * number when asked (also a superseded or a future one), drafts only for who may read them; and
 * published versions are compiled once and then priced without loading the catalogue again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueDocument, ConfigurationInput } from '@servicekatalog/shared';
import { PricingService } from '../../src/pricing/pricing.service.js';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import { dataOf, exampleCatalogue, importDraft } from '../support/catalogue-factory.js';
import { PRICE, publishCatalogue, type Quote } from '../support/pricing.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: SignedInTestUser;
let manager: SignedInTestUser;
let otherManager: SignedInTestUser;
let customer: SignedInTestUser;
const versionIds: Record<number, string> = {};

const CONFIG: ConfigurationInput = {
  providerCode: 'EX-NO',
  servicePackageCode: 'LONN',
  volumes: [{ driverCode: 'PAYSLIPS', quantity: '600' }],
};

/** ex-no.json with the PAY-BASE monthly fee changed, to tell versions apart by price. */
function withMonthlyFee(amount: string, providerCode = 'EX-NO'): CatalogueDocument {
  const document = exampleCatalogue(providerCode);
  document.services[0].priceComponents[0].amount = amount;
  return document;
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'EX-NO' });
  otherManager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'OTHER-P' });
  customer = await createUserAndLogin(app, { role: 'CUSTOMER', providerCode: 'EX-NO' });
  // ex-no.json prices PAY-BASE at 8000.00 a month.
  versionIds[1] = (await publishCatalogue(app, exampleCatalogue(), '2020-01-01')).id;
  versionIds[2] = (await publishCatalogue(app, withMonthlyFee('9000.00'), '2021-01-01')).id;
  versionIds[3] = (await publishCatalogue(app, withMonthlyFee('9500.00'), '2999-01-01')).id;
  versionIds[4] = (await importDraft(app, admin.token, withMonthlyFee('9900.00'))).id;
});

afterAll(async () => {
  await app?.close();
});

function price(
  input: ConfigurationInput,
  token?: string,
): Promise<GraphQLResponse<{ priceConfiguration: Quote }>> {
  return app.gql<{ priceConfiguration: Quote }>(PRICE, { input }, { token });
}

async function monthlyFee(
  input: ConfigurationInput,
  token?: string,
): Promise<{ version: number; fee: string | undefined }> {
  const quote = dataOf(await price(input, token)).priceConfiguration;
  return {
    version: quote.catalogueVersion,
    fee: quote.lines.find((line) => line.componentLabel === 'Monthly fee')?.amount,
  };
}

describe('the catalogue version that prices a configuration', () => {
  it('is, by default, the version in force today (2, not the superseded 1 nor the future 3)', async () => {
    expect(await monthlyFee(CONFIG)).toEqual({ version: 2, fee: '9000.00' });
  });

  it('is the pinned number when given: version 1 after version 2 with other prices is in force', async () => {
    expect(await monthlyFee({ ...CONFIG, catalogueVersion: 1 })).toEqual({ version: 1, fee: '8000.00' });
    const quote = dataOf(await price({ ...CONFIG, catalogueVersion: 1 })).priceConfiguration;
    expect(quote.catalogueVersionId).toBe(versionIds[1]);
    expect(quote.totals).toEqual({ monthly: '23500.00', firstYear: '307000.00', contractTotal: '307000.00' });
  });

  it('a future-dated version is not used before its date, but can be priced by number', async () => {
    expect((await monthlyFee(CONFIG)).version).toBe(2);
    expect(await monthlyFee({ ...CONFIG, catalogueVersion: 3 })).toEqual({ version: 3, fee: '9500.00' });
  });

  it("a draft exists only for the centre's managers and admins", async () => {
    const draft = { ...CONFIG, catalogueVersion: 4 };
    expect(await monthlyFee(draft, manager.token)).toEqual({ version: 4, fee: '9900.00' });
    expect(await monthlyFee(draft, admin.token)).toEqual({ version: 4, fee: '9900.00' });
    for (const token of [undefined, customer.token, otherManager.token]) {
      const response = await price(draft, token);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.catalogueVersion',
      });
      expect(response.errors?.[0].message).toBe('Provider "EX-NO" has no catalogue version 4');
    }
  });

  it('the input must match a version pinned by id (PricingService.priceAgainstVersion, for quotes)', async () => {
    const pricing = app.app.get(PricingService);
    const pinned = await pricing.priceAgainstVersion(versionIds[1], CONFIG, 'input.configuration');
    expect(pinned).toMatchObject({
      catalogueVersionId: versionIds[1],
      providerCode: 'EX-NO',
      breakdown: { catalogueVersion: 1 },
    });
    expect(pinned.breakdown.totals.contractTotal).toBe('307000.00');
    const draft = await pricing.priceAgainstVersion(versionIds[4], CONFIG);
    expect(draft.breakdown.lines[0].amount).toBe('9900.00');
    await expect(
      pricing.priceAgainstVersion(versionIds[1], { ...CONFIG, catalogueVersion: 2 }, 'input.configuration'),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'input.configuration.catalogueVersion' },
    });
    await expect(
      pricing.priceAgainstVersion('00000000-0000-0000-0000-000000000000', CONFIG),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("PricingService.price names fields under the caller's prefix", async () => {
    const pricing = app.app.get(PricingService);
    await expect(
      pricing.price(
        null,
        { ...CONFIG, volumes: [{ driverCode: 'PAYSLIPS', quantity: '-1' }] },
        'input.configuration',
      ),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'input.configuration.volumes[0].quantity' },
    });
    const priced = await pricing.price(null, CONFIG);
    expect(priced).toMatchObject({ catalogueVersionId: versionIds[2], providerCode: 'EX-NO' });
  });
});

describe('compiled published versions are cached', () => {
  /** SQL statements one anonymous pricing request costs. */
  async function statementsOf(input: ConfigurationInput, token?: string): Promise<number> {
    const before = app.statements();
    dataOf(await price(input, token));
    return app.statements() - before;
  }

  it('pricing the same published version again costs no SQL at all', async () => {
    await publishCatalogue(app, exampleCatalogue('EX-CACHE'), '2020-01-01');
    const input = { ...CONFIG, providerCode: 'EX-CACHE' };
    // First: the picture of providers and published versions (two statements, dropped by the
    // publish), then the version's contents (nine, one per table).
    expect(await statementsOf(input)).toBe(11);
    // Then nothing: which version is in force comes from memory, and so does the compiled version.
    expect(await statementsOf(input)).toBe(0);
    expect(
      await statementsOf({
        ...input,
        contractYears: 3,
        volumes: [{ driverCode: 'PAYSLIPS', quantity: '7' }],
      }),
    ).toBe(0);
    expect(await statementsOf({ ...input, catalogueVersion: 1 })).toBe(0);
  });

  it('a draft is loaded afresh every time (it can change)', async () => {
    const draft = { ...CONFIG, catalogueVersion: 4 };
    const first = await statementsOf(draft, manager.token);
    const second = await statementsOf(draft, manager.token);
    expect(second).toBe(first);
    expect(second).toBeGreaterThanOrEqual(10);
  });

  it('a replaced draft is priced with its new contents', async () => {
    await importDraft(app, admin.token, withMonthlyFee('9990.00'), true);
    expect(await monthlyFee({ ...CONFIG, catalogueVersion: 4 }, manager.token)).toEqual({
      version: 4,
      fee: '9990.00',
    });
  });
});
