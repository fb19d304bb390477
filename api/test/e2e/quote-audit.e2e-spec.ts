import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuditService } from '../../src/audit/audit.service.js';
import { auditEventsOf, dataOf } from '../support/catalogue-factory.js';
import {
  ADD_COMMENT,
  basisConfiguration,
  brokenConfiguration,
  createQuoteWorld,
  DECIDE_QUOTE,
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

const PROVIDER = 'QU-DK';

let app: TestApp;
let world: QuoteWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
});

afterAll(async () => {
  await app?.close();
});

async function totalAuditEvents(): Promise<number> {
  const [row] = await sql<{ n: number | string }>(app, 'SELECT COUNT(*) AS n FROM audit_events');
  return Number(row.n);
}

async function reread(id: string): Promise<QuoteResult> {
  return dataOf(await app.gql<{ quote: QuoteResult }>(QUOTE, { id }, { token: world.admin.token })).quote;
}

describe('every state change writes exactly one audit event with before and after', () => {
  it('through a whole life: create, update, submit, reject, revise (with the withdrawal), comment', async () => {
    const customer = world.customerA;
    const saved = await saveQuote(app, customer.token, {
      name: 'Audited',
      configuration: basisConfiguration(PROVIDER),
    });
    const updated = await quoteMutation(app, customer.token, UPDATE_QUOTE, {
      id: saved.id,
      expectedVersion: 1,
      input: { name: 'Audited, renamed', configuration: basisConfiguration(PROVIDER, '800') },
    });
    const submitted = await quoteMutation(app, customer.token, SUBMIT_QUOTE, {
      id: saved.id,
      expectedVersion: updated.version,
    });
    const rejected = await quoteMutation(app, world.manager.token, DECIDE_QUOTE, {
      id: saved.id,
      decision: 'REJECT',
      comment: 'Too expensive for us to run.',
      expectedVersion: submitted.version,
    });
    const revision = await quoteMutation(app, customer.token, REVISE_QUOTE, {
      id: saved.id,
      expectedVersion: rejected.version,
    });

    const events = await auditEventsOf(app, saved.id);
    expect(events.map((event) => [event.action, event.actorEmail])).toEqual([
      ['CREATE', customer.email],
      ['UPDATE', customer.email],
      ['SUBMIT', customer.email],
      ['REJECT', world.manager.email],
    ]);
    const [create, update, submit, reject] = events;
    expect(create.before).toBeNull();
    expect(create.after).toMatchObject({
      id: saved.id,
      reference: saved.reference,
      status: 'DRAFT',
      version: 1,
      name: 'Audited',
    });
    expect(update.before).toMatchObject({
      name: 'Audited',
      version: 1,
      firstYearTotal: saved.price.totals.firstYear,
    });
    expect(update.after).toMatchObject({
      name: 'Audited, renamed',
      version: 2,
      firstYearTotal: updated.price.totals.firstYear,
    });
    expect(submit.before).toMatchObject({ status: 'DRAFT', version: 2, submittedAt: null });
    expect(submit.after).toMatchObject({ status: 'SUBMITTED', version: 3 });
    expect(reject.before).toMatchObject({ status: 'SUBMITTED', decisionComment: null });
    expect(reject.after).toMatchObject({
      status: 'REJECTED',
      version: 4,
      decisionComment: 'Too expensive for us to run.',
      decidedBy: world.manager.userId,
    });

    // Revising a decided quote leaves it alone: one event, on the new revision.
    expect(await auditEventsOf(app, revision.id)).toEqual([
      expect.objectContaining({
        action: 'REVISE',
        before: null,
        after: expect.objectContaining({ revision: 2, previousQuoteId: saved.id }),
      }),
    ]);

    const comment = dataOf(
      await app.gql<{ addQuoteComment: { id: string } }>(
        ADD_COMMENT,
        { id: revision.id, text: 'Lower volumes now.' },
        { token: customer.token },
      ),
    ).addQuoteComment;
    expect(await auditEventsOf(app, comment.id)).toEqual([
      expect.objectContaining({
        action: 'CREATE',
        before: null,
        after: expect.objectContaining({ quoteId: revision.id, text: 'Lower volumes now.' }),
      }),
    ]);
    // Attributed to the quote's centre, so that centre's managers find it in the audit log.
    expect(
      await sql(app, 'SELECT provider_code FROM audit_events WHERE entity_id = $1', [comment.id]),
    ).toEqual([{ provider_code: PROVIDER }]);
  });

  it('revising an open quote records its withdrawal and the new revision', async () => {
    const saved = await saveQuote(app, world.customerA.token, {
      name: 'Open',
      configuration: basisConfiguration(PROVIDER),
    });
    const revision = await quoteMutation(app, world.customerA.token, REVISE_QUOTE, {
      id: saved.id,
      expectedVersion: 1,
    });
    const old = await auditEventsOf(app, saved.id);
    expect(old.map((event) => event.action)).toEqual(['CREATE', 'WITHDRAW']);
    expect(old[1]).toMatchObject({
      before: { status: 'DRAFT', version: 1 },
      after: { status: 'WITHDRAWN', version: 2 },
    });
    expect((await auditEventsOf(app, revision.id)).map((event) => event.action)).toEqual(['REVISE']);
  });
});

describe('a change that fails writes no audit event', () => {
  it("stale version, wrong status, ERROR issues, expiry, someone else's quote, a role that may not", async () => {
    const draft = await saveQuote(app, world.customerA.token, {
      name: 'Refusals',
      configuration: basisConfiguration(PROVIDER),
    });
    const broken = await saveQuote(app, world.customerA.token, {
      name: 'Broken',
      configuration: brokenConfiguration(PROVIDER),
    });
    const expired = await saveQuote(app, world.customerA.token, {
      name: 'Expired',
      configuration: basisConfiguration(PROVIDER),
    });
    await sql(app, 'UPDATE quotes SET valid_until = $1 WHERE id = $2', ['2021-06-30', expired.id]);
    const before = await totalAuditEvents();

    const refusals = [
      app.gql(SUBMIT_QUOTE, { id: draft.id, expectedVersion: 5 }, { token: world.customerA.token }),
      app.gql(
        DECIDE_QUOTE,
        { id: draft.id, decision: 'ACCEPT', expectedVersion: 1 },
        { token: world.manager.token },
      ),
      app.gql(SUBMIT_QUOTE, { id: broken.id, expectedVersion: 1 }, { token: world.customerA.token }),
      app.gql(SUBMIT_QUOTE, { id: expired.id, expectedVersion: 1 }, { token: world.customerA.token }),
      app.gql(WITHDRAW_QUOTE, { id: draft.id, expectedVersion: 1 }, { token: world.customerB.token }),
      app.gql(WITHDRAW_QUOTE, { id: draft.id, expectedVersion: 1 }, { token: world.manager.token }),
      app.gql(ADD_COMMENT, { id: draft.id, text: 'Not mine' }, { token: world.otherManager.token }),
    ];
    const codes = (await Promise.all(refusals)).map((response) => response.errors?.[0]?.extensions?.code);
    expect(codes).toEqual([
      'CONFLICT',
      'CONFLICT',
      'BAD_USER_INPUT',
      'CONFLICT',
      'NOT_FOUND',
      'FORBIDDEN',
      'NOT_FOUND',
    ]);
    expect(await totalAuditEvents()).toBe(before);
  });

  it('when the audit event cannot be written, the change is rolled back with it (one transaction)', async () => {
    const draft = await saveQuote(app, world.customerA.token, {
      name: 'Atomic',
      configuration: basisConfiguration(PROVIDER),
    });
    const audit = app.app.get(AuditService);
    const spy = vi.spyOn(audit, 'record').mockRejectedValueOnce(new Error('audit trail unavailable'));
    try {
      const response = await app.gql(
        SUBMIT_QUOTE,
        { id: draft.id, expectedVersion: 1 },
        { token: world.customerA.token },
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
    expect(await reread(draft.id)).toMatchObject({ status: 'DRAFT', version: 1, submittedAt: null });
    expect((await auditEventsOf(app, draft.id)).map((event) => event.action)).toEqual(['CREATE']);

    const saveSpy = vi.spyOn(audit, 'record').mockRejectedValueOnce(new Error('audit trail unavailable'));
    try {
      const [{ n: quotesBefore }] = await sql<{ n: number | string }>(
        app,
        'SELECT COUNT(*) AS n FROM quotes',
      );
      const response = await app.gql(
        'mutation ($input: SaveQuoteInput!) { saveQuote(input: $input) { id } }',
        { input: { name: 'Never saved', configuration: basisConfiguration(PROVIDER) } },
        { token: world.customerA.token },
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const [{ n: quotesAfter }] = await sql<{ n: number | string }>(app, 'SELECT COUNT(*) AS n FROM quotes');
      expect(Number(quotesAfter)).toBe(Number(quotesBefore));
    } finally {
      saveSpy.mockRestore();
    }
    // Its reference number went back too: the next save takes the number after the last one kept.
    const next = await saveQuote(app, world.customerA.token, {
      name: 'Saved',
      configuration: basisConfiguration(PROVIDER),
    });
    const sequence = (reference: string): number => Number(reference.split('-').at(-1));
    expect(sequence(next.reference)).toBe(sequence(draft.reference) + 1);
  });
});
