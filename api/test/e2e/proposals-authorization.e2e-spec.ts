import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CREATE_PROPOSAL,
  createProposal,
  createProposalWorld,
  PROPOSAL,
  PROPOSALS,
  proposalMutation,
  readProposal,
  RESPOND,
  VOTE,
  WITHDRAW_VOTE,
  type ProposalResult,
  type ProposalWorld,
} from '../support/proposal-factory.js';
import { auditEventsOf } from '../support/catalogue-factory.js';
import type { GraphQLResponse } from '../support/test-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'PA-DK';

type Who =
  | 'anonymous'
  | 'customer of P'
  | "customer of another centre's agency"
  | 'manager of P'
  | 'manager of another provider'
  | 'admin';
type Operation =
  'proposals' | 'proposal' | 'createProposal' | 'voteForProposal' | 'withdrawVote' | 'respondToProposal';
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';

const WHO: Who[] = [
  'anonymous',
  'customer of P',
  "customer of another centre's agency",
  'manager of P',
  'manager of another provider',
  'admin',
];

/**
 * DESIGN "Who may do what" for proposals of provider P: anyone reads; customers of agencies P
 * serves propose and vote (one vote per agency); P's account managers respond; administrators do
 * all. Proposals are public, so a refusal is FORBIDDEN (nothing to hide), never NOT_FOUND.
 */
const MATRIX: Record<Operation, Record<Who, Outcome>> = {
  proposals: {
    anonymous: 'OK',
    'customer of P': 'OK',
    "customer of another centre's agency": 'OK',
    'manager of P': 'OK',
    'manager of another provider': 'OK',
    admin: 'OK',
  },
  proposal: {
    anonymous: 'OK',
    'customer of P': 'OK',
    "customer of another centre's agency": 'OK',
    'manager of P': 'OK',
    'manager of another provider': 'OK',
    admin: 'OK',
  },
  createProposal: {
    anonymous: 'UNAUTHENTICATED',
    'customer of P': 'OK',
    "customer of another centre's agency": 'FORBIDDEN',
    'manager of P': 'FORBIDDEN',
    'manager of another provider': 'FORBIDDEN',
    admin: 'OK',
  },
  voteForProposal: {
    anonymous: 'UNAUTHENTICATED',
    'customer of P': 'OK',
    "customer of another centre's agency": 'FORBIDDEN',
    'manager of P': 'FORBIDDEN',
    'manager of another provider': 'FORBIDDEN',
    admin: 'OK',
  },
  withdrawVote: {
    anonymous: 'UNAUTHENTICATED',
    'customer of P': 'OK',
    "customer of another centre's agency": 'FORBIDDEN',
    'manager of P': 'FORBIDDEN',
    'manager of another provider': 'FORBIDDEN',
    admin: 'OK',
  },
  respondToProposal: {
    anonymous: 'UNAUTHENTICATED',
    'customer of P': 'FORBIDDEN',
    "customer of another centre's agency": 'FORBIDDEN',
    'manager of P': 'OK',
    'manager of another provider': 'FORBIDDEN',
    admin: 'OK',
  },
};

let app: TestApp;
let world: ProposalWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await createProposalWorld(app, PROVIDER);
});

afterAll(async () => {
  await app?.close();
});

function tokenOf(who: Who): string | undefined {
  switch (who) {
    case 'anonymous':
      return undefined;
    case 'customer of P':
      return world.customerA.token;
    case "customer of another centre's agency":
      return world.customerB.token;
    case 'manager of P':
      return world.manager.token;
    case 'manager of another provider':
      return world.otherManager.token;
    case 'admin':
      return world.admin.token;
  }
}

/**
 * A fresh proposal of agency A2 (served by P). For withdrawVote, agency A has voted for it, so
 * that the customer of A and an administrator acting for A have a vote to withdraw.
 */
async function arrange(operation: Operation): Promise<ProposalResult> {
  const proposal = await createProposal(app, world.customerA2.token, {
    providerCode: PROVIDER,
    title: `For ${operation}`,
    description: 'A proposal to act on.',
  });
  if (operation !== 'withdrawVote') return proposal;
  return proposalMutation(app, world.customerA.token, VOTE, { id: proposal.id });
}

/** The request of `operation` on `proposal`, as `who` sends it (administrators act for agency A). */
function request(
  operation: Operation,
  proposal: ProposalResult,
  who: Who,
): Promise<GraphQLResponse<unknown>> {
  const token = tokenOf(who);
  const agencyId = who === 'admin' ? world.agencyA : undefined;
  switch (operation) {
    case 'proposals':
      return app.gql(PROPOSALS, { providerCode: PROVIDER }, { token });
    case 'proposal':
      return app.gql(PROPOSAL, { id: proposal.id }, { token });
    case 'createProposal':
      return app.gql(
        CREATE_PROPOSAL,
        { input: { providerCode: PROVIDER, agencyId, title: `By ${who}`, description: 'Please.' } },
        { token },
      );
    case 'voteForProposal':
      return app.gql(VOTE, { id: proposal.id, agencyId }, { token });
    case 'withdrawVote':
      return app.gql(WITHDRAW_VOTE, { id: proposal.id, agencyId }, { token });
    case 'respondToProposal':
      return app.gql(
        RESPOND,
        { id: proposal.id, status: 'UNDER_REVIEW', response: `Answer by ${who}`, expectedVersion: 1 },
        { token },
      );
  }
}

const CASES = (Object.keys(MATRIX) as Operation[]).flatMap((operation) =>
  WHO.map((who) => ({ operation, who, expected: MATRIX[operation][who] })),
);

describe('who may do what with proposals (every role × every operation)', () => {
  it.each(CASES)('$operation by $who → $expected', async ({ operation, who, expected }) => {
    const proposal = await arrange(operation);
    const events = (await auditEventsOf(app, proposal.id)).length;
    const response = await request(operation, proposal, who);
    if (expected === 'OK') {
      expect(response.errors).toBeUndefined();
      expect(Object.values(response.data ?? {})[0]).toBeTruthy();
      return;
    }
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual([expected]);
    // A refusal changes nothing.
    const after = await readProposal(app, proposal.id);
    expect(after).toMatchObject({
      status: proposal.status,
      version: proposal.version,
      voteCount: proposal.voteCount,
      response: null,
    });
    expect((await auditEventsOf(app, proposal.id)).length).toBe(events);
  });

  it('what an OK write did: the vote, the withdrawal and the response landed', async () => {
    const proposal = await arrange('voteForProposal');
    const voted = await request('voteForProposal', proposal, 'admin');
    expect((voted.data as { voteForProposal: ProposalResult }).voteForProposal.voteCount).toBe(1);
    const responded = await request('respondToProposal', proposal, 'manager of P');
    expect((responded.data as { respondToProposal: ProposalResult }).respondToProposal).toMatchObject({
      status: 'UNDER_REVIEW',
      response: 'Answer by manager of P',
      version: 2,
    });
  });

  it('an unknown id is NOT_FOUND for reads and writes alike', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [query, token] of [
      [PROPOSAL, undefined],
      [VOTE, world.customerA.token],
      [WITHDRAW_VOTE, world.customerA.token],
    ] as const) {
      const response = await app.gql(query, { id }, { token });
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const respond = await app.gql(
      RESPOND,
      { id, status: 'UNDER_REVIEW', response: 'x', expectedVersion: 1 },
      { token: world.manager.token },
    );
    expect(respond.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
