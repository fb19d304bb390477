import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../support/catalogue-factory.js';
import {
  ADD_COMMENT,
  basisConfiguration,
  brokenConfiguration,
  createQuoteWorld,
  DECIDE_QUOTE,
  firstError,
  QUOTE,
  quoteMutation,
  REVISE_QUOTE,
  saveQuote,
  sql,
  SUBMIT_QUOTE,
  UPDATE_QUOTE,
  WITHDRAW_QUOTE,
  type QuoteResult,
  type QuoteWorld,
} from '../support/quote-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'QL-DK';

let app: TestApp;
let world: QuoteWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
});

afterAll(async () => {
  await app?.close();
});

/** Today + `days` as a calendar date in UTC, computed independently of the app's code. */
function utcDatePlus(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}

function save(name: string, configuration = basisConfiguration(PROVIDER)): Promise<QuoteResult> {
  return saveQuote(app, world.customerA.token, { name, configuration });
}

function submit(quote: QuoteResult): Promise<QuoteResult> {
  return quoteMutation(app, world.customerA.token, SUBMIT_QUOTE, {
    id: quote.id,
    expectedVersion: quote.version,
  });
}

describe('saving a quote', () => {
  it('prices the configuration, pins the version, gives a reference and 90 days of validity', async () => {
    const quote = await save('Payroll 2027');
    const year = new Date().getUTCFullYear();
    expect(quote.reference).toMatch(new RegExp(`^${PROVIDER}-${year}-\\d{4}$`));
    expect(quote.displayReference).toBe(quote.reference);
    expect(quote.validUntil).toBe(utcDatePlus(90));
    expect(quote.expired).toBe(false);
    expect(quote).toMatchObject({
      name: 'Payroll 2027',
      status: 'DRAFT',
      revision: 1,
      previousQuoteId: null,
      version: 1,
    });
    expect(quote.agency).toEqual({ id: world.agencyA, name: 'Agency A', providerCode: PROVIDER });
    expect(quote.catalogueVersion).toBe(1);
    expect(quote.configuration).toMatchObject({
      providerCode: PROVIDER,
      catalogueVersion: 1,
      servicePackageCode: 'BASIS',
    });
    // 9000.00 base + (600 − 10 included) × 38.00 per payslip, monthly; 3 contract years.
    expect(quote.price.totals).toEqual({
      monthly: '31420.00',
      firstYear: '377040.00',
      contractTotal: '1131120.00',
    });
    expect(quote.price).toMatchObject({
      currency: 'DKK',
      valid: true,
      catalogueVersion: 1,
      catalogueVersionId: quote.catalogueVersionId,
    });
    expect(quote.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(quote.price.engineVersion).toBe(quote.engineVersion);
  });

  it("refuses a configuration of another provider than the agency's", async () => {
    const response = await app.gql(
      SAVE_OF_OTHER,
      { input: { name: 'x', configuration: basisConfiguration(`${PROVIDER}-X`) } },
      { token: world.customerA.token },
    );
    expect(firstError(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.configuration.providerCode',
    });
  });

  it('reports bad configuration input under input.configuration', async () => {
    const response = await app.gql(
      SAVE_OF_OTHER,
      {
        input: { name: 'x', configuration: { ...basisConfiguration(PROVIDER), servicePackageCode: 'NOPE' } },
      },
      { token: world.customerA.token },
    );
    expect(firstError(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.configuration.servicePackageCode',
    });
  });

  it('an administrator must name the agency', async () => {
    const response = await app.gql(
      SAVE_OF_OTHER,
      { input: { name: 'x', configuration: basisConfiguration(PROVIDER) } },
      { token: world.admin.token },
    );
    expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.agencyId' });
    const saved = await saveQuote(app, world.admin.token, {
      agencyId: world.agencyB,
      name: 'For B',
      configuration: basisConfiguration(PROVIDER),
    });
    expect(saved.agency.id).toBe(world.agencyB);
  });
});

const SAVE_OF_OTHER = 'mutation ($input: SaveQuoteInput!) { saveQuote(input: $input) { id } }';

describe('the life cycle', () => {
  it('save → update (DRAFT) → submit → accept, and no update after submitting', async () => {
    const saved = await save('Lifecycle');
    const updated = await quoteMutation(app, world.customerA.token, UPDATE_QUOTE, {
      id: saved.id,
      expectedVersion: 1,
      input: { name: 'Lifecycle, more payslips', configuration: basisConfiguration(PROVIDER, '1200') },
    });
    // 9000.00 + 1000 × 38.00 + 190 × 31.50 = 52985.00 a month.
    expect(updated).toMatchObject({
      name: 'Lifecycle, more payslips',
      status: 'DRAFT',
      version: 2,
      reference: saved.reference,
    });
    expect(updated.price.totals.monthly).toBe('52985.00');

    const submitted = await submit(updated);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 3 });
    expect(submitted.submittedAt).not.toBeNull();

    const late = await app.gql(
      UPDATE_QUOTE,
      {
        id: saved.id,
        expectedVersion: 3,
        input: { name: 'Too late', configuration: basisConfiguration(PROVIDER) },
      },
      { token: world.customerA.token },
    );
    expect(firstError(late)).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS', status: 'SUBMITTED' });

    const accepted = await quoteMutation(app, world.manager.token, DECIDE_QUOTE, {
      id: saved.id,
      decision: 'ACCEPT',
      expectedVersion: 3,
    });
    expect(accepted).toMatchObject({
      status: 'ACCEPTED',
      version: 4,
      decisionComment: null,
      name: 'Lifecycle, more payslips',
    });
    expect(accepted.decidedAt).not.toBeNull();
    expect(accepted.price.totals.monthly).toBe('52985.00');
  });

  it('a rejection needs a reason and keeps it', async () => {
    const submitted = await submit(await save('To reject'));
    const bare = await app.gql(
      DECIDE_QUOTE,
      { id: submitted.id, decision: 'REJECT', comment: '  ', expectedVersion: submitted.version },
      { token: world.manager.token },
    );
    expect(firstError(bare)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    const rejected = await quoteMutation(app, world.manager.token, DECIDE_QUOTE, {
      id: submitted.id,
      decision: 'REJECT',
      comment: 'Volumes look too low for a ministry.',
      expectedVersion: submitted.version,
    });
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      decisionComment: 'Volumes look too low for a ministry.',
    });
  });

  it('withdraws from DRAFT and from SUBMITTED, not from a decided quote', async () => {
    const draft = await save('Withdraw draft');
    expect(
      await quoteMutation(app, world.customerA.token, WITHDRAW_QUOTE, { id: draft.id, expectedVersion: 1 }),
    ).toMatchObject({
      status: 'WITHDRAWN',
      version: 2,
    });
    const submitted = await submit(await save('Withdraw submitted'));
    const withdrawn = await quoteMutation(app, world.customerA.token, WITHDRAW_QUOTE, {
      id: submitted.id,
      expectedVersion: submitted.version,
    });
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', version: submitted.version + 1 });
    const again = await app.gql(
      WITHDRAW_QUOTE,
      { id: submitted.id, expectedVersion: withdrawn.version },
      { token: world.customerA.token },
    );
    expect(firstError(again)).toMatchObject({
      code: 'CONFLICT',
      reason: 'WRONG_STATUS',
      status: 'WITHDRAWN',
    });
    const decide = await app.gql(
      DECIDE_QUOTE,
      { id: submitted.id, decision: 'ACCEPT', expectedVersion: withdrawn.version },
      { token: world.manager.token },
    );
    expect(firstError(decide)).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS' });
  });

  it('a stale expectedVersion is CONFLICT and changes nothing', async () => {
    const saved = await save('Stale');
    const response = await app.gql(
      SUBMIT_QUOTE,
      { id: saved.id, expectedVersion: 7 },
      { token: world.customerA.token },
    );
    expect(firstError(response)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const reread = await app.gql<{ quote: QuoteResult }>(
      QUOTE,
      { id: saved.id },
      { token: world.customerA.token },
    );
    expect(reread.data?.quote).toMatchObject({ status: 'DRAFT', version: 1 });
  });
});

describe('submitting', () => {
  it('is refused while the configuration has ERROR issues, listing them', async () => {
    const broken = await save('Broken', brokenConfiguration(PROVIDER));
    expect(broken.price.valid).toBe(false);
    expect(broken.status).toBe('DRAFT');
    const response = await app.gql(
      SUBMIT_QUOTE,
      { id: broken.id, expectedVersion: broken.version },
      { token: world.customerA.token },
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    const extensions = firstError(response);
    expect(extensions.field).toBe('configuration');
    expect(extensions.issues).toEqual([
      expect.objectContaining({
        code: 'MISSING_DEPENDENCY',
        severity: 'ERROR',
        serviceCode: 'PAY-RUN',
        requiredAnyOf: ['PAY-BASE'],
      }),
    ]);
    const reread = await app.gql<{ quote: QuoteResult }>(
      QUOTE,
      { id: broken.id },
      { token: world.customerA.token },
    );
    expect(reread.data?.quote).toMatchObject({ status: 'DRAFT', version: 1 });
  });

  it('is refused for an empty configuration (NOTHING_SELECTED), which still saves as a draft', async () => {
    const empty = await save('Nothing chosen', { providerCode: PROVIDER, serviceCodes: [], volumes: [] });
    expect(empty.status).toBe('DRAFT');
    expect(empty.price.valid).toBe(false);
    const response = await app.gql(
      SUBMIT_QUOTE,
      { id: empty.id, expectedVersion: empty.version },
      { token: world.customerA.token },
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(firstError(response).issues).toEqual([
      expect.objectContaining({ code: 'NOTHING_SELECTED', severity: 'ERROR', serviceCode: null }),
    ]);
    const reread = await app.gql<{ quote: QuoteResult }>(
      QUOTE,
      { id: empty.id },
      { token: world.customerA.token },
    );
    expect(reread.data?.quote).toMatchObject({ status: 'DRAFT', version: 1 });
  });

  it('is refused once validUntil has passed (CONFLICT, EXPIRED); updating the draft prices it afresh', async () => {
    const saved = await save('Expiring');
    await sql(app, 'UPDATE quotes SET valid_until = $1 WHERE id = $2', ['2020-01-31', saved.id]);
    const response = await app.gql(
      SUBMIT_QUOTE,
      { id: saved.id, expectedVersion: saved.version },
      { token: world.customerA.token },
    );
    expect(firstError(response)).toMatchObject({
      code: 'CONFLICT',
      reason: 'EXPIRED',
      validUntil: '2020-01-31',
    });
    const reread = (
      await app.gql<{ quote: QuoteResult }>(QUOTE, { id: saved.id }, { token: world.customerA.token })
    ).data?.quote;
    expect(reread).toMatchObject({ status: 'DRAFT', version: 1, expired: true });

    const refreshed = await quoteMutation(app, world.customerA.token, UPDATE_QUOTE, {
      id: saved.id,
      expectedVersion: 1,
      input: { name: 'Expiring', configuration: basisConfiguration(PROVIDER) },
    });
    expect(refreshed).toMatchObject({ validUntil: utcDatePlus(90), expired: false });
    expect(await submit(refreshed)).toMatchObject({ status: 'SUBMITTED' });
  });
});

describe('revising', () => {
  it('creates a linked DRAFT revision 2 with the same reference and withdraws the open original', async () => {
    const original = await submit(await save('To revise'));
    const revision = await quoteMutation(app, world.customerA.token, REVISE_QUOTE, {
      id: original.id,
      expectedVersion: original.version,
    });
    expect(revision).toMatchObject({
      status: 'DRAFT',
      revision: 2,
      previousQuoteId: original.id,
      reference: original.reference,
      displayReference: `${original.reference} rev 2`,
      latestRevision: true,
      name: 'To revise',
      version: 1,
      validUntil: utcDatePlus(90),
    });
    expect(revision.id).not.toBe(original.id);
    expect(revision.price.totals).toEqual(original.price.totals);

    const old = (
      await app.gql<{ quote: QuoteResult }>(QUOTE, { id: original.id }, { token: world.customerA.token })
    ).data?.quote;
    expect(original.latestRevision).toBe(true);
    expect(old).toMatchObject({
      status: 'WITHDRAWN',
      version: original.version + 1,
      revision: 1,
      latestRevision: false,
    });

    // Only the latest revision can be revised.
    const again = await app.gql(
      REVISE_QUOTE,
      { id: original.id, expectedVersion: original.version + 1 },
      { token: world.customerA.token },
    );
    expect(firstError(again)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REVISED' });
  });

  it('leaves a decided quote as it was', async () => {
    const submitted = await submit(await save('Rejected then revised'));
    const rejected = await quoteMutation(app, world.manager.token, DECIDE_QUOTE, {
      id: submitted.id,
      decision: 'REJECT',
      comment: 'Add the accounting package.',
      expectedVersion: submitted.version,
    });
    const revision = await quoteMutation(app, world.customerA.token, REVISE_QUOTE, {
      id: rejected.id,
      expectedVersion: rejected.version,
    });
    expect(revision).toMatchObject({ revision: 2, previousQuoteId: rejected.id, status: 'DRAFT' });
    const old = (
      await app.gql<{ quote: QuoteResult }>(QUOTE, { id: rejected.id }, { token: world.customerA.token })
    ).data?.quote;
    expect(old).toMatchObject({
      status: 'REJECTED',
      version: rejected.version,
      decisionComment: 'Add the accounting package.',
    });
  });
});

describe('comments', () => {
  it('both sides write in the thread; it reads oldest first with the authors', async () => {
    const saved = await save('Discussed');
    await quoteMutation(app, world.customerA.token, ADD_COMMENT, {
      id: saved.id,
      text: 'Can we start in March?',
    });
    const answer = (
      await app.gql<{ addQuoteComment: { authorName: string; text: string } }>(
        ADD_COMMENT,
        { id: saved.id, text: '  Yes, from 1 March.  ' },
        { token: world.manager.token },
      )
    ).data?.addQuoteComment;
    expect(answer).toMatchObject({ authorName: 'Manager P', text: 'Yes, from 1 March.' });
    const quote = (
      await app.gql<{ quote: QuoteResult }>(QUOTE, { id: saved.id }, { token: world.customerA.token })
    ).data?.quote;
    expect(quote?.comments.map((c) => [c.authorName, c.text])).toEqual([
      ['Customer A', 'Can we start in March?'],
      ['Manager P', 'Yes, from 1 March.'],
    ]);
    // A comment is not a change of the quote: its version stays.
    expect(quote?.version).toBe(1);
  });

  it('refuses empty and too long text', async () => {
    const saved = await save('Commented');
    for (const text of ['   ', 'x'.repeat(2001)]) {
      const response = await app.gql(ADD_COMMENT, { id: saved.id, text }, { token: world.customerA.token });
      expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    }
    const longest = await app.gql(
      ADD_COMMENT,
      { id: saved.id, text: 'x'.repeat(2000) },
      { token: world.customerA.token },
    );
    expect(longest.errors).toBeUndefined();
  });
});
