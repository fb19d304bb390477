import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { CatalogueDiffService } from './catalogue-diff.service.js';
import { CatalogueDiffArgs } from '../dto/catalogue-diff.args.js';
import { CatalogueDiffModel } from '../models/catalogue-diff.model.js';

@Resolver(() => CatalogueDiffModel)
export class CatalogueDiffResolver {
  constructor(private readonly diffs: CatalogueDiffService) {}

  @Query(() => CatalogueDiffModel, {
    description:
      "What changes from version `from` to version `to` of a provider's catalogue: services, price components, service levels, packages, categories, drivers and settings added, removed or changed, with before and after values. Drafts only for the centre's managers and administrators (NOT_FOUND otherwise).",
  })
  catalogueDiff(
    @Args() args: CatalogueDiffArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueDiffModel> {
    return this.diffs.diff(actor, args.providerCode, args.from, args.to);
  }
}
