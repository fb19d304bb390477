import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogueContentsService } from './catalogue-contents.service.js';
import { CatalogueReadService } from './catalogue-read.service.js';
import { CatalogueVersionModel } from './models/catalogue-version.model.js';
import { CategoryModel } from './models/category.model.js';
import { ProviderModel } from './models/provider.model.js';
import { ServiceLevelModel } from './models/service-level.model.js';
import { ServicePackageModel } from './models/service-package.model.js';
import { ServiceModel } from './models/service.model.js';
import { VolumeDriverModel } from './models/volume-driver.model.js';

/** The fields of a catalogue version that are read in batches per request. */
@Resolver(() => CatalogueVersionModel)
export class CatalogueVersionResolver {
  constructor(
    private readonly read: CatalogueReadService,
    private readonly contents: CatalogueContentsService,
  ) {}

  @ResolveField('provider', () => ProviderModel, { description: 'The centre the catalogue belongs to.' })
  provider(@Parent() version: CatalogueVersionModel, @Context() context: object): Promise<ProviderModel> {
    return this.read.providerOf(version, context);
  }

  @ResolveField('inForce', () => Boolean, {
    description: 'True when this is the version in force today (UTC).',
  })
  async inForce(@Parent() version: CatalogueVersionModel, @Context() context: object): Promise<boolean> {
    return (await this.read.stateOf(version, context)).inForce;
  }

  @ResolveField('superseded', () => Boolean, {
    description:
      'True for a published version that applied once but has been replaced by the version in force today. Derived, never stored.',
  })
  async superseded(@Parent() version: CatalogueVersionModel, @Context() context: object): Promise<boolean> {
    return (await this.read.stateOf(version, context)).superseded;
  }

  @ResolveField('categories', () => [CategoryModel], {
    description: 'Categories of the services, in catalogue order.',
  })
  categories(@Parent() version: CatalogueVersionModel, @Context() context: object): Promise<CategoryModel[]> {
    return this.contents.categories(version.id, context);
  }

  @ResolveField('drivers', () => [VolumeDriverModel], {
    description: 'Volume drivers the prices are counted in.',
  })
  drivers(
    @Parent() version: CatalogueVersionModel,
    @Context() context: object,
  ): Promise<VolumeDriverModel[]> {
    return this.contents.drivers(version.id, context);
  }

  @ResolveField('serviceLevels', () => [ServiceLevelModel], {
    description: 'Service levels, in catalogue order.',
  })
  serviceLevels(
    @Parent() version: CatalogueVersionModel,
    @Context() context: object,
  ): Promise<ServiceLevelModel[]> {
    return this.contents.serviceLevels(version.id, context);
  }

  @ResolveField('services', () => [ServiceModel], { description: 'Services, in catalogue order.' })
  services(@Parent() version: CatalogueVersionModel, @Context() context: object): Promise<ServiceModel[]> {
    return this.contents.services(version.id, context);
  }

  @ResolveField('servicePackages', () => [ServicePackageModel], {
    description: 'Service packages, in catalogue order.',
  })
  servicePackages(
    @Parent() version: CatalogueVersionModel,
    @Context() context: object,
  ): Promise<ServicePackageModel[]> {
    return this.contents.servicePackages(version.id, context);
  }
}
