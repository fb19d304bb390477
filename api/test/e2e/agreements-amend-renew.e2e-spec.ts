import { addDays, contractEndDate } from '@servicekatalog/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AGREEMENT,
  type AgreementResult,
  createAgreement,
  REVISE_AGREEMENT,
  reviseAgreement,
  submitAndAccept,
  utcDatePlus,
} from '../support/agreement-factory.js';
import { dataOf, smallCatalogue } from '../support/catalogue-factory.js';
import {
  auditCount,
  createQuoteWorld,
  DECIDE_QUOTE,
  firstError,
  publishCatalogue,
  quoteMutation,
  SUBMIT_QUOTE,
  UPDATE_QUOTE,
  type QuoteResult,
  type QuoteWorld,
} from '../support/quote-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'AR-DK';

let app: TestApp;
let world: QuoteWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
});

afterAll(async () => {
  await app?.close();
});

async function read(id: string): Promise<AgreementResult> {
  return dataOf(
    await app.gql<{ agreement: AgreementResult }>(AGREEMENT, { id }, { token: world.customerA.token }),
  ).agreement;
}

/** The customer changes the payslips of a DRAFT, keeping everything else of its configuration. */
async function withPayslips(
  draft: QuoteResult,
  payslips: string,
  extra: Record<string, unknown> = {},
): Promise<QuoteResult> {
  const configuration = {
    ...draft.configuration,
    volumes: [{ driverCode: 'PAYSLIPS', quantity: payslips }],
    ...extra,
  };
  return quoteMutation(app, world.customerA.token, UPDATE_QUOTE, {
    id: draft.id,
    expectedVersion: draft.version,
    input: { name: 'Amended', configuration },
  });
}

describe('amendments and renewals through reviseAgreement', () => {
  it('amends (co-terminating, same contract years), then renews against the version in force then', async () => {
    const agreement = await createAgreement(app, world, { contractYears: 1, payslips: '600' });
    const endDate = contractEndDate(utcDatePlus(0), 1);
    expect(agreement.endDate).toBe(endDate);

    // Amendment by the customer from day 30: a DRAFT revision of the same reference.
    const amendStart = utcDatePlus(30);
    const draft = await reviseAgreement(app, world.customerA.token, agreement.id, amendStart);
    expect(draft).toMatchObject({
      status: 'DRAFT',
      revision: 2,
      startDate: amendStart,
      price: { contractYears: 1 },
    });
    const amendment = await submitAndAccept(app, world, await withPayslips(draft, '700'));
    const amended = await read(agreement.id);
    expect(amended.version).toBe(2);
    expect(amended.endDate).toBe(endDate);
    expect(amended.terms.map((t) => [t.kind, t.startDate, t.endDate, t.quoteId])).toEqual([
      ['INITIAL', utcDatePlus(0), addDays(amendStart, -1), agreement.terms[0].quoteId],
      ['AMENDMENT', amendStart, endDate, amendment.id],
    ]);
    // The first term keeps its price snapshot; the amendment has its own.
    expect(amended.terms[0].price.totals).toEqual(agreement.terms[0].price.totals);
    expect(amended.terms[1].price.totals.monthly).toBe('35220.00'); // 9000 + (700 − 10 included) × 38
    expect(amended.current.kind).toBe('INITIAL');
    expect(await auditCount(app, agreement.id, 'AMEND')).toBe(1);

    // A newer version in force from the renewal date: the renewal is priced against it.
    const renewStart = addDays(endDate, 1);
    const v2 = await publishCatalogue(
      app,
      smallCatalogue({ providerCode: PROVIDER, price: '9500.00' }),
      renewStart,
    );
    const renewalDraft = await reviseAgreement(app, world.manager.token, agreement.id, renewStart);
    expect(renewalDraft).toMatchObject({
      startDate: renewStart,
      catalogueVersion: v2.number,
      price: { catalogueVersion: v2.number },
    });
    expect(renewalDraft.configuration).toMatchObject({
      volumes: [{ driverCode: 'PAYSLIPS', quantity: '700' }],
    });
    expect(renewalDraft.price.totals.monthly).toBe('35720.00'); // 9500 + (700 − 10 included) × 38
    const renewal = await submitAndAccept(app, world, renewalDraft);
    const renewed = await read(agreement.id);
    expect(renewed.endDate).toBe(contractEndDate(renewStart, 1));
    expect(renewed.version).toBe(3);
    expect(renewed.terms.map((t) => [t.kind, t.startDate, t.endDate, t.catalogueVersion])).toEqual([
      ['INITIAL', utcDatePlus(0), addDays(amendStart, -1), 1],
      ['AMENDMENT', amendStart, endDate, 1],
      ['RENEWAL', renewStart, contractEndDate(renewStart, 1), v2.number],
    ]);
    expect(renewed.terms[2].quoteId).toBe(renewal.id);
    expect(await auditCount(app, agreement.id, 'RENEW')).toBe(1);
  });

  it('refuses starts in the past, not after the current term, or beyond the end + 1', async () => {
    const agreement = await createAgreement(app, world, { contractYears: 1 });
    for (const startDate of [utcDatePlus(-1), utcDatePlus(0), addDays(agreement.endDate, 2)]) {
      const response = await app.gql(
        REVISE_AGREEMENT,
        { id: agreement.id, startDate },
        { token: world.customerA.token },
      );
      expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startDate' });
    }
    expect((await read(agreement.id)).terms).toHaveLength(1);
  });

  it('an amendment edited to other contract years no longer fits when accepted: CONFLICT, nothing written', async () => {
    const agreement = await createAgreement(app, world, { contractYears: 2 });
    const draft = await reviseAgreement(app, world.customerA.token, agreement.id, utcDatePlus(10));
    const edited = await withPayslips(draft, '650', { contractYears: 3 });
    const submitted = await quoteMutation(app, world.customerA.token, SUBMIT_QUOTE, {
      id: edited.id,
      expectedVersion: edited.version,
    });
    const response = await app.gql(
      DECIDE_QUOTE,
      { id: submitted.id, expectedVersion: submitted.version, decision: 'ACCEPT' },
      { token: world.manager.token },
    );
    expect(firstError(response)).toMatchObject({ code: 'CONFLICT', reason: 'CHANGE_NO_LONGER_FITS' });
    const after = await read(agreement.id);
    expect(after).toMatchObject({ version: 1, terms: [{ kind: 'INITIAL' }] });
    expect(await auditCount(app, submitted.id, 'ACCEPT')).toBe(0);
  });

  it('a second reviseAgreement replaces the open draft (withdrawn), revisions continue', async () => {
    const agreement = await createAgreement(app, world, { contractYears: 1 });
    const first = await reviseAgreement(app, world.customerA.token, agreement.id, utcDatePlus(20));
    const second = await reviseAgreement(app, world.admin.token, agreement.id, utcDatePlus(40));
    expect([first.revision, second.revision]).toEqual([2, 3]);
    const replaced = dataOf(
      await app.gql<{ quote: { status: string } }>(
        `query ($id: ID!) { quote(id: $id) { status } }`,
        { id: first.id },
        { token: world.customerA.token },
      ),
    ).quote;
    expect(replaced.status).toBe('WITHDRAWN');
  });
});
