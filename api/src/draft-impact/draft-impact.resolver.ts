import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { DraftImpactService } from './draft-impact.service.js';
import { ProviderCodeArgs } from '../catalogue/dto/draft-edit.args.js';
import { QuoteImpactModel } from './models/quote-impact.model.js';

@Resolver(() => QuoteImpactModel)
export class DraftImpactResolver {
  constructor(private readonly impact: DraftImpactService) {}

  @Query(() => [QuoteImpactModel], {
    description:
      "Every open quote (DRAFT or SUBMITTED) of the provider's agencies re-priced against its draft: first-year and contract totals as offered, against the draft, and the difference; by agency name and reference. The provider's account managers and administrators; NOT_FOUND when there is no draft.",
  })
  draftImpact(
    @Args() args: ProviderCodeArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<QuoteImpactModel[]> {
    return this.impact.draftImpact(actor, args.providerCode);
  }
}
