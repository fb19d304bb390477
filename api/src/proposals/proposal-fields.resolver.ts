import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestWithActor } from '../auth/current-actor.decorator.js';
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
    @Context() context: { req?: RequestWithActor },
  ): Promise<boolean> {
    // The auth guard has set the actor on the request for the operation this field belongs to.
    return this.read.myAgencyVoted(context.req?.actor ?? null, proposal, context);
  }
}
