import { createAgency, createUserAndLogin, type SignedInTestUser } from './auth.js';
import { dataOf, smallCatalogue } from './catalogue-factory.js';
import { publishCatalogue } from './quote-factory.js';
import type { TestApp } from './test-app.js';

export const PROPOSAL_FIELDS = `id providerCode agencyName title description serviceCode status nextStatuses response
  respondedAt respondedByName voteCount myAgencyVoted createdAt updatedAt version`;

export const CREATE_PROPOSAL = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const VOTE = `mutation ($id: ID!, $agencyId: ID) { voteForProposal(id: $id, agencyId: $agencyId) { ${PROPOSAL_FIELDS} } }`;
export const WITHDRAW_VOTE = `mutation ($id: ID!, $agencyId: ID) { withdrawVote(id: $id, agencyId: $agencyId) { ${PROPOSAL_FIELDS} } }`;
export const RESPOND = `mutation ($id: ID!, $status: ProposalStatus!, $response: String!, $expectedVersion: Int!) {
  respondToProposal(id: $id, status: $status, response: $response, expectedVersion: $expectedVersion) { ${PROPOSAL_FIELDS} } }`;
export const PROPOSAL = `query ($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} } }`;
export const PROPOSALS = `query ($providerCode: String, $status: ProposalStatus, $first: Int, $after: String) {
  proposals(providerCode: $providerCode, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id title status voteCount myAgencyVoted agencyName } } } }`;

export interface ProposalResult {
  id: string;
  providerCode: string;
  agencyName: string;
  title: string;
  description: string;
  serviceCode: string | null;
  status: string;
  nextStatuses: string[];
  response: string | null;
  respondedAt: string | null;
  respondedByName: string | null;
  voteCount: number;
  myAgencyVoted: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ProposalListResult {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: {
    cursor: string;
    node: Pick<ProposalResult, 'id' | 'title' | 'status' | 'voteCount' | 'myAgencyVoted' | 'agencyName'>;
  }[];
}

/**
 * Provider P (published small catalogue: PAY-BASE, PAY-RUN) with agencies A and A2, another
 * provider O with agency B, and users of every role.
 */
export interface ProposalWorld {
  providerCode: string;
  otherProviderCode: string;
  agencyA: string;
  agencyA2: string;
  agencyB: string;
  admin: SignedInTestUser;
  customerA: SignedInTestUser;
  customerA2: SignedInTestUser;
  /** A customer of agency B, served by the other provider. */
  customerB: SignedInTestUser;
  manager: SignedInTestUser;
  otherManager: SignedInTestUser;
}

export async function createProposalWorld(testApp: TestApp, providerCode: string): Promise<ProposalWorld> {
  const otherProviderCode = `${providerCode}-X`;
  await publishCatalogue(testApp, smallCatalogue({ providerCode }));
  await publishCatalogue(testApp, smallCatalogue({ providerCode: otherProviderCode }));
  const agencyA = await createAgency(testApp, { providerCode, name: 'Agency A' });
  const agencyA2 = await createAgency(testApp, { providerCode, name: 'Agency A2' });
  const agencyB = await createAgency(testApp, { providerCode: otherProviderCode, name: 'Agency B' });
  return {
    providerCode,
    otherProviderCode,
    agencyA,
    agencyA2,
    agencyB,
    admin: await createUserAndLogin(testApp, { role: 'ADMIN', name: 'Admin' }),
    customerA: await createUserAndLogin(testApp, { role: 'CUSTOMER', agencyId: agencyA, name: 'Customer A' }),
    customerA2: await createUserAndLogin(testApp, {
      role: 'CUSTOMER',
      agencyId: agencyA2,
      name: 'Customer A2',
    }),
    customerB: await createUserAndLogin(testApp, { role: 'CUSTOMER', agencyId: agencyB, name: 'Customer B' }),
    manager: await createUserAndLogin(testApp, { role: 'ACCOUNT_MANAGER', providerCode, name: 'Manager P' }),
    otherManager: await createUserAndLogin(testApp, {
      role: 'ACCOUNT_MANAGER',
      providerCode: otherProviderCode,
      name: 'Manager O',
    }),
  };
}

/** Creates a proposal that must succeed (as a customer of A by default). */
export async function createProposal(
  testApp: TestApp,
  token: string,
  input: Record<string, unknown>,
): Promise<ProposalResult> {
  return dataOf(await testApp.gql<{ createProposal: ProposalResult }>(CREATE_PROPOSAL, { input }, { token }))
    .createProposal;
}

/** Runs a proposal mutation that must succeed and returns the proposal it answers with. */
export async function proposalMutation(
  testApp: TestApp,
  token: string,
  mutation: string,
  variables: Record<string, unknown>,
): Promise<ProposalResult> {
  const data = dataOf(await testApp.gql<Record<string, ProposalResult>>(mutation, variables, { token }));
  return Object.values(data)[0];
}

/** The proposal as an anonymous reader sees it. */
export async function readProposal(testApp: TestApp, id: string, token?: string): Promise<ProposalResult> {
  return dataOf(await testApp.gql<{ proposal: ProposalResult }>(PROPOSAL, { id }, { token })).proposal;
}
