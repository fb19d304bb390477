import { addMonths, monthOf } from '@servicekatalog/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AgreementRepository } from '../../src/agreements/agreement.repository.js';
import type { AgreementEntity } from '../../src/agreements/entities/agreement.entity.js';
import {
  AGREEMENT,
  agreementCatalogue,
  createAgreement,
  RECORD_VOLUMES,
  REVISE_AGREEMENT,
  reviseAgreement,
  TERMINATE_AGREEMENT,
  utcDatePlus,
  type AgreementResult,
} from '../support/agreement-factory.js';
import { dataOf } from '../support/catalogue-factory.js';
import {
  auditCount,
  createQuoteWorld,
  DECIDE_QUOTE,
  firstError,
  publishCatalogue,
  quoteMutation,
  sql,
  SUBMIT_QUOTE,
  type QuoteResult,
  type QuoteWorld,
} from '../support/quote-factory.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/**
 * Agreement use cases read the agreement and then its terms in two statements. On PostgreSQL, under
 * read committed, each statement sees what was committed when it started, even inside a
 * transaction, so a change committed between the two (a termination, an accepted amendment or
 * renewal — each bumps the agreement's version) hands the use case a torn picture: the agreement
 * as it was, its terms as they are. The change that came between is the cause, so the answer is
 * CONFLICT (STALE_VERSION) and nothing is written, not a complaint computed from that picture.
 *
 * Recording volumes and reviseAgreement read outside any transaction, so the termination can
 * really commit between their reads on SQLite as well as on PostgreSQL: the tests run it there,
 * from a spy on the read of the terms. Acceptance reads inside the quote's transaction, and SQLite
 * runs one transaction at a time: there the tear can only be replayed (the agreement as read before
 * the termination); it really happens only on PostgreSQL.
 */
const onPostgres = process.env.SK_TEST_DB === 'postgres';
const PROVIDER = 'AT-DK';
/** A month of the agreement (three contract years from this month) after a termination in 30 days. */
const LATER_MONTH = addMonths(monthOf(utcDatePlus(0)), 3);

let app: TestApp;
let world: QuoteWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
  await publishCatalogue(app, agreementCatalogue(PROVIDER), '2021-01-01');
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await app?.close();
});

function recordLaterMonth(agreement: AgreementResult): Promise<GraphQLResponse<unknown>> {
  return app.gql(
    RECORD_VOLUMES,
    {
      agreementId: agreement.id,
      expectedVersion: agreement.version,
      entries: [{ month: LATER_MONTH, driverCode: 'PAYSLIPS', quantity: '700' }],
    },
    { token: world.manager.token },
  );
}

function terminateIn30Days(agreement: AgreementResult): Promise<GraphQLResponse<unknown>> {
  return app.gql(
    TERMINATE_AGREEMENT,
    { id: agreement.id, expectedVersion: agreement.version, endDate: utcDatePlus(30), reason: 'Merged' },
    { token: world.manager.token },
  );
}

/**
 * Commits a termination of `agreement` (in 30 days) at the first read of its terms, before that
 * read goes on; the termination's own read of the terms (inside its transaction) passes through.
 */
function terminateAtFirstReadOfTerms(agreement: AgreementResult): {
  committed?: Promise<GraphQLResponse<unknown>>;
} {
  const repository = app.app.get(AgreementRepository);
  const termsOf = repository.termsOf.bind(repository);
  const termination: { committed?: Promise<GraphQLResponse<unknown>> } = {};
  vi.spyOn(repository, 'termsOf').mockImplementation(async (agreementId, manager) => {
    if (!termination.committed) {
      termination.committed = terminateIn30Days(agreement);
      dataOf(await termination.committed);
    }
    return termsOf(agreementId, manager);
  });
  return termination;
}

describe('recording volumes while the agreement is terminated between its reads', () => {
  // The batch checks its entries against the agreement (version checked) and its terms before the
  // version-checked UPDATE; a LATER_MONTH entry fails against the terms the termination cut short.
  it('is CONFLICT (stale version), not a complaint about the entries, and writes nothing', async () => {
    const agreement = await createAgreement(app, world, { contractYears: 3 });
    // The first read of the terms is the batch's: the termination commits before it goes on.
    const termination = terminateAtFirstReadOfTerms(agreement);
    const batch = await recordLaterMonth(agreement);
    vi.restoreAllMocks();

    if (!termination.committed) throw new Error('The batch never read the terms: nothing was torn.');
    expect(firstError(batch)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const volumes = await sql(app, 'SELECT * FROM agreement_volumes WHERE agreement_id = $1', [agreement.id]);
    expect(volumes).toEqual([]);
    expect(await auditCount(app, agreement.id, 'RECORD_VOLUMES')).toBe(0);
    expect(await auditCount(app, agreement.id, 'TERMINATE')).toBe(1);
  });

  it('without a change in between, the same entry on the terminated agreement is still BAD_USER_INPUT', async () => {
    // The CONFLICT above is about the race: refused entries are reported as before when nothing moved.
    const agreement = await createAgreement(app, world, { contractYears: 3 });
    const terminated = dataOf(
      (await terminateIn30Days(agreement)) as GraphQLResponse<{ terminateAgreement: AgreementResult }>,
    ).terminateAgreement;
    const batch = await recordLaterMonth(terminated);
    expect(firstError(batch)).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

/** A SUBMITTED amendment from day 60: it fits the agreement, and no longer fits a termination in 30 days. */
async function submittedAmendment(agreement: AgreementResult): Promise<QuoteResult> {
  const draft = await reviseAgreement(app, world.customerA.token, agreement.id, utcDatePlus(60));
  return quoteMutation(app, world.customerA.token, SUBMIT_QUOTE, {
    id: draft.id,
    expectedVersion: draft.version,
  });
}

function accept(quote: QuoteResult): Promise<GraphQLResponse<unknown>> {
  return app.gql(
    DECIDE_QUOTE,
    { id: quote.id, expectedVersion: quote.version, decision: 'ACCEPT' },
    { token: world.manager.token },
  );
}

async function readAgreement(id: string): Promise<AgreementResult> {
  return dataOf(
    await app.gql<{ agreement: AgreementResult }>(AGREEMENT, { id }, { token: world.manager.token }),
  ).agreement;
}

/**
 * What a refused acceptance must leave: CONFLICT about the agreement, nothing of the acceptance
 * (the quote as submitted, no new term, no audit event of the quote or the agreement) and the
 * termination whole.
 */
async function expectAcceptanceRefused(
  response: GraphQLResponse<unknown>,
  agreement: AgreementResult,
  amendment: QuoteResult,
  quoteAuditBefore: number,
): Promise<void> {
  expect(firstError(response)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
  const quotes = await sql<{ status: string; version: number }>(
    app,
    'SELECT status, version FROM quotes WHERE id = $1',
    [amendment.id],
  );
  expect(quotes.map((quote) => [quote.status, Number(quote.version)])).toEqual([
    ['SUBMITTED', amendment.version],
  ]);
  expect(await auditCount(app, amendment.id)).toBe(quoteAuditBefore);
  expect(await auditCount(app, agreement.id, 'AMEND')).toBe(0);
  expect(await auditCount(app, agreement.id, 'TERMINATE')).toBe(1);
  const after = await readAgreement(agreement.id);
  expect(after).toMatchObject({
    status: 'TERMINATED',
    version: agreement.version + 1,
    endDate: utcDatePlus(30),
    terminationReason: 'Merged',
  });
  expect(after.terms.map((term) => [term.kind, term.startDate, term.endDate])).toEqual([
    ['INITIAL', agreement.startDate, utcDatePlus(30)],
  ]);
}

describe('accepting an amendment while the agreement is terminated between the acceptance’s reads', () => {
  // Acceptance reads the agreement, then its terms, and checks that the amendment still fits them.
  // From the terms the termination cut short at day 30, an amendment from day 60 does not.

  it('is CONFLICT (stale version), not CHANGE_NO_LONGER_FITS, and writes nothing (replayed, any database)', async () => {
    const agreement = await createAgreement(app, world, { contractYears: 3 });
    const amendment = await submittedAmendment(agreement);
    const repository = app.app.get(AgreementRepository);
    const asItWas = (await repository.findById(agreement.id)) as AgreementEntity;
    dataOf(await terminateIn30Days(agreement));
    const quoteAudit = await auditCount(app, amendment.id);

    // The acceptance's read of the agreement (in its transaction) gets the agreement as it was
    // before the termination committed; its read of the terms is real.
    const findById = vi.spyOn(repository, 'findById').mockResolvedValueOnce(asItWas);
    const response = await accept(amendment);
    const [replayed] = findById.mock.calls;
    vi.restoreAllMocks();

    expect(replayed).toEqual([agreement.id, expect.anything()]);
    await expectAcceptanceRefused(response, agreement, amendment, quoteAudit);
  });

  it.skipIf(!onPostgres)(
    'is CONFLICT when the termination really commits between its reads (PostgreSQL, read committed)',
    async () => {
      const agreement = await createAgreement(app, world, { contractYears: 3 });
      const amendment = await submittedAmendment(agreement);
      const quoteAudit = await auditCount(app, amendment.id);
      const repository = app.app.get(AgreementRepository);
      const findById = repository.findById.bind(repository);
      const termination: { committed?: Promise<GraphQLResponse<unknown>> } = {};
      // The acceptance's read of the agreement is the one inside a transaction: once it has read,
      // the termination runs and commits on another connection of the pool before the acceptance
      // goes on. The termination's own reads pass through.
      vi.spyOn(repository, 'findById').mockImplementation(async (id, manager) => {
        const read = await findById(id, manager);
        if (manager && !termination.committed) {
          termination.committed = terminateIn30Days(agreement);
          dataOf(await termination.committed);
        }
        return read;
      });
      const response = await accept(amendment);
      vi.restoreAllMocks();

      if (!termination.committed)
        throw new Error('The acceptance never read the agreement: nothing was torn.');
      await expectAcceptanceRefused(response, agreement, amendment, quoteAudit);
    },
  );

  it('without a change in between, accepting the amendment of the terminated agreement is CONFLICT WRONG_STATUS', async () => {
    const agreement = await createAgreement(app, world, { contractYears: 3 });
    const amendment = await submittedAmendment(agreement);
    dataOf(await terminateIn30Days(agreement));
    const quoteAudit = await auditCount(app, amendment.id);
    const response = await accept(amendment);
    expect(firstError(response)).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS' });
    expect(await auditCount(app, amendment.id)).toBe(quoteAudit);
  });
});

describe('reviseAgreement while the agreement is terminated between its reads', () => {
  it('is CONFLICT (stale version), not BAD_USER_INPUT about the start, and creates no draft', async () => {
    const agreement = await createAgreement(app, world, { contractYears: 3 });
    // The first read of the terms is the revision's: the termination commits before it goes on.
    const termination = terminateAtFirstReadOfTerms(agreement);
    // Day 60 fits the agreement as it was read first, not the terms the termination cut short.
    const response = await app.gql(
      REVISE_AGREEMENT,
      { id: agreement.id, startDate: utcDatePlus(60) },
      { token: world.customerA.token },
    );
    vi.restoreAllMocks();

    if (!termination.committed) throw new Error('reviseAgreement never read the terms: nothing was torn.');
    expect(firstError(response)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const revisions = await sql<{ status: string }>(
      app,
      'SELECT status FROM quotes WHERE reference = (SELECT quote_reference FROM agreements WHERE id = $1)',
      [agreement.id],
    );
    expect(revisions.map((quote) => quote.status)).toEqual(['ACCEPTED']);
    expect(await sql(app, 'SELECT * FROM agreement_changes WHERE agreement_id = $1', [agreement.id])).toEqual(
      [],
    );
    expect(await readAgreement(agreement.id)).toMatchObject({
      status: 'TERMINATED',
      endDate: utcDatePlus(30),
    });
  });

  it('without a change in between, revising the terminated agreement is CONFLICT WRONG_STATUS', async () => {
    const agreement = await createAgreement(app, world, { contractYears: 3 });
    dataOf(await terminateIn30Days(agreement));
    const response = await app.gql(
      REVISE_AGREEMENT,
      { id: agreement.id, startDate: utcDatePlus(20) },
      { token: world.customerA.token },
    );
    expect(firstError(response)).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS' });
  });
});
