import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.arg.js';
import { IdempotencyService } from '../common/idempotency/idempotency.service.js';
import type { ConnectionShape } from '../common/graphql/paging.js';
import { CreateProposalInput } from './dto/create-proposal.input.js';
import { ProposalsArgs, ProposalVoteArgs, RespondToProposalArgs } from './dto/proposal.args.js';
import { ProposalConnection, ProposalModel } from './models/proposal.model.js';
import { ProposalReadService } from './proposal-read.service.js';
import { ProposalVoteService } from './proposal-vote.service.js';
import { ProposalWriteService } from './proposal-write.service.js';

/**
 * Customer proposals. Reading is public; who may write is decided by the services
 * (proposal.policy.ts): anonymous → UNAUTHENTICATED, a signed-in caller without the right → FORBIDDEN.
 */
@Resolver(() => ProposalModel)
export class ProposalResolver {
  constructor(
    private readonly read: ProposalReadService,
    private readonly writing: ProposalWriteService,
    private readonly votes: ProposalVoteService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Query(() => ProposalConnection, {
    description:
      'Proposals, public: the most votes first, then the newest (ties by id). The cursor holds (votes, created, id), so paging is stable while proposals are added; a proposal whose vote count changes between two pages moves and may be shown twice or skipped.',
  })
  proposals(@Args() args: ProposalsArgs): Promise<ConnectionShape<ProposalModel>> {
    return this.read.proposals(args);
  }

  @Query(() => ProposalModel, {
    nullable: true,
    description: 'One proposal, public; NOT_FOUND when there is none with this id.',
  })
  async proposal(
    @Args('id', { type: () => ID, description: 'Id of the proposal.' }) id: string,
  ): Promise<ProposalModel> {
    return ProposalModel.from(await this.read.proposal(id));
  }

  @Mutation(() => ProposalModel, {
    description:
      'Makes an OPEN proposal to a centre: customers for their own agency, to the centre that serves it (another centre: FORBIDDEN); administrators name the agency.',
  })
  async createProposal(
    @Args('input') input: CreateProposalInput,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor | null,
  ): Promise<ProposalModel> {
    const request = { actor, key, operation: 'createProposal', args: { input } };
    return ProposalModel.from(await this.idempotency.run(request, () => this.writing.create(actor, input)));
  }

  @Mutation(() => ProposalModel, {
    description:
      "The agency's vote for a proposal of the centre that serves it; one vote per agency (a second is CONFLICT, reason ALREADY_VOTED). A DECLINED or DONE proposal takes no votes (CONFLICT, reason CLOSED).",
  })
  async voteForProposal(
    @Args() { id, agencyId }: ProposalVoteArgs,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor | null,
  ): Promise<ProposalModel> {
    const request = { actor, key, operation: 'voteForProposal', args: { id, agencyId } };
    return ProposalModel.from(
      await this.idempotency.run(request, () => this.votes.vote(actor, id, agencyId)),
    );
  }

  @Mutation(() => ProposalModel, {
    description:
      "Withdraws the agency's vote (none: CONFLICT, reason NOT_VOTED). Not on a DECLINED or DONE proposal (CONFLICT, reason CLOSED).",
  })
  async withdrawVote(
    @Args() { id, agencyId }: ProposalVoteArgs,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor | null,
  ): Promise<ProposalModel> {
    const request = { actor, key, operation: 'withdrawVote', args: { id, agencyId } };
    return ProposalModel.from(
      await this.idempotency.run(request, () => this.votes.withdraw(actor, id, agencyId)),
    );
  }

  @Mutation(() => ProposalModel, {
    description:
      "The centre's response: a new status (a move ProposalStatus allows, else CONFLICT with reason MOVE_NOT_ALLOWED) and the response text. Account managers of the proposal's centre and administrators.",
  })
  async respondToProposal(
    @Args() args: RespondToProposalArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<ProposalModel> {
    return ProposalModel.from(await this.writing.respond(actor, args));
  }
}
