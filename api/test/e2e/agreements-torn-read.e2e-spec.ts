import { addMonths, monthOf } from '@servicekatalog/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AgreementRepository } from '../../src/agreements/agreement.repository.js';
import {
  agreementCatalogue,
  createAgreement,
  RECORD_VOLUMES,
  TERMINATE_AGREEMENT,
  utcDatePlus,
  type AgreementResult,
} from '../support/agreement-factory.js';
import { dataOf } from '../support/catalogue-factory.js';
import {
  auditCount,
  createQuoteWorld,
  firstError,
  publishCatalogue,
  sql,
  type QuoteWorld,
} from '../support/quote-factory.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/**
 * Recording volumes reads the agreement (its version checked) and then its terms, one statement
 * after the other and outside any transaction, and checks the entries against both before the
 * version-checked UPDATE. A termination committed between the two reads hands the batch a torn
 * picture — the agreement as it was, its terms as they are — that the entries may fail against.
 * The change that came between is the cause, so the answer is CONFLICT, as it is when the
 * termination commits before the batch is read at all.
 *
 * The reads are outside a transaction, so the termination can really commit between them on
 * SQLite as well as on PostgreSQL: the test runs it there, from a spy on the read of the terms.
 */
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

describe('recording volumes while the agreement is terminated between its reads', () => {
  it('is CONFLICT (stale version), not a complaint about the entries, and writes nothing', async () => {
    const agreement = await createAgreement(app, world, { contractYears: 3 });
    const repository = app.app.get(AgreementRepository);
    const termsOf = repository.termsOf.bind(repository);
    const termination: { committed?: Promise<GraphQLResponse<unknown>> } = {};
    // The first read of the terms is the batch's: the termination commits before it goes on.
    // The termination's own read of the terms (inside its transaction) passes through.
    vi.spyOn(repository, 'termsOf').mockImplementation(async (agreementId, manager) => {
      if (!termination.committed) {
        termination.committed = terminateIn30Days(agreement);
        dataOf(await termination.committed);
      }
      return termsOf(agreementId, manager);
    });
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
