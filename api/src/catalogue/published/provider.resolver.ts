import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { CatalogueReadService } from './catalogue-read.service.js';
import { CatalogueVersionSummaryModel } from '../models/catalogue-version.model.js';
import { ProviderModel } from '../models/provider.model.js';

@Resolver(() => ProviderModel)
export class ProviderResolver {
  constructor(private readonly read: CatalogueReadService) {}

  @Query(() => [ProviderModel], { description: 'Every shared service centre, by code.' })
  providers(): Promise<ProviderModel[]> {
    return this.read.providers();
  }

  @ResolveField('versions', () => [CatalogueVersionSummaryModel], {
    description:
      "The centre's catalogue versions by number; drafts only for its account managers and administrators.",
  })
  versions(
    @Parent() provider: ProviderModel,
    @CurrentActor() actor: Actor | null,
    @Context() context: object,
  ): Promise<CatalogueVersionSummaryModel[]> {
    return this.read.versionsOf(actor, provider, context);
  }
}
