import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin } from '../support/auth.js';
import { auditEventsOf, dataOf } from '../support/catalogue-factory.js';
import {
  CREATE_PROPOSAL,
  createProposal,
  createProposalWorld,
  PROPOSALS,
  proposalMutation,
  readProposal,
  RESPOND,
  VOTE,
  WITHDRAW_VOTE,
  type ProposalListResult,
  type ProposalResult,
  type ProposalWorld,
} from '../support/proposal-factory.js';
import { firstError, sql } from '../support/quote-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'PR-DK';

let app: TestApp;
let world: ProposalWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await createProposalWorld(app, PROVIDER);
});

afterAll(async () => {
  await app?.close();
});

function proposalInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    providerCode: PROVIDER,
    title: 'Payslips in English',
    description: 'Many of our researchers do not read Danish; offer payslips in English.',
    ...overrides,
  };
}

async function proposalOfA(overrides: Record<string, unknown> = {}): Promise<ProposalResult> {
  return createProposal(app, world.customerA.token, proposalInput(overrides));
}

async function respond(
  proposal: Pick<ProposalResult, 'id' | 'version'>,
  status: string,
  response = `Now ${status}.`,
): Promise<ProposalResult> {
  return proposalMutation(app, world.manager.token, RESPOND, {
    id: proposal.id,
    status,
    response,
    expectedVersion: proposal.version,
  });
}

async function count(table: string): Promise<number> {
  const [row] = await sql<{ n: number | string }>(app, `SELECT COUNT(*) AS n FROM ${table}`);
  return Number(row.n);
}

describe('createProposal', () => {
  it('a customer proposes to the centre that serves its agency: OPEN, no votes, version 1', async () => {
    const proposal = await proposalOfA({ title: '  Payslips in English  ', serviceCode: 'PAY-RUN' });
    expect(proposal).toMatchObject({
      providerCode: PROVIDER,
      agencyName: 'Agency A',
      title: 'Payslips in English',
      description: 'Many of our researchers do not read Danish; offer payslips in English.',
      serviceCode: 'PAY-RUN',
      status: 'OPEN',
      nextStatuses: ['UNDER_REVIEW', 'DECLINED'],
      response: null,
      respondedAt: null,
      respondedByName: null,
      voteCount: 0,
      myAgencyVoted: false,
      version: 1,
    });
    expect(await readProposal(app, proposal.id)).toEqual(proposal);
  });

  it('a proposal for a new service has no service code (blank counts as none)', async () => {
    expect((await proposalOfA()).serviceCode).toBeNull();
    expect((await proposalOfA({ serviceCode: '  ' })).serviceCode).toBeNull();
  });

  it('checking the named service reads the catalogue in force once, not the whole catalogue', async () => {
    const statementsOf = async (overrides: Record<string, unknown>): Promise<number> => {
      const before = app.statements();
      await proposalOfA(overrides);
      return app.statements() - before;
    };
    // The first check may build the version's read model (nine statements, whatever its size)…
    expect(await statementsOf({ serviceCode: 'PAY-RUN' })).toBeLessThanOrEqual((await statementsOf({})) + 9);
    // …after that the version in force and its services come from memory: no statement more.
    const withoutService = await statementsOf({});
    expect(await statementsOf({ serviceCode: 'PAY-RUN' })).toBe(withoutService);
  });

  it('an administrator proposes on behalf of an agency the centre serves', async () => {
    const proposal = await createProposal(
      app,
      world.admin.token,
      proposalInput({ agencyId: world.agencyA2 }),
    );
    expect(proposal).toMatchObject({ agencyName: 'Agency A2', status: 'OPEN' });
  });

  const long = (n: number) => 'x'.repeat(n);
  const INVALID: { name: string; token: () => string; input: Record<string, unknown>; field: string }[] = [
    { name: 'empty title', token: () => world.customerA.token, input: { title: '' }, field: 'input.title' },
    {
      name: 'blank title',
      token: () => world.customerA.token,
      input: { title: ' \n ' },
      field: 'input.title',
    },
    {
      name: 'title of 201',
      token: () => world.customerA.token,
      input: { title: long(201) },
      field: 'input.title',
    },
    {
      name: 'empty description',
      token: () => world.customerA.token,
      input: { description: '   ' },
      field: 'input.description',
    },
    {
      name: 'description of 5001',
      token: () => world.customerA.token,
      input: { description: long(5001) },
      field: 'input.description',
    },
    {
      name: 'unknown service code',
      token: () => world.customerA.token,
      input: { serviceCode: 'NO-SUCH-SERVICE' },
      field: 'input.serviceCode',
    },
    {
      name: 'unknown provider',
      token: () => world.customerA.token,
      input: { providerCode: 'NO-SUCH' },
      field: 'input.providerCode',
    },
    {
      name: 'administrator without agency',
      token: () => world.admin.token,
      input: {},
      field: 'input.agencyId',
    },
    {
      name: "administrator naming another centre's agency",
      token: () => world.admin.token,
      input: { agencyId: 'AGENCY_B' },
      field: 'input.agencyId',
    },
  ];

  it.each(INVALID)('$name → BAD_USER_INPUT on $field, nothing written', async ({ token, input, field }) => {
    const before = { proposals: await count('proposals'), audit: await count('audit_events') };
    // World ids exist only once the app runs: 'AGENCY_B' stands for the other centre's agency.
    const agencyId = input.agencyId === 'AGENCY_B' ? world.agencyB : input.agencyId;
    const response = await app.gql(
      CREATE_PROPOSAL,
      { input: proposalInput({ ...input, agencyId }) },
      { token: token() },
    );
    expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect({ proposals: await count('proposals'), audit: await count('audit_events') }).toEqual(before);
  });

  it('the limits themselves are allowed: a 200-character title and a 5000-character description', async () => {
    const proposal = await proposalOfA({ title: long(200), description: long(5000) });
    expect([proposal.title.length, proposal.description.length]).toEqual([200, 5000]);
  });

  it('a customer naming another agency is NOT_FOUND on input.agencyId', async () => {
    const response = await app.gql(
      CREATE_PROPOSAL,
      { input: proposalInput({ agencyId: world.agencyA2 }) },
      { token: world.customerA.token },
    );
    expect(firstError(response)).toMatchObject({ code: 'NOT_FOUND', field: 'input.agencyId' });
  });
});

describe('votes', () => {
  it('one vote per agency, counted on the proposal, withdrawable; myAgencyVoted follows the reader', async () => {
    const proposal = await proposalOfA();
    const voted = await proposalMutation(app, world.customerA.token, VOTE, { id: proposal.id });
    expect(voted).toMatchObject({ voteCount: 1, myAgencyVoted: true, version: 1 });

    // A colleague at the same agency: the agency has voted already.
    const colleague = await createUserAndLogin(app, { role: 'CUSTOMER', agencyId: world.agencyA });
    expect((await readProposal(app, proposal.id, colleague.token)).myAgencyVoted).toBe(true);
    const again = await app.gql(VOTE, { id: proposal.id }, { token: colleague.token });
    expect(firstError(again)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_VOTED' });

    const second = await proposalMutation(app, world.customerA2.token, VOTE, { id: proposal.id });
    expect(second).toMatchObject({ voteCount: 2, myAgencyVoted: true });
    expect((await readProposal(app, proposal.id)).myAgencyVoted).toBe(false);
    expect((await readProposal(app, proposal.id, world.manager.token)).myAgencyVoted).toBe(false);

    const withdrawn = await proposalMutation(app, colleague.token, WITHDRAW_VOTE, { id: proposal.id });
    expect(withdrawn).toMatchObject({ voteCount: 1, myAgencyVoted: false, version: 1 });
    const twice = await app.gql(WITHDRAW_VOTE, { id: proposal.id }, { token: world.customerA.token });
    expect(firstError(twice)).toMatchObject({ code: 'CONFLICT', reason: 'NOT_VOTED' });
    expect((await readProposal(app, proposal.id)).voteCount).toBe(1);
    expect(
      await sql(app, 'SELECT agency_id FROM proposal_votes WHERE proposal_id = $1', [proposal.id]),
    ).toEqual([{ agency_id: world.agencyA2 }]);
  });

  it('an administrator votes and withdraws for a named agency the centre serves', async () => {
    const proposal = await proposalOfA();
    const voted = await proposalMutation(app, world.admin.token, VOTE, {
      id: proposal.id,
      agencyId: world.agencyA,
    });
    expect(voted).toMatchObject({ voteCount: 1, myAgencyVoted: false });
    expect((await readProposal(app, proposal.id, world.customerA.token)).myAgencyVoted).toBe(true);
    const withdrawn = await proposalMutation(app, world.admin.token, WITHDRAW_VOTE, {
      id: proposal.id,
      agencyId: world.agencyA,
    });
    expect(withdrawn.voteCount).toBe(0);
  });

  it.each([
    { name: 'without an agency', agencyId: () => undefined, code: 'BAD_USER_INPUT', field: 'agencyId' },
    {
      name: "with another centre's agency",
      agencyId: () => world.agencyB,
      code: 'BAD_USER_INPUT',
      field: 'agencyId',
    },
    {
      name: 'with an unknown agency',
      agencyId: () => 'no-such-agency',
      code: 'NOT_FOUND',
      field: 'agencyId',
    },
  ])('an administrator voting $name → $code on $field', async ({ agencyId, code, field }) => {
    const proposal = await proposalOfA();
    const response = await app.gql(
      VOTE,
      { id: proposal.id, agencyId: agencyId() },
      { token: world.admin.token },
    );
    expect(firstError(response)).toMatchObject({ code, field });
    expect((await readProposal(app, proposal.id)).voteCount).toBe(0);
  });

  it("a customer naming another agency's vote is NOT_FOUND on agencyId (not its to see)", async () => {
    const proposal = await proposalOfA();
    for (const mutation of [VOTE, WITHDRAW_VOTE]) {
      const response = await app.gql(
        mutation,
        { id: proposal.id, agencyId: world.agencyA2 },
        { token: world.customerA.token },
      );
      expect(firstError(response)).toMatchObject({ code: 'NOT_FOUND', field: 'agencyId' });
    }
    expect((await readProposal(app, proposal.id)).voteCount).toBe(0);
  });

  it('an unknown proposal is NOT_FOUND on id', async () => {
    const response = await app.gql(
      VOTE,
      { id: '00000000-0000-4000-8000-000000000000' },
      { token: world.customerA.token },
    );
    expect(firstError(response)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it.each(['DECLINED', 'DONE'])(
    'a %s proposal takes no votes and keeps its votes (CONFLICT, CLOSED)',
    async (status) => {
      const proposal = await proposalOfA();
      await proposalMutation(app, world.customerA.token, VOTE, { id: proposal.id });
      let current = await readProposal(app, proposal.id);
      if (status === 'DONE') current = await respond(current, 'UNDER_REVIEW');
      current = await respond(current, status);
      const vote = await app.gql(VOTE, { id: proposal.id }, { token: world.customerA2.token });
      expect(firstError(vote)).toMatchObject({ code: 'CONFLICT', reason: 'CLOSED' });
      const withdraw = await app.gql(WITHDRAW_VOTE, { id: proposal.id }, { token: world.customerA.token });
      expect(firstError(withdraw)).toMatchObject({ code: 'CONFLICT', reason: 'CLOSED' });
      expect(await readProposal(app, proposal.id)).toMatchObject({
        voteCount: 1,
        status,
        version: current.version,
      });
    },
  );

  it('votes are open while UNDER_REVIEW and PLANNED', async () => {
    const proposal = await proposalOfA();
    const planned = await respond(await respond(proposal, 'UNDER_REVIEW'), 'PLANNED');
    const voted = await proposalMutation(app, world.customerA.token, VOTE, { id: planned.id });
    expect(voted).toMatchObject({ status: 'PLANNED', voteCount: 1 });
  });
});

describe('respondToProposal: the allowed moves', () => {
  const STATUSES = ['OPEN', 'UNDER_REVIEW', 'PLANNED', 'DECLINED', 'DONE'] as const;
  /** How to bring a new proposal into each status with allowed moves. */
  const PATHS: Record<(typeof STATUSES)[number], string[]> = {
    OPEN: [],
    UNDER_REVIEW: ['UNDER_REVIEW'],
    PLANNED: ['UNDER_REVIEW', 'PLANNED'],
    DECLINED: ['DECLINED'],
    DONE: ['UNDER_REVIEW', 'DONE'],
  };
  const ALLOWED: Record<(typeof STATUSES)[number], string[]> = {
    OPEN: ['UNDER_REVIEW', 'DECLINED'],
    UNDER_REVIEW: ['UNDER_REVIEW', 'PLANNED', 'DECLINED', 'DONE'],
    PLANNED: ['PLANNED', 'DONE', 'DECLINED'],
    DECLINED: [],
    DONE: [],
  };
  const CASES = STATUSES.flatMap((from) =>
    STATUSES.map((to) => ({ from, to, allowed: ALLOWED[from].includes(to) })),
  );

  it.each(CASES)('$from → $to allowed: $allowed', async ({ from, to, allowed }) => {
    let proposal = await proposalOfA();
    for (const step of PATHS[from]) proposal = await respond(proposal, step);
    expect(proposal.status).toBe(from);
    const response = await app.gql(
      RESPOND,
      { id: proposal.id, status: to, response: 'Our answer.', expectedVersion: proposal.version },
      { token: world.manager.token },
    );
    if (allowed) {
      expect(response.errors).toBeUndefined();
      expect((response.data as { respondToProposal: ProposalResult }).respondToProposal).toMatchObject({
        status: to,
        response: 'Our answer.',
        respondedByName: 'Manager P',
        version: proposal.version + 1,
        nextStatuses: ALLOWED[to],
      });
    } else {
      expect(firstError(response)).toMatchObject({
        code: 'CONFLICT',
        reason: 'MOVE_NOT_ALLOWED',
        status: from,
      });
      expect(await readProposal(app, proposal.id)).toMatchObject({
        status: from,
        version: proposal.version,
        response: proposal.response,
      });
    }
  });

  it('the response is required, at most 5000 characters (BAD_USER_INPUT on response)', async () => {
    const proposal = await proposalOfA();
    for (const text of ['', '   ', 'x'.repeat(5001)]) {
      const response = await app.gql(
        RESPOND,
        { id: proposal.id, status: 'UNDER_REVIEW', response: text, expectedVersion: 1 },
        { token: world.manager.token },
      );
      expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'response' });
    }
    expect(await readProposal(app, proposal.id)).toMatchObject({
      status: 'OPEN',
      version: 1,
      response: null,
    });
  });

  it('a stale expectedVersion is CONFLICT and changes nothing', async () => {
    const proposal = await proposalOfA();
    const first = await respond(proposal, 'UNDER_REVIEW', 'We are looking into it.');
    const events = (await auditEventsOf(app, proposal.id)).length;
    const stale = await app.gql(
      RESPOND,
      {
        id: proposal.id,
        status: 'PLANNED',
        response: 'Planned for 2028.',
        expectedVersion: proposal.version,
      },
      { token: world.manager.token },
    );
    expect(firstError(stale)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect(await readProposal(app, proposal.id)).toEqual(first);
    expect((await auditEventsOf(app, proposal.id)).length).toBe(events);
  });

  it('votes do not change the version, so they never make a response stale', async () => {
    const proposal = await proposalOfA();
    await proposalMutation(app, world.customerA.token, VOTE, { id: proposal.id });
    await proposalMutation(app, world.customerA2.token, VOTE, { id: proposal.id });
    const answered = await respond(proposal, 'UNDER_REVIEW');
    expect(answered).toMatchObject({ version: 2, voteCount: 2, status: 'UNDER_REVIEW' });
  });

  it('an unknown status is refused by the schema', async () => {
    const proposal = await proposalOfA();
    const response = await app.gql(
      RESPOND,
      { id: proposal.id, status: 'MAYBE', response: 'x', expectedVersion: 1 },
      { token: world.manager.token },
    );
    expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });
});

describe('proposals (the list)', () => {
  const PROVIDER_L = 'PL-DK';
  let listWorld: ProposalWorld;
  let byTitle: Map<string, ProposalResult>;

  beforeAll(async () => {
    listWorld = await createProposalWorld(app, PROVIDER_L);
    byTitle = new Map();
    // Created oldest first: Alpha, Bravo, Charlie, Delta; votes: Bravo 2, Charlie 1, Alpha 1, Delta 0.
    for (const title of ['Alpha', 'Bravo', 'Charlie', 'Delta']) {
      const proposal = await createProposal(app, listWorld.customerA.token, {
        providerCode: PROVIDER_L,
        title,
        description: `Proposal ${title}`,
      });
      byTitle.set(title, proposal);
    }
    const vote = (token: string, title: string) =>
      proposalMutation(app, token, VOTE, { id: byTitle.get(title)?.id });
    await vote(listWorld.customerA.token, 'Bravo');
    await vote(listWorld.customerA2.token, 'Bravo');
    await vote(listWorld.customerA.token, 'Charlie');
    await vote(listWorld.customerA2.token, 'Alpha');
    const delta = byTitle.get('Delta');
    if (delta)
      await proposalMutation(app, listWorld.manager.token, RESPOND, {
        id: delta.id,
        status: 'DECLINED',
        response: 'Out of scope.',
        expectedVersion: 1,
      });
  });

  async function list(variables: Record<string, unknown>, token?: string): Promise<ProposalListResult> {
    return dataOf(await app.gql<{ proposals: ProposalListResult }>(PROPOSALS, variables, { token }))
      .proposals;
  }

  it('is public and ordered by votes, then newest', async () => {
    const page = await list({ providerCode: PROVIDER_L });
    expect(page.edges.map((edge) => [edge.node.title, edge.node.voteCount])).toEqual([
      ['Bravo', 2],
      ['Charlie', 1],
      ['Alpha', 1],
      ['Delta', 0],
    ]);
    expect(page.totalCount).toBe(4);
    expect(page.edges[0].node.agencyName).toBe('Agency A');
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it('shows the signed-in customer which proposals its agency voted for', async () => {
    const page = await list({ providerCode: PROVIDER_L }, listWorld.customerA.token);
    expect(page.edges.map((edge) => [edge.node.title, edge.node.myAgencyVoted])).toEqual([
      ['Bravo', true],
      ['Charlie', true],
      ['Alpha', false],
      ['Delta', false],
    ]);
  });

  it('pages with first/after', async () => {
    const first = await list({ providerCode: PROVIDER_L, first: 3 });
    expect(first.edges.map((edge) => edge.node.title)).toEqual(['Bravo', 'Charlie', 'Alpha']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ providerCode: PROVIDER_L, first: 3, after: first.pageInfo.endCursor });
    expect(second.edges.map((edge) => edge.node.title)).toEqual(['Delta']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(second.totalCount).toBe(4);
  });

  it('filters by status', async () => {
    const declined = await list({ providerCode: PROVIDER_L, status: 'DECLINED' });
    expect(declined.edges.map((edge) => edge.node.title)).toEqual(['Delta']);
    expect(declined.totalCount).toBe(1);
    const open = await list({ providerCode: PROVIDER_L, status: 'OPEN' });
    expect(open.edges.map((edge) => edge.node.title)).toEqual(['Bravo', 'Charlie', 'Alpha']);
  });

  it("filters by centre: another centre's proposals are not listed", async () => {
    const all = await list({ first: 100 });
    const titles = all.edges.map((edge) => edge.node.title);
    expect(titles).toEqual(expect.arrayContaining(['Alpha', 'Payslips in English']));
    const other = await list({ providerCode: listWorld.otherProviderCode });
    expect(other.totalCount).toBe(0);
  });

  it.each([
    { name: 'unknown provider', variables: { providerCode: 'NO-SUCH' }, field: 'providerCode' },
    { name: 'bad cursor', variables: { after: 'not-a-cursor' }, field: 'after' },
    { name: 'first 0', variables: { first: 0 }, field: 'first' },
    { name: 'first 101', variables: { first: 101 }, field: 'first' },
  ])('$name → BAD_USER_INPUT on $field', async ({ variables, field }) => {
    const response = await app.gql(PROPOSALS, variables);
    expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('costs a fixed number of statements however many proposals a page holds (no N+1)', async () => {
    const before = app.statements();
    await list({ providerCode: PROVIDER_L }, listWorld.customerA.token);
    const four = app.statements() - before;
    for (let i = 0; i < 6; i += 1) {
      await createProposal(app, listWorld.customerA2.token, {
        providerCode: PROVIDER_L,
        title: `Extra ${i}`,
        description: 'More.',
      });
    }
    const start = app.statements();
    const page = await list({ providerCode: PROVIDER_L }, listWorld.customerA.token);
    expect(page.edges.length).toBe(10);
    expect(app.statements() - start).toBe(four);
  });
});

describe('audit events', () => {
  it('create, vote, withdraw and respond are recorded with before/after, attributed to the centre', async () => {
    const proposal = await proposalOfA({ title: 'Audited' });
    await proposalMutation(app, world.customerA2.token, VOTE, { id: proposal.id });
    await proposalMutation(app, world.customerA2.token, WITHDRAW_VOTE, { id: proposal.id });
    await respond(proposal, 'UNDER_REVIEW', 'Looking into it.');
    const events = await auditEventsOf(app, proposal.id);
    const byAction = new Map(events.map((event) => [event.action, event]));
    expect([...byAction.keys()].sort()).toEqual(['CREATE', 'RESPOND', 'VOTE', 'WITHDRAW_VOTE']);
    expect(byAction.get('CREATE')).toMatchObject({
      actorEmail: world.customerA.email,
      before: null,
      after: { id: proposal.id, title: 'Audited', status: 'OPEN', providerCode: PROVIDER, version: 1 },
    });
    expect(byAction.get('VOTE')).toMatchObject({
      actorEmail: world.customerA2.email,
      before: { voteCount: 0, agencyId: world.agencyA2 },
      after: { voteCount: 1, agencyId: world.agencyA2 },
    });
    expect(byAction.get('WITHDRAW_VOTE')).toMatchObject({
      before: { voteCount: 1 },
      after: { voteCount: 0, agencyId: world.agencyA2 },
    });
    expect(byAction.get('RESPOND')).toMatchObject({
      actorEmail: world.manager.email,
      before: { status: 'OPEN', response: null, version: 1 },
      after: { status: 'UNDER_REVIEW', response: 'Looking into it.', version: 2 },
    });
    const providers = await sql<{ provider_code: string }>(
      app,
      'SELECT DISTINCT provider_code FROM audit_events WHERE entity_id = $1',
      [proposal.id],
    );
    expect(providers).toEqual([{ provider_code: PROVIDER }]);
  });

  it('a refused change records nothing', async () => {
    const proposal = await proposalOfA();
    await app.gql(VOTE, { id: proposal.id }, { token: world.customerB.token });
    await app.gql(WITHDRAW_VOTE, { id: proposal.id }, { token: world.customerA.token });
    await app.gql(
      RESPOND,
      { id: proposal.id, status: 'DONE', response: 'x', expectedVersion: 1 },
      { token: world.manager.token },
    );
    expect((await auditEventsOf(app, proposal.id)).map((event) => event.action)).toEqual(['CREATE']);
  });
});

describe('the audit log', () => {
  const EVENTS = `query ($entityId: ID) { auditEvents(first: 100, entity: "Proposal", entityId: $entityId) {
    totalCount edges { node { action } } } }`;

  it("shows a proposal's events to its centre's account managers, not to another centre's", async () => {
    const proposal = await proposalOfA({ title: 'Logged' });
    await proposalMutation(app, world.customerA.token, VOTE, { id: proposal.id });
    const seen = async (token: string) =>
      dataOf(
        await app.gql<{ auditEvents: { totalCount: number; edges: { node: { action: string } }[] } }>(
          EVENTS,
          { entityId: proposal.id },
          { token },
        ),
      ).auditEvents.edges.map((edge) => edge.node.action);
    expect((await seen(world.manager.token)).sort()).toEqual(['CREATE', 'VOTE']);
    expect(await seen(world.otherManager.token)).toEqual([]);
    expect((await seen(world.admin.token)).sort()).toEqual(['CREATE', 'VOTE']);
  });
});
