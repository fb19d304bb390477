import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogueContentsService } from './catalogue-contents.service.js';
import { PriceComponentModel, PriceTierModel } from './models/price-component.model.js';
import { ServiceLevelModel, ServiceLevelTargetModel } from './models/service-level.model.js';
import { ServicePackageItemModel, ServicePackageModel } from './models/service-package.model.js';
import { ServiceModel } from './models/service.model.js';

/* Nested lists inside a catalogue version, each read through the request's batched loaders. */

@Resolver(() => ServiceLevelModel)
export class ServiceLevelResolver {
  constructor(private readonly contents: CatalogueContentsService) {}

  @ResolveField('targets', () => [ServiceLevelTargetModel], { description: 'What the level promises.' })
  targets(
    @Parent() level: ServiceLevelModel,
    @Context() context: object,
  ): Promise<ServiceLevelTargetModel[]> {
    return this.contents.targets(level, context);
  }
}

@Resolver(() => ServiceModel)
export class ServiceResolver {
  constructor(private readonly contents: CatalogueContentsService) {}

  @ResolveField('priceComponents', () => [PriceComponentModel], {
    description: 'How the service is charged.',
  })
  priceComponents(
    @Parent() service: ServiceModel,
    @Context() context: object,
  ): Promise<PriceComponentModel[]> {
    return this.contents.priceComponents(service, context);
  }
}

@Resolver(() => PriceComponentModel)
export class PriceComponentResolver {
  constructor(private readonly contents: CatalogueContentsService) {}

  @ResolveField('tiers', () => [PriceTierModel], {
    description: 'Tiers of a GRADUATED or VOLUME component, by ascending upTo; empty for FLAT and PER_UNIT.',
  })
  tiers(@Parent() component: PriceComponentModel, @Context() context: object): Promise<PriceTierModel[]> {
    return this.contents.tiers(component, context);
  }
}

@Resolver(() => ServicePackageModel)
export class ServicePackageResolver {
  constructor(private readonly contents: CatalogueContentsService) {}

  @ResolveField('items', () => [ServicePackageItemModel], { description: 'The services in the package.' })
  items(
    @Parent() servicePackage: ServicePackageModel,
    @Context() context: object,
  ): Promise<ServicePackageItemModel[]> {
    return this.contents.items(servicePackage, context);
  }
}

export const CatalogueContentsResolvers = [
  ServiceLevelResolver,
  ServiceResolver,
  PriceComponentResolver,
  ServicePackageResolver,
];
