import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type InfiniteData,
} from '@tanstack/react-query';
import { execute } from '../../../lib/graphql/client';
import type {
  CreateProposalInput,
  ProposalCentreQuery,
  ProposalFieldsFragment,
  ProposalsQuery,
  ProposalStatus,
} from '../../../lib/graphql/generated/graphql';
import { SESSION_SCOPE } from '../../../lib/session';
import {
  CreateProposalDocument,
  ProposalCentreDocument,
  ProposalsDocument,
  RespondToProposalDocument,
  VoteForProposalDocument,
  WithdrawVoteDocument,
} from './proposal-documents';

export type Proposal = ProposalFieldsFragment;
export type ProposalCentre = ProposalCentreQuery;
/** A service of the centre's catalogue in force, as the proposals name it. */
export type ProposalService = NonNullable<ProposalCentreQuery['catalogue']>['services'][number];
export type { ProposalStatus };

export const PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  'OPEN',
  'UNDER_REVIEW',
  'PLANNED',
  'DECLINED',
  'DONE',
];

/** Proposals per page of the list. */
const PROPOSALS_PAGE_SIZE = 20;

type ProposalPages = InfiniteData<ProposalsQuery['proposals'], string | null>;

/** `myAgencyVoted` depends on who reads: every key starts with SESSION_SCOPE (see lib/session). */
const proposalKeys = {
  all: [SESSION_SCOPE, 'proposals'] as const,
  lists: (providerCode: string) => [SESSION_SCOPE, 'proposals', 'list', providerCode] as const,
  list: (providerCode: string, status: ProposalStatus | null) =>
    [SESSION_SCOPE, 'proposals', 'list', providerCode, status] as const,
  centre: (providerCode: string) => [SESSION_SCOPE, 'proposals', 'centre', providerCode] as const,
};

/** A centre's proposals, most votes first, then newest, a page at a time (Relay connection). */
export function useProposalList(providerCode: string, status: ProposalStatus | null) {
  return useInfiniteQuery({
    queryKey: proposalKeys.list(providerCode, status),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      execute(
        ProposalsDocument,
        { providerCode, status, first: PROPOSALS_PAGE_SIZE, after: pageParam },
        { signal },
      ).then((data) => data.proposals),
    getNextPageParam: (page) => (page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null),
    staleTime: 0,
  });
}

/**
 * The centre's name, its services in force (names in every language they have, so the page marks
 * a fallback's language) and the reader.
 */
export function useProposalCentre(providerCode: string) {
  return useQuery({
    queryKey: proposalKeys.centre(providerCode),
    queryFn: ({ signal }) => execute(ProposalCentreDocument, { providerCode }, { signal }),
    staleTime: 60_000,
  });
}

/**
 * After a change: the proposal shows the API's answer at once in every list that holds it, and the
 * lists are asked again (a vote may move a proposal in the order, a response out of a status filter).
 */
function useRemember(providerCode: string) {
  const queryClient = useQueryClient();
  return (proposal: Proposal) => {
    queryClient.setQueriesData<ProposalPages>({ queryKey: proposalKeys.lists(providerCode) }, (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              edges: page.edges.map((edge) =>
                edge.node.id === proposal.id ? { ...edge, node: proposal } : edge,
              ),
            })),
          }
        : data,
    );
    void queryClient.invalidateQueries({ queryKey: proposalKeys.lists(providerCode) });
  };
}

/** Asks every list of the centre again (after a refusal that says the list is out of date). */
export function useReloadProposals(providerCode: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: proposalKeys.lists(providerCode) });
}

export function useCreateProposal(providerCode: string) {
  const remember = useRemember(providerCode);
  return useMutation({
    mutationFn: (input: CreateProposalInput) =>
      execute(CreateProposalDocument, { input }).then((data) => data.createProposal),
    onSuccess: remember,
  });
}

/** Casts (`voted` false → true) or withdraws the agency's vote. */
export function useVote(providerCode: string) {
  const remember = useRemember(providerCode);
  return useMutation({
    mutationFn: ({ id, vote }: { id: string; vote: boolean }) =>
      vote
        ? execute(VoteForProposalDocument, { id }).then((data) => data.voteForProposal)
        : execute(WithdrawVoteDocument, { id }).then((data) => data.withdrawVote),
    onSuccess: remember,
  });
}

export function useRespond(providerCode: string) {
  const remember = useRemember(providerCode);
  return useMutation({
    mutationFn: (variables: {
      id: string;
      status: ProposalStatus;
      response: string;
      expectedVersion: number;
    }) => execute(RespondToProposalDocument, variables).then((data) => data.respondToProposal),
    onSuccess: remember,
  });
}
