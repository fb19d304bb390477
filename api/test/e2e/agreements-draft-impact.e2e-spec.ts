import { addDays, contractEndDate, Decimal } from '@servicekatalog/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAgreement,
  REVISE_AGREEMENT,
  TERMINATE_AGREEMENT,
  utcDatePlus,
  type AgreementResult,
} from '../support/agreement-factory.js';
import { dataOf, errorCode, smallCatalogue, type VersionResult } from '../support/catalogue-factory.js';
import { CREATE_DRAFT, edit, edited, exported, serviceInput, UPSERT } from '../support/draft-editing.js';
import { PRICE } from '../support/pricing.js';
import {
  basisConfiguration,
  createQuoteWorld,
  publishCatalogue,
  saveQuote,
  type QuoteResult,
  type QuoteWorld,
} from '../support/quote-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'AGI-DK';
const IMPACT = `query ($providerCode: String!) {
  draftAgreementImpact(providerCode: $providerCode) {
    agreementId reference agencyId agencyName endDate renewalDate contractYears catalogueVersion currency draftCurrency
    firstYearBefore firstYearAfter firstYearDifference contractTotalBefore contractTotalAfter contractTotalDifference
    validAfter problem problems { field code params message }
  }
}`;

interface Impact {
  agreementId: string;
  reference: string;
  agencyId: string;
  agencyName: string;
  endDate: string;
  renewalDate: string;
  contractYears: number;
  catalogueVersion: number | null;
  currency: string;
  draftCurrency: string;
  firstYearBefore: string | null;
  firstYearAfter: string | null;
  firstYearDifference: string | null;
  contractTotalBefore: string | null;
  contractTotalAfter: string | null;
  contractTotalDifference: string | null;
  validAfter: boolean | null;
  problem: string | null;
  problems: unknown[];
}

interface Priced {
  catalogueVersion: number;
  currency: string;
  valid: boolean;
  totals: { firstYear: string; contractTotal: string };
}

let app: TestApp;
let world: QuoteWorld;
let validFrom: string;
/** Renews after validFrom under version 1 (1 year, 600 payslips). */
let shortOne: AgreementResult;
/** Renews after validFrom, when version 2 is in force (3 years, 700 payslips). */
let longOne: AgreementResult;
/** Renews the day before validFrom. */
let endingBefore: AgreementResult;
/** Would renew after validFrom, but the centre terminated it. */
let terminated: AgreementResult;
/** Another centre's agreement. */
let elsewhere: AgreementResult;
let draftNumber: number;
/** Open quotes starting the day before validFrom and on it. */
let quoteBefore: QuoteResult;
let quoteFrom: QuoteResult;

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
  endingBefore = await createAgreement(app, world, { startDate: utcDatePlus(1), contractYears: 1 });
  validFrom = addDays(endingBefore.endDate, 2);
  shortOne = await createAgreement(app, world, { startDate: utcDatePlus(30), contractYears: 1 });
  longOne = await createAgreement(app, world, {
    startDate: utcDatePlus(1),
    contractYears: 3,
    payslips: '700',
  });
  terminated = await createAgreement(app, world, { startDate: utcDatePlus(30), contractYears: 1 });
  dataOf(
    await app.gql(
      TERMINATE_AGREEMENT,
      { id: terminated.id, expectedVersion: terminated.version, endDate: utcDatePlus(200), reason: 'Moved' },
      { token: world.manager.token },
    ),
  );
  const other = await createQuoteWorld(app, 'AGI-SE', 'AGI-SE-X');
  elsewhere = await createAgreement(app, other, { startDate: utcDatePlus(30), contractYears: 1 });

  // Version 2 (a dearer base fee) is in force from two years on: the long agreement's renewal
  // would otherwise be priced under it, the short one's still under version 1.
  await publishCatalogue(
    app,
    smallCatalogue({ providerCode: PROVIDER, price: '9500.00' }),
    addDays(utcDatePlus(1), 2 * 365),
  );

  // The draft: base fee 9250.50, in force from validFrom.
  let draft = dataOf(
    await app.gql<{ createDraft: VersionResult }>(
      CREATE_DRAFT,
      { providerCode: PROVIDER },
      { token: world.manager.token },
    ),
  ).createDraft;
  draft = await edited(edit(app, world.manager.token, UPSERT.settings, draft, { input: { validFrom } }));
  const base = serviceInput(await exported(app, world.manager.token, PROVIDER, 2), 'PAY-BASE');
  base.priceComponents[0].amount = '9250.50';
  draft = await edited(edit(app, world.manager.token, UPSERT.service, draft, { input: base }));
  draftNumber = draft.number;

  const quote = (name: string, startDate: string) =>
    saveQuote(app, world.customerA.token, {
      name,
      configuration: { ...basisConfiguration(PROVIDER, '600', 1), startDate },
    });
  quoteBefore = await quote('Starts before the draft', addDays(validFrom, -1));
  quoteFrom = await quote('Starts with the draft', validFrom);
});

afterAll(async () => {
  await app?.close();
});

function impact(token: string | undefined, providerCode = PROVIDER) {
  return app.gql<{ draftAgreementImpact: Impact[] }>(IMPACT, { providerCode }, { token });
}

async function price(input: Record<string, unknown>): Promise<Priced> {
  return dataOf(
    await app.gql<{ priceConfiguration: Priced }>(PRICE, { input }, { token: world.manager.token }),
  ).priceConfiguration;
}

describe('draftAgreementImpact', () => {
  it("lists the agreements renewing on or after the draft's validFrom, with the shared engine's renewal prices", async () => {
    const rows = dataOf(await impact(world.manager.token)).draftAgreementImpact;
    expect(rows.map((row) => row.reference)).toEqual([shortOne.reference, longOne.reference].sort());
    for (const agreement of [shortOne, longOne]) {
      const row = rows.find((candidate) => candidate.agreementId === agreement.id);
      const renewalDate = addDays(agreement.endDate, 1);
      const configuration = {
        ...agreement.current.configuration,
        catalogueVersion: null,
        startDate: renewalDate,
        contractYears: agreement.current.price.contractYears,
      };
      // Before: the version in force on the renewal date; after: the draft.
      const before = await price(configuration);
      const after = await price({ ...configuration, catalogueVersion: draftNumber });
      expect(row).toEqual({
        agreementId: agreement.id,
        reference: agreement.reference,
        agencyId: world.agencyA,
        agencyName: 'Agency A',
        endDate: agreement.endDate,
        renewalDate,
        contractYears: agreement.current.price.contractYears,
        catalogueVersion: before.catalogueVersion,
        currency: 'DKK',
        draftCurrency: 'DKK',
        firstYearBefore: before.totals.firstYear,
        firstYearAfter: after.totals.firstYear,
        firstYearDifference: Decimal.parse(after.totals.firstYear)
          .minus(Decimal.parse(before.totals.firstYear))
          .format(2),
        contractTotalBefore: before.totals.contractTotal,
        contractTotalAfter: after.totals.contractTotal,
        contractTotalDifference: Decimal.parse(after.totals.contractTotal)
          .minus(Decimal.parse(before.totals.contractTotal))
          .format(2),
        validAfter: after.valid,
        problem: null,
        problems: [],
      });
    }
  });

  it('works the figures out by hand: version 1 or 2 before, the draft after', async () => {
    const rows = dataOf(await impact(world.admin.token)).draftAgreementImpact;
    const short = rows.find((row) => row.agreementId === shortOne.id);
    const long = rows.find((row) => row.agreementId === longOne.id);
    // Short: (9000.00 + (600 − 10 included) × 38.00) × 12 = 377040.00 under version 1;
    // (9250.50 + 590 × 38.00) × 12 = 380046.00 under the draft. One year.
    expect(short).toMatchObject({
      renewalDate: addDays(contractEndDate(shortOne.startDate, 1), 1),
      contractYears: 1,
      catalogueVersion: 1,
      firstYearBefore: '377040.00',
      firstYearAfter: '380046.00',
      firstYearDifference: '3006.00',
      contractTotalDifference: '3006.00',
    });
    // Long: (9500.00 + 690 × 38.00) × 12 = 428640.00 under version 2, in force on its renewal date;
    // (9250.50 + 690 × 38.00) × 12 = 425646.00 under the draft. Three years.
    expect(long).toMatchObject({
      contractYears: 3,
      catalogueVersion: 2,
      firstYearBefore: '428640.00',
      firstYearAfter: '425646.00',
      firstYearDifference: '-2994.00',
      contractTotalBefore: '1285920.00',
      contractTotalAfter: '1276938.00',
      contractTotalDifference: '-8982.00',
    });
  });

  it('prices a renewal as reviseAgreement does', async () => {
    const row = dataOf(await impact(world.manager.token)).draftAgreementImpact.find(
      (candidate) => candidate.agreementId === shortOne.id,
    );
    const renewal = dataOf(
      await app.gql<{ reviseAgreement: { price: Priced } }>(
        REVISE_AGREEMENT,
        { id: shortOne.id, startDate: addDays(shortOne.endDate, 1) },
        { token: world.manager.token },
      ),
    ).reviseAgreement;
    expect(renewal.price.totals).toMatchObject({
      firstYear: row?.firstYearBefore,
      contractTotal: row?.contractTotalBefore,
    });
  });

  it('leaves out agreements renewing before validFrom, terminated ones and other centres', async () => {
    const ids = dataOf(await impact(world.admin.token)).draftAgreementImpact.map((row) => row.agreementId);
    expect(addDays(endingBefore.endDate, 1) < validFrom).toBe(true);
    expect(ids).not.toContain(endingBefore.id);
    expect(ids).not.toContain(terminated.id);
    expect(ids).not.toContain(elsewhere.id);
  });

  it("is for the centre's managers and administrators; NOT_FOUND without a draft", async () => {
    expect(errorCode(await impact(undefined))).toBe('UNAUTHENTICATED');
    expect(errorCode(await impact(world.customerA.token))).toBe('FORBIDDEN');
    expect(errorCode(await impact(world.otherManager.token))).toBe('FORBIDDEN');
    const none = await impact(world.admin.token, 'AGI-SE');
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'providerCode' });
  });

  it("lists the open quotes starting on or after the draft's validFrom, not those starting before", async () => {
    const { draftImpact } = dataOf(
      await app.gql<{ draftImpact: { quoteId: string; firstYearAfter: string | null }[] }>(
        `query ($providerCode: String!) { draftImpact(providerCode: $providerCode) { quoteId firstYearAfter } }`,
        { providerCode: PROVIDER },
        { token: world.manager.token },
      ),
    );
    const ids = draftImpact.map((row) => row.quoteId);
    expect(ids).toContain(quoteFrom.id);
    expect(ids).not.toContain(quoteBefore.id);
    // (9250.50 + 590 × 38.00) × 12 under the draft.
    expect(draftImpact.find((row) => row.quoteId === quoteFrom.id)?.firstYearAfter).toBe('380046.00');
  });
});
