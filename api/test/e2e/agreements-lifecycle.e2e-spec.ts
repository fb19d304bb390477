import { contractEndDate } from '@servicekatalog/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptedQuote,
  AGREEMENT,
  agreementCatalogue,
  agreementOfQuote,
  AGREEMENTS,
  type AgreementResult,
  createAgreement,
  TERMINATE_AGREEMENT,
  utcDatePlus,
} from '../support/agreement-factory.js';
import { dataOf, errorCode } from '../support/catalogue-factory.js';
import {
  auditCount,
  basisConfiguration,
  createQuoteWorld,
  DECIDE_QUOTE,
  firstError,
  publishCatalogue,
  QUOTE,
  quoteMutation,
  REVISE_QUOTE,
  saveQuote,
  sql,
  SUBMIT_QUOTE,
  type QuoteResult,
  type QuoteWorld,
} from '../support/quote-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'AG-DK';
/** A timestamp both databases take as text. */
const NOW = new Date().toISOString().replace('T', ' ').replace('Z', '');

let app: TestApp;
let world: QuoteWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
  await publishCatalogue(app, agreementCatalogue(PROVIDER), '2021-01-01');
});

afterAll(async () => {
  await app?.close();
});

async function submitted(startDate?: string): Promise<QuoteResult> {
  const configuration = { ...basisConfiguration(PROVIDER), ...(startDate ? { startDate } : {}) };
  const draft = await saveQuote(app, world.customerA.token, { name: 'To accept', configuration });
  return quoteMutation(app, world.customerA.token, SUBMIT_QUOTE, {
    id: draft.id,
    expectedVersion: draft.version,
  });
}

async function agreementCount(): Promise<number> {
  return Number((await sql<{ n: number | string }>(app, 'SELECT COUNT(*) AS n FROM agreements'))[0].n);
}

describe('accepting a quote creates its agreement in the same transaction', () => {
  it('gives reference + "-A", the dates, one term with the price snapshot, and links the quote', async () => {
    const start = utcDatePlus(10);
    const quote = await acceptedQuote(app, world, { startDate: start, contractYears: 3 });
    const agreement = await agreementOfQuote(app, world.customerA.token, quote.id);
    expect(agreement).toMatchObject({
      reference: `${quote.reference}-A`,
      status: 'UPCOMING',
      providerCode: PROVIDER,
      startDate: start,
      endDate: contractEndDate(start, 3),
      version: 1,
      agency: { id: world.agencyA },
    });
    expect(agreement.terms).toHaveLength(1);
    expect(agreement.terms[0]).toMatchObject({
      kind: 'INITIAL',
      quoteId: quote.id,
      startDate: start,
      endDate: contractEndDate(start, 3),
      catalogueVersion: quote.catalogueVersion,
      price: { totals: quote.price.totals, startDate: start, contractYears: 3 },
    });
    expect(agreement.current).toEqual(agreement.terms[0]);
    expect(await auditCount(app, agreement.id, 'CREATE')).toBe(1);
  });

  it('starting today is ACTIVE', async () => {
    const agreement = await createAgreement(app, world);
    expect(agreement).toMatchObject({ status: 'ACTIVE', startDate: utcDatePlus(0) });
  });

  it('a failure while creating the agreement writes neither the acceptance nor the agreement', async () => {
    const quote = await submitted(utcDatePlus(5));
    // Take the agreement's reference first, so that its INSERT fails inside the acceptance.
    await sql(
      app,
      `INSERT INTO agreements (id, reference, quote_reference, agency_id, provider_code, start_date, end_date,
         created_at, updated_at, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1)`,
      [
        'blocker-0000-0000-0000-000000000000',
        `${quote.reference}-A`,
        'BLOCKER',
        world.agencyA,
        PROVIDER,
        '2030-01-01',
        '2030-12-31',
        NOW,
        NOW,
      ],
    );
    const before = await agreementCount();
    const response = await app.gql(
      DECIDE_QUOTE,
      { id: quote.id, expectedVersion: quote.version, decision: 'ACCEPT' },
      { token: world.manager.token },
    );
    expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
    expect(await agreementCount()).toBe(before);
    const after = dataOf(
      await app.gql<{ quote: QuoteResult }>(QUOTE, { id: quote.id }, { token: world.manager.token }),
    ).quote;
    expect(after).toMatchObject({ status: 'SUBMITTED', version: quote.version });
    expect(await auditCount(app, quote.id, 'ACCEPT')).toBe(0);
    // Without the blocker the same acceptance goes through.
    await sql(app, 'DELETE FROM agreements WHERE id = $1', ['blocker-0000-0000-0000-000000000000']);
    await quoteMutation(app, world.manager.token, DECIDE_QUOTE, {
      id: quote.id,
      expectedVersion: quote.version,
      decision: 'ACCEPT',
    });
    expect((await agreementOfQuote(app, world.manager.token, quote.id)).reference).toBe(
      `${quote.reference}-A`,
    );
  });

  it('accepting a quote whose start has passed is CONFLICT START_DATE_PASSED and writes nothing', async () => {
    const quote = await submitted(utcDatePlus(3));
    await sql(app, 'UPDATE quotes SET start_date = $1 WHERE id = $2', [utcDatePlus(-1), quote.id]);
    const before = await agreementCount();
    const response = await app.gql(
      DECIDE_QUOTE,
      { id: quote.id, expectedVersion: quote.version, decision: 'ACCEPT' },
      { token: world.manager.token },
    );
    expect(firstError(response)).toMatchObject({ code: 'CONFLICT', reason: 'START_DATE_PASSED' });
    expect(await agreementCount()).toBe(before);
    expect(await auditCount(app, quote.id, 'ACCEPT')).toBe(0);
  });

  it('reviseQuote on any revision of an accepted reference is CONFLICT AGREEMENT_EXISTS', async () => {
    const quote = await acceptedQuote(app, world);
    const response = await app.gql(
      REVISE_QUOTE,
      { id: quote.id, expectedVersion: quote.version },
      { token: world.customerA.token },
    );
    expect(firstError(response)).toMatchObject({ code: 'CONFLICT', reason: 'AGREEMENT_EXISTS' });
    expect(
      Number(
        (
          await sql<{ n: number | string }>(app, 'SELECT COUNT(*) AS n FROM quotes WHERE reference = $1', [
            quote.reference,
          ])
        )[0].n,
      ),
    ).toBe(1);
  });
});

describe('listing and terminating', () => {
  it('filters by status, agency, provider and endingBefore, newest first, paged', async () => {
    const ending = await createAgreement(app, world, { startDate: utcDatePlus(1), contractYears: 1 });
    const later = await createAgreement(app, world, { startDate: utcDatePlus(1), contractYears: 5 });
    type Page = {
      agreements: {
        totalCount: number;
        edges: { node: { id: string; status: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const list = async (variables: Record<string, unknown>) =>
      dataOf(await app.gql<Page>(AGREEMENTS, { first: 100, ...variables }, { token: world.manager.token }))
        .agreements;
    const due = await list({ endingBefore: utcDatePlus(400) });
    expect(due.edges.map((e) => e.node.id)).toContain(ending.id);
    expect(due.edges.map((e) => e.node.id)).not.toContain(later.id);
    const upcoming = await list({ status: 'UPCOMING', agencyId: world.agencyA, providerCode: PROVIDER });
    expect(upcoming.edges.every((e) => e.node.status === 'UPCOMING')).toBe(true);
    expect(upcoming.edges.map((e) => e.node.id).slice(0, 2)).toEqual([later.id, ending.id]);
    expect((await list({ agencyId: world.agencyB })).totalCount).toBe(0);
    const first = dataOf(
      await app.gql<Page>(AGREEMENTS, { first: 1 }, { token: world.manager.token }),
    ).agreements;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(
      await app.gql<Page>(
        AGREEMENTS,
        { first: 1, after: first.pageInfo.endCursor },
        { token: world.manager.token },
      ),
    ).agreements;
    expect(second.edges[0].node.id).not.toBe(first.edges[0].node.id);
  });

  it('terminates with a date and reason (version-checked); a bad date or stale version writes nothing', async () => {
    const agreement = await createAgreement(app, world);
    const send = (variables: Record<string, unknown>) =>
      app.gql<{ terminateAgreement: AgreementResult }>(
        TERMINATE_AGREEMENT,
        {
          id: agreement.id,
          expectedVersion: 1,
          endDate: utcDatePlus(30),
          reason: 'Agency merged',
          ...variables,
        },
        { token: world.manager.token },
      );
    expect(firstError(await send({ endDate: utcDatePlus(-1) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'endDate',
    });
    expect(firstError(await send({ endDate: '2099-01-01' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'endDate',
    });
    expect(firstError(await send({ reason: '   ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect(firstError(await send({ reason: 'x'.repeat(2001) }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(firstError(await send({ reason: 'bidi \u202E text' }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(firstError(await send({ expectedVersion: 7 }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
    });
    const ended = dataOf(await send({})).terminateAgreement;
    expect(ended).toMatchObject({
      status: 'TERMINATED',
      endDate: utcDatePlus(30),
      version: 2,
      terminationReason: 'Agency merged',
    });
    expect(ended.terms[0].endDate).toBe(utcDatePlus(30));
    expect(firstError(await send({ expectedVersion: 2 }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'WRONG_STATUS',
    });
    const read = dataOf(
      await app.gql<{ agreement: AgreementResult }>(
        AGREEMENT,
        { id: agreement.id },
        { token: world.customerA.token },
      ),
    ).agreement;
    expect(read).toMatchObject({ status: 'TERMINATED', version: 2 });
    expect(await auditCount(app, agreement.id, 'TERMINATE')).toBe(1);
  });
});
