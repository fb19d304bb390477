import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createUserAndLogin } from '../support/auth.js';
import { auditEventsOf } from '../support/catalogue-factory.js';
import {
  createProposal,
  createProposalWorld,
  readProposal,
  RESPOND,
  VOTE,
  type ProposalWorld,
} from '../support/proposal-factory.js';
import { sql } from '../support/quote-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'PC-DK';

let app: TestApp;
let world: ProposalWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await createProposalWorld(app, PROVIDER);
});

afterAll(async () => {
  await app?.close();
});

async function newProposal() {
  return createProposal(app, world.customerA2.token, {
    providerCode: PROVIDER,
    title: 'Raced',
    description: 'Many hands at once.',
  });
}

async function votesOf(proposalId: string): Promise<number> {
  const [row] = await sql<{ n: number | string }>(
    app,
    'SELECT COUNT(*) AS n FROM proposal_votes WHERE proposal_id = $1',
    [proposalId],
  );
  return Number(row.n);
}

describe('concurrent votes', () => {
  it('10 concurrent votes of one agency: exactly one is counted, the others are CONFLICT', async () => {
    const proposal = await newProposal();
    // Five colleagues at agency A, each voting twice at the same moment.
    const colleagues = [world.customerA];
    for (let i = 0; i < 4; i += 1)
      colleagues.push(await createUserAndLogin(app, { role: 'CUSTOMER', agencyId: world.agencyA }));
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        app.gql(VOTE, { id: proposal.id }, { token: colleagues[i % colleagues.length].token }),
      ),
    );
    const outcomes = responses.map((response) => {
      const error = response.errors?.[0]?.extensions;
      return error ? `${String(error.code)} ${String(error.reason)}` : 'OK';
    });
    expect(outcomes.filter((outcome) => outcome === 'OK')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'CONFLICT ALREADY_VOTED')).toHaveLength(9);
    expect((await readProposal(app, proposal.id)).voteCount).toBe(1);
    expect(await votesOf(proposal.id)).toBe(1);
    expect((await auditEventsOf(app, proposal.id)).filter((event) => event.action === 'VOTE')).toHaveLength(
      1,
    );
  });

  it('concurrent votes of 8 different agencies are all counted', async () => {
    const proposal = await newProposal();
    const voters = [];
    for (let i = 0; i < 8; i += 1) {
      const agencyId = await createAgency(app, { providerCode: PROVIDER });
      voters.push(await createUserAndLogin(app, { role: 'CUSTOMER', agencyId }));
    }
    const responses = await Promise.all(
      voters.map((voter) => app.gql(VOTE, { id: proposal.id }, { token: voter.token })),
    );
    expect(responses.map((response) => response.errors)).toEqual(voters.map(() => undefined));
    expect((await readProposal(app, proposal.id)).voteCount).toBe(8);
    expect(await votesOf(proposal.id)).toBe(8);
  });

  it('votes racing the centre closing the proposal: the count matches the votes that landed', async () => {
    const proposal = await newProposal();
    const voters = [];
    for (let i = 0; i < 5; i += 1) {
      const agencyId = await createAgency(app, { providerCode: PROVIDER });
      voters.push(await createUserAndLogin(app, { role: 'CUSTOMER', agencyId }));
    }
    const [closing, ...votes] = await Promise.all([
      app.gql(
        RESPOND,
        { id: proposal.id, status: 'DECLINED', response: 'Out of scope.', expectedVersion: 1 },
        { token: world.manager.token },
      ),
      ...voters.map((voter) => app.gql(VOTE, { id: proposal.id }, { token: voter.token })),
    ]);
    expect(closing.errors).toBeUndefined();
    const landed = votes.filter((response) => !response.errors).length;
    for (const refused of votes.filter((response) => response.errors))
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CLOSED' });
    const after = await readProposal(app, proposal.id);
    expect(after).toMatchObject({ status: 'DECLINED', voteCount: landed });
    expect(await votesOf(proposal.id)).toBe(landed);
  });
});

describe('concurrent responses', () => {
  it('of 6 responses with the same expectedVersion exactly one wins; the others are CONFLICT', async () => {
    const proposal = await newProposal();
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        app.gql(
          RESPOND,
          { id: proposal.id, status: 'UNDER_REVIEW', response: `Answer ${i}`, expectedVersion: 1 },
          { token: i % 2 === 0 ? world.manager.token : world.admin.token },
        ),
      ),
    );
    const winners = responses.filter((response) => !response.errors);
    expect(winners).toHaveLength(1);
    for (const loser of responses.filter((response) => response.errors))
      expect(loser.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const winner = (winners[0].data as { respondToProposal: { response: string } }).respondToProposal;
    expect(await readProposal(app, proposal.id)).toMatchObject({ version: 2, response: winner.response });
    expect(
      (await auditEventsOf(app, proposal.id)).filter((event) => event.action === 'RESPOND'),
    ).toHaveLength(1);
  });
});
