import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { AgreementImpactService } from './agreement-impact.service.js';
import { DraftImpactService } from './draft-impact.service.js';
import { ProviderCodeArgs } from '../catalogue/dto/draft-edit.args.js';
import { AgreementImpactModel } from './models/agreement-impact.model.js';
import { QuoteImpactModel } from './models/quote-impact.model.js';

@Resolver(() => QuoteImpactModel)
export class DraftImpactResolver {
  constructor(
    private readonly impact: DraftImpactService,
    private readonly agreements: AgreementImpactService,
  ) {}

  @Query(() => [QuoteImpactModel], {
    description:
      "Every open quote (DRAFT or SUBMITTED) of the provider's agencies starting on or after the draft's validFrom (today when it has none), re-priced against its draft: first-year and contract totals as offered, against the draft, and the difference; by agency name and reference. The provider's account managers and administrators; NOT_FOUND when there is no draft.",
  })
  draftImpact(
    @Args() args: ProviderCodeArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<QuoteImpactModel[]> {
    return this.impact.draftImpact(actor, args.providerCode);
  }

  @Query(() => [AgreementImpactModel], {
    description:
      "The draft impact on agreements: every agreement of the provider, not terminated, whose renewal date (endDate + 1) is on or after the draft's validFrom (today when it has none), its renewal priced under the version otherwise in force then and under the draft, and the difference; by agency name and reference. Who may ask: as draftImpact.",
  })
  draftAgreementImpact(
    @Args() args: ProviderCodeArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<AgreementImpactModel[]> {
    return this.agreements.agreementImpact(actor, args.providerCode);
  }
}
