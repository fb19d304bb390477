import { graphql } from '../../../lib/graphql/generated';

/** Everything the proposals page shows of a proposal; the mutations answer with the same. */
graphql(`
  fragment ProposalFields on Proposal {
    id
    providerCode
    agencyName
    title
    description
    serviceCode
    status
    nextStatuses
    response
    respondedAt
    respondedByName
    voteCount
    myAgencyVoted
    createdAt
    version
  }
`);

export const ProposalsDocument = graphql(`
  query Proposals($providerCode: String, $status: ProposalStatus, $first: Int, $after: String) {
    proposals(providerCode: $providerCode, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ProposalFields
        }
      }
    }
  }
`);

/** The centre (its name, the services of its catalogue in force) and who is reading. */
export const ProposalCentreDocument = graphql(`
  query ProposalCentre($providerCode: String!) {
    providers {
      code
      name
      locale
    }
    catalogue(providerCode: $providerCode) {
      services {
        code
        nameTranslations
      }
    }
    me {
      id
      role
      providerCode
      agency {
        id
        providerCode
      }
    }
  }
`);

export const CreateProposalDocument = graphql(`
  mutation CreateProposal($input: CreateProposalInput!, $idempotencyKey: String) {
    createProposal(input: $input, idempotencyKey: $idempotencyKey) {
      ...ProposalFields
    }
  }
`);

export const VoteForProposalDocument = graphql(`
  mutation VoteForProposal($id: ID!, $idempotencyKey: String) {
    voteForProposal(id: $id, idempotencyKey: $idempotencyKey) {
      ...ProposalFields
    }
  }
`);

export const WithdrawVoteDocument = graphql(`
  mutation WithdrawVote($id: ID!, $idempotencyKey: String) {
    withdrawVote(id: $id, idempotencyKey: $idempotencyKey) {
      ...ProposalFields
    }
  }
`);

export const RespondToProposalDocument = graphql(`
  mutation RespondToProposal($id: ID!, $status: ProposalStatus!, $response: String!, $expectedVersion: Int!) {
    respondToProposal(id: $id, status: $status, response: $response, expectedVersion: $expectedVersion) {
      ...ProposalFields
    }
  }
`);
