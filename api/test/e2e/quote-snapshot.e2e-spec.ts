import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueDocument, PriceBreakdown } from '@servicekatalog/shared';
import { PricingService } from '../../src/pricing/pricing.service.js';
import { createAgency, createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import { dataOf, exampleCatalogue } from '../support/catalogue-factory.js';
import {
  publishCatalogue,
  quoteMutation,
  saveQuote,
  sql,
  UPDATE_QUOTE,
  type QuoteResult,
} from '../support/quote-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'QS-NO';

const PRICE_FIELDS = `currency providerCode catalogueVersion catalogueVersionId valid servicePackageCode serviceLevelCode contractYears engineVersion
  lines { serviceCode componentIndex componentLabel model period driverCode quantity billableQuantity includedQuantity amount firstYear lastYear
    base minimumCharge minimumApplied discountPercent surchargePercent unitPrice tiers { upTo unitPrice flatFee quantity amount } }
  years { year oneTime recurring total } totals { monthly firstYear contractTotal } issues { code severity serviceCode message }`;

const QUOTE_PRICES = `query ($id: ID!) { quote(id: $id) { id catalogueVersion status price { ${PRICE_FIELDS} } repriced { ${PRICE_FIELDS} } } }`;
const PRICE_CONFIGURATION = `query ($input: ConfigurationInput!) { priceConfiguration(input: $input) { ${PRICE_FIELDS} } }`;

interface PriceResult {
  catalogueVersion: number;
  catalogueVersionId: string;
  valid: boolean;
  totals: { monthly: string; firstYear: string; contractTotal: string };
  years: { year: number; oneTime: string; recurring: string; total: string }[];
  lines: { serviceCode: string; amount: string }[];
}
interface QuotePrices {
  quote: { id: string; catalogueVersion: number; price: PriceResult; repriced: PriceResult };
}

/**
 * The complete package (5 % discount, 8 % "UTVIDET" surcharge) with an add-on and quantities that
 * make the engine round: 1234 payslips, 777 invoices, 12.5 advisory hours, three contract years.
 */
const CONFIGURATION = {
  providerCode: PROVIDER,
  servicePackageCode: 'KOMPLETT',
  serviceCodes: ['ADVISORY'],
  volumes: [
    { driverCode: 'PAYSLIPS', quantity: '1234' },
    { driverCode: 'INVOICES_IN', quantity: '777' },
    { driverCode: 'HOURS', quantity: '12.5' },
  ],
  contractYears: 3,
};

/** Version 2: the same catalogue with other prices. */
function secondVersion(): CatalogueDocument {
  const doc = exampleCatalogue(PROVIDER);
  const base = doc.services.find((s) => s.code === 'PAY-BASE');
  const run = doc.services.find((s) => s.code === 'PAY-RUN');
  if (!base?.priceComponents[0] || !run?.priceComponents[0]?.tiers?.[0])
    throw new Error('ex-no.json changed shape');
  base.priceComponents[0].amount = '8400.00';
  run.priceComponents[0].tiers[0].unitPrice = '29.00';
  return doc;
}

let app: TestApp;
let customer: SignedInTestUser;
let v1: { id: string; number: number };
let quote: QuoteResult;

beforeAll(async () => {
  app = await startTestApp();
  v1 = await publishCatalogue(app, exampleCatalogue(PROVIDER), '2020-01-01');
  const agencyId = await createAgency(app, { providerCode: PROVIDER });
  customer = await createUserAndLogin(app, { role: 'CUSTOMER', agencyId });
  quote = await saveQuote(app, customer.token, { name: 'Complete package', configuration: CONFIGURATION });
});

afterAll(async () => {
  await app?.close();
});

async function prices(id: string): Promise<QuotePrices['quote']> {
  return dataOf(await app.gql<QuotePrices>(QUOTE_PRICES, { id }, { token: customer.token })).quote;
}

/** The breakdown as stored in the quote row, and the same configuration priced again by the engine against the pinned version. */
async function storedAndRepriced(id: string): Promise<{ stored: PriceBreakdown; repriced: PriceBreakdown }> {
  const [row] = await sql<{ breakdown: string; configuration: string; catalogue_version_id: string }>(
    app,
    'SELECT breakdown, configuration, catalogue_version_id FROM quotes WHERE id = $1',
    [id],
  );
  const priced = await app.app
    .get(PricingService)
    .priceAgainstVersion(row.catalogue_version_id, JSON.parse(row.configuration));
  return {
    stored: JSON.parse(row.breakdown) as PriceBreakdown,
    repriced: JSON.parse(JSON.stringify(priced.breakdown)) as PriceBreakdown,
  };
}

describe('the price snapshot of a quote', () => {
  it('is the breakdown as computed, to the last minor unit', async () => {
    // Monthly: 8000 × 0.95 × 1.08 = 8208.00; (500 × 28 + 734 × 22 + 400) × 1.026 = 31342.248 → 31342.25;
    // 777 × 16 × 1.026 = 12755.232 → 12755.23. Yearly advisory 12.5 × 1250 × 1.08 = 16875.00.
    // One-time: onboarding 25000.00 in year 1, advisory set-up 4000.00 in year 2.
    const { price } = await prices(quote.id);
    expect(price.valid).toBe(true);
    expect(price.catalogueVersion).toBe(1);
    expect(price.catalogueVersionId).toBe(v1.id);
    expect(price.lines.map((line) => [line.serviceCode, line.amount])).toEqual([
      ['PAY-BASE', '8208.00'],
      ['PAY-BASE', '25000.00'],
      ['PAY-RUN', '31342.25'],
      ['ACC-INV', '12755.23'],
      ['ADVISORY', '16875.00'],
      ['ADVISORY', '4000.00'],
    ]);
    expect(price.totals).toEqual({
      monthly: '52305.48',
      firstYear: '669540.76',
      contractTotal: '1962622.28',
    });
    expect(price.years).toEqual([
      { year: 1, oneTime: '25000.00', recurring: '644540.76', total: '669540.76' },
      { year: 2, oneTime: '4000.00', recurring: '644540.76', total: '648540.76' },
      { year: 3, oneTime: '0.00', recurring: '644540.76', total: '644540.76' },
    ]);
  });

  it('is reproduced exactly by re-pricing against the pinned version', async () => {
    const { price, repriced } = await prices(quote.id);
    expect(repriced).toEqual(price);
    const engine = await storedAndRepriced(quote.id);
    expect(engine.repriced).toEqual(engine.stored);
  });

  describe('after version 2 with other prices is published and in force', () => {
    let v2: { id: string; number: number };

    beforeAll(async () => {
      v2 = await publishCatalogue(app, secondVersion(), '2021-01-01');
    });

    it('version 2 prices the same configuration differently', async () => {
      const current = dataOf(
        await app.gql<{ priceConfiguration: PriceResult }>(PRICE_CONFIGURATION, { input: CONFIGURATION }),
      ).priceConfiguration;
      expect(current.catalogueVersion).toBe(2);
      // (8400 × 1.026 = 8618.40) + ((500 × 29 + 734 × 22 + 400) × 1.026 = 31855.248 → 31855.25) + 12755.23
      expect(current.totals.monthly).toBe('53228.88');
    });

    it('the stored quote still shows its own price, and re-pricing it still reproduces it exactly', async () => {
      const { catalogueVersion, price, repriced } = await prices(quote.id);
      expect(catalogueVersion).toBe(1);
      expect(price.totals.monthly).toBe('52305.48');
      expect(repriced).toEqual(price);
      const engine = await storedAndRepriced(quote.id);
      expect(engine.repriced).toEqual(engine.stored);
    });

    it('a new quote is priced with version 2, and its snapshot is reproducible too', async () => {
      const newer = await saveQuote(app, customer.token, {
        name: 'Complete package, new prices',
        configuration: CONFIGURATION,
      });
      expect(newer.catalogueVersion).toBe(2);
      expect(newer.catalogueVersionId).toBe(v2.id);
      expect(newer.price.totals.monthly).toBe('53228.88');
      expect(newer.configuration).toMatchObject({ catalogueVersion: 2 });
      const { price, repriced } = await prices(newer.id);
      expect(repriced).toEqual(price);
    });

    it('updating a draft re-prices it: with the version in force, or with the version asked for', async () => {
      const draft = await saveQuote(app, customer.token, {
        name: 'Pinned to 1',
        configuration: { ...CONFIGURATION, catalogueVersion: 1 },
      });
      expect(draft.price.totals.monthly).toBe('52305.48');
      const current = await quoteMutation(app, customer.token, UPDATE_QUOTE, {
        id: draft.id,
        expectedVersion: draft.version,
        input: { name: 'Now current', configuration: CONFIGURATION },
      });
      expect(current).toMatchObject({ catalogueVersion: 2, catalogueVersionId: v2.id });
      expect(current.price.totals.monthly).toBe('53228.88');
      const back = await quoteMutation(app, customer.token, UPDATE_QUOTE, {
        id: draft.id,
        expectedVersion: current.version,
        input: { name: 'Back to 1', configuration: { ...CONFIGURATION, catalogueVersion: 1 } },
      });
      expect(back).toMatchObject({ catalogueVersion: 1, catalogueVersionId: v1.id });
      expect(back.price.totals.monthly).toBe('52305.48');
    });
  });
});
