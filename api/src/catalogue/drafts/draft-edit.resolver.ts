import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { CatalogueDraftCreateService } from './catalogue-draft-create.service.js';
import { CatalogueDraftItemsService } from './catalogue-draft-items.service.js';
import {
  ProviderCodeArgs,
  RemoveDraftItemArgs,
  UpdateCatalogueVersionSettingsArgs,
  UpsertCategoryArgs,
  UpsertServiceArgs,
  UpsertServiceLevelArgs,
  UpsertServicePackageArgs,
  UpsertVolumeDriverArgs,
} from '../dto/draft-edit.args.js';
import { CatalogueVersionModel } from '../models/catalogue-version.model.js';

const EDIT =
  'Returns the draft with its new `version`. Refused with CONFLICT when the version is published or when someone else changed the draft since `expectedVersion`; with BAD_USER_INPUT (every error at its document path in extensions.errors, extensions.field at the input) when the resulting catalogue would be invalid. Nothing is saved then.';
const UPSERT = `Creates the item, or replaces the one with the same code whole (in its place). ${EDIT}`;
const REMOVE = `Removes the item; refused when anything still refers to it (BAD_USER_INPUT listing the references). ${EDIT}`;

/** Starting and editing a draft catalogue version: account managers of the centre and administrators. */
@Resolver(() => CatalogueVersionModel)
export class DraftEditResolver {
  constructor(
    private readonly creator: CatalogueDraftCreateService,
    private readonly items: CatalogueDraftItemsService,
  ) {}

  @Mutation(() => CatalogueVersionModel, {
    description:
      "Starts a DRAFT as a deep copy of the provider's latest version (numbered after it). CONFLICT when the provider already has a draft.",
  })
  createDraft(
    @Args() args: ProviderCodeArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueVersionModel> {
    return this.creator.createDraft(actor, args.providerCode);
  }

  @Mutation(() => CatalogueVersionModel, {
    description: `Changes the draft's validFrom and currency. ${EDIT}`,
  })
  updateCatalogueVersionSettings(
    @Args() args: UpdateCatalogueVersionSettingsArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueVersionModel> {
    return this.items.updateSettings(actor, args, args.input);
  }

  @Mutation(() => CatalogueVersionModel, { description: `A category of a draft. ${UPSERT}` })
  upsertCategory(
    @Args() args: UpsertCategoryArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueVersionModel> {
    return this.items.upsertCategory(actor, args, args.input);
  }

  @Mutation(() => CatalogueVersionModel, { description: `Removes a category of a draft. ${REMOVE}` })
  removeCategory(
    @Args() args: RemoveDraftItemArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueVersionModel> {
    return this.items.remove(actor, args, 'CATEGORY');
  }

  @Mutation(() => CatalogueVersionModel, { description: `A volume driver of a draft. ${UPSERT}` })
  upsertVolumeDriver(
    @Args() args: UpsertVolumeDriverArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueVersionModel> {
    return this.items.upsertVolumeDriver(actor, args, args.input);
  }

  @Mutation(() => CatalogueVersionModel, { description: `Removes a volume driver of a draft. ${REMOVE}` })
  removeVolumeDriver(
    @Args() args: RemoveDraftItemArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueVersionModel> {
    return this.items.remove(actor, args, 'VOLUME_DRIVER');
  }

  @Mutation(() => CatalogueVersionModel, {
    description: `A service level of a draft, with its targets. ${UPSERT}`,
  })
  upsertServiceLevel(
    @Args() args: UpsertServiceLevelArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueVersionModel> {
    return this.items.upsertServiceLevel(actor, args, args.input);
  }

  @Mutation(() => CatalogueVersionModel, { description: `Removes a service level of a draft. ${REMOVE}` })
  removeServiceLevel(
    @Args() args: RemoveDraftItemArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueVersionModel> {
    return this.items.remove(actor, args, 'SERVICE_LEVEL');
  }

  @Mutation(() => CatalogueVersionModel, {
    description: `A service of a draft with its price components and tiers, rules, limits and responsibilities. ${UPSERT}`,
  })
  upsertService(
    @Args() args: UpsertServiceArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueVersionModel> {
    return this.items.upsertService(actor, args, args.input);
  }

  @Mutation(() => CatalogueVersionModel, { description: `Removes a service of a draft. ${REMOVE}` })
  removeService(
    @Args() args: RemoveDraftItemArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueVersionModel> {
    return this.items.remove(actor, args, 'SERVICE');
  }

  @Mutation(() => CatalogueVersionModel, {
    description: `A service package of a draft with its items, included quantities, discount and allowed add-ons. ${UPSERT}`,
  })
  upsertServicePackage(
    @Args() args: UpsertServicePackageArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueVersionModel> {
    return this.items.upsertServicePackage(actor, args, args.input);
  }

  @Mutation(() => CatalogueVersionModel, { description: `Removes a service package of a draft. ${REMOVE}` })
  removeServicePackage(
    @Args() args: RemoveDraftItemArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueVersionModel> {
    return this.items.remove(actor, args, 'SERVICE_PACKAGE');
  }
}
