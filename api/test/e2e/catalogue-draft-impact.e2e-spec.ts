import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from '@servicekatalog/shared';
import { createAgency, createUserAndLogin } from '../support/auth.js';
import { dataOf, errorCode, smallCatalogue, type VersionResult } from '../support/catalogue-factory.js';
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
import { PRICE } from '../support/pricing.js';
import {
  basisConfiguration,
  createQuoteWorld,
  DECIDE_QUOTE,
  publishCatalogue,
  quoteMutation,
  saveQuote,
  SUBMIT_QUOTE,
  WITHDRAW_QUOTE,
  type QuoteResult,
  type QuoteWorld,
} from '../support/quote-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'IMP-A';
const IMPACT = `query ($providerCode: String!) {
  draftImpact(providerCode: $providerCode) {
    quoteId reference revision name status agencyId agencyName catalogueVersion currency draftCurrency
    firstYearBefore firstYearAfter firstYearDifference contractTotalBefore contractTotalAfter contractTotalDifference validAfter problem
    problems { field code params message }
  }
}`;

interface Impact {
  quoteId: string;
  reference: string;
  revision: number;
  name: string;
  status: string;
  agencyId: string;
  agencyName: string;
  catalogueVersion: number;
  currency: string;
  draftCurrency: string;
  firstYearBefore: string;
  firstYearAfter: string | null;
  firstYearDifference: string | null;
  contractTotalBefore: string;
  contractTotalAfter: string | null;
  contractTotalDifference: string | null;
  validAfter: boolean | null;
  problem: string | null;
  problems: { field: string; code: string; params: Record<string, unknown>; message: string }[];
}

let app: TestApp;
let world: QuoteWorld;
let open: QuoteResult[];
let unpriceable: QuoteResult;

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
  const { customerA, customerB, manager } = world;
  const draftA = await saveQuote(app, customerA.token, {
    name: 'A: basis, 3 years',
    configuration: basisConfiguration(PROVIDER, '600', 3),
  });
  const savedA2 = await saveQuote(app, customerA.token, {
    name: 'A: large, submitted',
    configuration: basisConfiguration(PROVIDER, '2500', 2),
  });
  const submittedA = await quoteMutation(app, customerA.token, SUBMIT_QUOTE, {
    id: savedA2.id,
    expectedVersion: savedA2.version,
  });
  const draftB = await saveQuote(app, customerB.token, {
    name: 'B: à la carte',
    configuration: {
      providerCode: PROVIDER,
      serviceCodes: ['PAY-BASE', 'PAY-RUN'],
      volumes: [{ driverCode: 'PAYSLIPS', quantity: '40' }],
      contractYears: 1,
    },
  });
  unpriceable = await saveQuote(app, customerB.token, {
    name: 'B: with the STANDARD level',
    configuration: { ...basisConfiguration(PROVIDER, '100', 1), serviceLevelCode: 'STANDARD' },
  });
  open = [draftA, submittedA, draftB];

  // Not open: withdrawn, accepted, and another centre's quote.
  const withdrawn = await saveQuote(app, customerB.token, {
    name: 'Withdrawn',
    configuration: basisConfiguration(PROVIDER),
  });
  await quoteMutation(app, customerB.token, WITHDRAW_QUOTE, {
    id: withdrawn.id,
    expectedVersion: withdrawn.version,
  });
  const toAccept = await saveQuote(app, customerA.token, {
    name: 'Accepted',
    configuration: basisConfiguration(PROVIDER),
  });
  const submitted = await quoteMutation(app, customerA.token, SUBMIT_QUOTE, {
    id: toAccept.id,
    expectedVersion: toAccept.version,
  });
  await quoteMutation(app, manager.token, DECIDE_QUOTE, {
    id: submitted.id,
    decision: 'ACCEPT',
    expectedVersion: submitted.version,
  });
  const otherAgency = await createAgency(app, { providerCode: `${PROVIDER}-X`, name: 'Aardvark agency' });
  const otherCustomer = await createUserAndLogin(app, { role: 'CUSTOMER', agencyId: otherAgency });
  await saveQuote(app, otherCustomer.token, {
    name: 'Elsewhere',
    configuration: basisConfiguration(`${PROVIDER}-X`),
  });

  // The draft: dearer payslips and base fee; the STANDARD level replaced by PLUS (same surcharge).
  let draft = dataOf(
    await app.gql<{ createDraft: VersionResult }>(
      CREATE_DRAFT,
      { providerCode: PROVIDER },
      { token: manager.token },
    ),
  ).createDraft;
  const step = async (mutation: string, variables: Record<string, unknown>) => {
    draft = await edited(edit(app, manager.token, mutation, draft, variables));
  };
  const doc = await exported(app, manager.token, PROVIDER, 2);
  const run = serviceInput(doc, 'PAY-RUN');
  run.priceComponents[0].tiers = [
    { upTo: '1000', unitPrice: '41.25', flatFee: '0' },
    { upTo: null, unitPrice: '33.10', flatFee: '0' },
  ];
  await step(UPSERT.service, { input: run });
  const base = serviceInput(doc, 'PAY-BASE');
  base.priceComponents[0].amount = '9250.50';
  await step(UPSERT.service, { input: base });
  await step(UPSERT.serviceLevel, {
    input: { code: 'PLUS', name: { en: 'Plus' }, rank: 2, surchargePercent: '0' },
  });
  await step(UPSERT.servicePackage, {
    input: { ...servicePackageInput(doc, 'BASIS'), serviceLevel: 'PLUS' },
  });
  await step(REMOVE.serviceLevel, { code: 'STANDARD' });
});

afterAll(async () => {
  await app?.close();
});

async function impact(token: string | undefined, providerCode = PROVIDER) {
  return app.gql<{ draftImpact: Impact[] }>(IMPACT, { providerCode }, { token });
}

describe('draftImpact', () => {
  it("re-prices every open quote of the centre's agencies against the draft, exactly as pricing each one by hand does", async () => {
    const rows = dataOf(await impact(world.manager.token)).draftImpact;
    const priceable = rows.filter((row) => row.problem === null);
    expect(priceable.map((row) => row.quoteId)).toEqual(open.map((quote) => quote.id));
    for (const [i, row] of priceable.entries()) {
      const quote = open[i];
      const byHand = dataOf(
        await app.gql<{
          priceConfiguration: {
            currency: string;
            valid: boolean;
            totals: { firstYear: string; contractTotal: string };
          };
        }>(PRICE, { input: { ...quote.configuration, catalogueVersion: 2 } }, { token: world.manager.token }),
      ).priceConfiguration;
      expect(row).toEqual({
        quoteId: quote.id,
        reference: quote.reference,
        revision: quote.revision,
        name: quote.name,
        status: quote.status,
        agencyId: quote.agency.id,
        agencyName: quote.agency.name,
        catalogueVersion: 1,
        currency: 'DKK',
        draftCurrency: 'DKK',
        firstYearBefore: quote.price.totals.firstYear,
        firstYearAfter: byHand.totals.firstYear,
        firstYearDifference: Decimal.parse(byHand.totals.firstYear)
          .minus(Decimal.parse(quote.price.totals.firstYear))
          .format(2),
        contractTotalBefore: quote.price.totals.contractTotal,
        contractTotalAfter: byHand.totals.contractTotal,
        contractTotalDifference: Decimal.parse(byHand.totals.contractTotal)
          .minus(Decimal.parse(quote.price.totals.contractTotal))
          .format(2),
        validAfter: byHand.valid,
        problem: null,
        problems: [],
      });
      // Every price went up, so every quote costs more.
      expect(Decimal.parse(row.contractTotalDifference ?? '0').gt(Decimal.ZERO)).toBe(true);
    }
    expect(rows.map((row) => row.status)).toEqual(['DRAFT', 'SUBMITTED', 'DRAFT', 'DRAFT']);
    expect(rows.map((row) => row.agencyName)).toEqual(['Agency A', 'Agency A', 'Agency B', 'Agency B']);
  });

  it('works out the first example by hand: 600 payslips in BASIS, 3 years', async () => {
    const row = dataOf(await impact(world.admin.token)).draftImpact.find(
      (candidate) => candidate.quoteId === open[0].id,
    );
    // Before: 9000.00 + (600 − 10 included) × 38.00 = 31420.00 a month (BASIS has no discount, STANDARD no surcharge).
    // After:  9250.50 + 590 × 41.25 = 33588.00 a month. A year is 12 months; the contract 3 years.
    expect(row).toMatchObject({
      firstYearBefore: '377040.00',
      firstYearAfter: '403056.00',
      firstYearDifference: '26016.00',
      contractTotalBefore: '1131120.00',
      contractTotalAfter: '1209168.00',
      contractTotalDifference: '78048.00',
    });
  });

  it('shows a quote the draft can no longer price with the reason, instead of failing', async () => {
    const row = dataOf(await impact(world.manager.token)).draftImpact.find(
      (candidate) => candidate.quoteId === unpriceable.id,
    );
    expect(row).toMatchObject({
      firstYearBefore: unpriceable.price.totals.firstYear,
      firstYearAfter: null,
      firstYearDifference: null,
      contractTotalAfter: null,
      contractTotalDifference: null,
      validAfter: null,
    });
    expect(row?.problem).toMatch(/STANDARD/);
    expect(row?.problems).toEqual([
      {
        field: 'serviceLevelCode',
        code: 'UNKNOWN_SERVICE_LEVEL',
        params: { code: 'STANDARD' },
        message: row?.problem,
      },
    ]);
  });

  it("is for the centre's managers and administrators; NOT_FOUND without a draft", async () => {
    expect(errorCode(await impact(undefined))).toBe('UNAUTHENTICATED');
    expect(errorCode(await impact(world.customerA.token))).toBe('FORBIDDEN');
    expect(errorCode(await impact(world.otherManager.token))).toBe('FORBIDDEN');
    const none = await impact(world.admin.token, `${PROVIDER}-X`);
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'providerCode' });
    await publishCatalogue(app, smallCatalogue({ providerCode: 'IMP-EMPTY' }));
    const createdDraft = await app.gql(
      CREATE_DRAFT,
      { providerCode: 'IMP-EMPTY' },
      { token: world.admin.token },
    );
    expect(createdDraft.errors).toBeUndefined();
    expect(dataOf(await impact(world.admin.token, 'IMP-EMPTY')).draftImpact).toEqual([]);
  });
});
