import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { ProposalModel } from './models/proposal.model.js';
import { ProposalReadService } from './proposal-read.service.js';

/** The fields of a proposal that are loaded separately, in batches per request (no N+1). */
@Resolver(() => ProposalModel)
export class ProposalFieldsResolver {
  constructor(private readonly read: ProposalReadService) {}

  @ResolveField('agencyName', () => String, { description: 'Name of the proposing agency.' })
  agencyName(@Parent() proposal: ProposalModel, @Context() context: object): Promise<string> {
    return this.read.agencyNameOf(proposal, context);
  }

  @ResolveField('myAgencyVoted', () => Boolean, {
    description:
      "True when the signed-in customer's agency votes for the proposal; false for anyone else (anonymous, account managers, administrators).",
  })
  myAgencyVoted(
    @Parent() proposal: ProposalModel,
    @CurrentActor() actor: Actor | null,
    @Context() context: object,
  ): Promise<boolean> {
    return this.read.myAgencyVoted(actor, proposal, context);
  }
}
