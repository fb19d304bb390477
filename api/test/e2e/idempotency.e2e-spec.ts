import { DataSource } from 'typeorm';
import { IdempotencyKeyEntity } from '../../src/common/idempotency/idempotency-key.entity.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADD_COMMENT,
  basisConfiguration,
  createQuoteWorld,
  firstError,
  SAVE_QUOTE,
  sql,
  SUBMIT_QUOTE,
  UPDATE_QUOTE,
  type QuoteResult,
  type QuoteWorld,
} from '../support/quote-factory.js';
import {
  CREATE_PROPOSAL,
  createProposalWorld,
  VOTE,
  type ProposalResult,
} from '../support/proposal-factory.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';
import { createDurableTestDatabase, type TestDatabase } from '../support/test-database.js';

const PROVIDER = 'IDEM-P';

/** The same mutation with `idempotencyKey: $key` added. */
function withKey(mutation: string): string {
  return mutation
    .replace(/^mutation \(/, 'mutation ($key: String, ')
    .replace(/\{\s*(\w+)\(/, (_match, field: string) => `{ ${field}(idempotencyKey: $key, `);
}

async function count(
  testApp: TestApp,
  table: string,
  where = '1 = 1',
  parameters: unknown[] = [],
): Promise<number> {
  const rows = await sql<{ n: number | string }>(
    testApp,
    `SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`,
    parameters,
  );
  return Number(rows[0]!.n);
}

describe('idempotent writes (idempotencyKey)', () => {
  let database: TestDatabase;
  let instanceA: TestApp;
  let instanceB: TestApp;
  let world: QuoteWorld;

  beforeAll(async () => {
    database = await createDurableTestDatabase();
    instanceA = await startTestApp({}, { database });
    instanceB = await startTestApp({}, { database });
    world = await createQuoteWorld(instanceA, PROVIDER);
  });

  afterAll(async () => {
    await instanceB?.close();
    await instanceA?.close();
    await database?.drop();
  });

  const save = (testApp: TestApp, key: string | null, name: string, token = world.customerA.token) =>
    testApp.gql<{ saveQuote: QuoteResult }>(
      withKey(SAVE_QUOTE),
      { key, input: { name, configuration: basisConfiguration(PROVIDER) } },
      { token },
    );

  it('a repeat with equal arguments answers with the first result and writes nothing more', async () => {
    const first = await save(instanceA, 'save-once-0001', 'Once');
    expect(first.errors).toBeUndefined();
    const again = await save(instanceB, 'save-once-0001', 'Once');
    expect(again).toEqual(first);
    expect(await count(instanceA, 'quotes', 'name = $1', ['Once'])).toBe(1);
    expect(await count(instanceA, 'audit_events', 'entity_id = $1', [first.data!.saveQuote.id])).toBe(1);
  });

  it('the same key with other arguments is CONFLICT (IDEMPOTENCY_KEY_REUSED) and changes nothing', async () => {
    await save(instanceA, 'save-reuse-0001', 'First use');
    const reused = await save(instanceA, 'save-reuse-0001', 'Other arguments');
    expect(reused.data ?? null).toBeNull();
    expect(firstError(reused)).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await count(instanceA, 'quotes', 'name = $1', ['Other arguments'])).toBe(0);
  });

  it.each(['short', 'has space 123', 'x'.repeat(65), 'slash/1234'])(
    'refuses the key %j with BAD_USER_INPUT on idempotencyKey, writing nothing',
    async (key) => {
      const response = await save(instanceA, key, `Bad key ${key.length}`);
      expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
      expect(await count(instanceA, 'quotes', 'name = $1', [`Bad key ${key.length}`])).toBe(0);
    },
  );

  it('keys belong to the signed-in user: another user with the same key makes its own quote', async () => {
    const mine = await save(instanceA, 'shared-key-0001', 'Per user');
    const theirs = await save(instanceA, 'shared-key-0001', 'Per user', world.customerB.token);
    expect(theirs.data?.saveQuote.id).toBeDefined();
    expect(theirs.data?.saveQuote.id).not.toBe(mine.data?.saveQuote.id);
  });

  it('an update repeated after later changes answers as first returned, not with a stale-version conflict', async () => {
    const quote = (await save(instanceA, null, 'To update')).data!.saveQuote;
    const update = (key: string | null, name: string, expectedVersion: number) =>
      instanceA.gql<{ updateQuote: QuoteResult }>(
        withKey(UPDATE_QUOTE),
        { key, id: quote.id, expectedVersion, input: { name, configuration: basisConfiguration(PROVIDER) } },
        { token: world.customerA.token },
      );
    const first = await update('update-once-0001', 'Updated once', 1);
    expect(first.data?.updateQuote.version).toBe(2);
    expect((await update(null, 'Updated again', 2)).data?.updateQuote.version).toBe(3);
    const repeat = await update('update-once-0001', 'Updated once', 1);
    expect(repeat).toEqual(first);
    const [row] = await sql<{ name: string; version: number }>(
      instanceA,
      'SELECT name, version FROM quotes WHERE id = $1',
      [quote.id],
    );
    expect([row!.name, Number(row!.version)]).toEqual(['Updated again', 3]);
  });

  it('keeps only a successful result: after a refusal the same key may carry the corrected request', async () => {
    const quote = (await save(instanceA, null, 'To submit')).data!.saveQuote;
    const submit = (expectedVersion: number) =>
      instanceA.gql<{ submitQuote: QuoteResult }>(
        withKey(SUBMIT_QUOTE),
        { key: 'submit-key-0001', id: quote.id, expectedVersion },
        { token: world.customerA.token },
      );
    expect(firstError(await submit(7))).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const submitted = await submit(1);
    expect(submitted.data?.submitQuote.status).toBe('SUBMITTED');
    expect(await submit(1)).toEqual(submitted);
  });

  it('a comment sent twice with one key is added once', async () => {
    const quote = (await save(instanceA, null, 'Commented')).data!.saveQuote;
    const comment = () =>
      instanceB.gql(
        withKey(ADD_COMMENT),
        { key: 'comment-key-0001', id: quote.id, text: 'Hello' },
        {
          token: world.customerA.token,
        },
      );
    const first = await comment();
    expect(await comment()).toEqual(first);
    expect(await count(instanceA, 'quote_comments', 'quote_id = $1', [quote.id])).toBe(1);
  });

  it('the same key sent at once to two instances makes exactly one quote', async () => {
    const answers = await Promise.all(
      [instanceA, instanceB, instanceA, instanceB, instanceA, instanceB].map((instance) =>
        save(instance, 'concurrent-key-0001', 'Concurrent'),
      ),
    );
    const ids = new Set(
      answers.map((answer: GraphQLResponse<{ saveQuote: QuoteResult }>) => answer.data?.saveQuote.id),
    );
    expect(answers.map((answer) => answer.errors)).toEqual(answers.map(() => undefined));
    expect(ids.size).toBe(1);
    expect(await count(instanceA, 'quotes', 'name = $1', ['Concurrent'])).toBe(1);
    expect(await count(instanceA, 'idempotency_keys', 'idempotency_key = $1', ['concurrent-key-0001'])).toBe(
      1,
    );
  });

  it('a key is kept 24 hours: once expired, the same key makes a new quote', async () => {
    const first = (await save(instanceA, 'expiring-key-0001', 'Expiring')).data!.saveQuote;
    await instanceA.app
      .get(DataSource)
      .getRepository(IdempotencyKeyEntity)
      .update({ key: 'expiring-key-0001' }, { expiresAt: new Date(Date.now() - 1000) });
    const later = (await save(instanceA, 'expiring-key-0001', 'Expiring')).data!.saveQuote;
    expect(later.id).not.toBe(first.id);
  });

  it('proposals: a repeated createProposal and voteForProposal answer with their first result', async () => {
    const proposals = await createProposalWorld(instanceA, 'IDEM-PR');
    const create = () =>
      instanceA.gql<{ createProposal: ProposalResult }>(
        withKey(CREATE_PROPOSAL),
        {
          key: 'proposal-key-0001',
          input: {
            providerCode: 'IDEM-PR',
            title: 'Night payroll',
            description: 'Please run payroll at night.',
          },
        },
        { token: proposals.customerA.token },
      );
    const created = await create();
    expect(created.errors).toBeUndefined();
    expect(await create()).toEqual(created);
    const vote = () =>
      instanceB.gql(
        withKey(VOTE),
        { key: 'vote-key-00001', id: created.data!.createProposal.id },
        {
          token: proposals.customerA2.token,
        },
      );
    const voted = await vote();
    expect(voted.errors).toBeUndefined();
    // Without the key a second vote is CONFLICT (ALREADY_VOTED); with it, the first answer.
    expect(await vote()).toEqual(voted);
    expect(
      await count(instanceA, 'proposal_votes', 'proposal_id = $1', [created.data!.createProposal.id]),
    ).toBe(1);
  });
});
