import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogueContentsService } from './catalogue-contents.service.js';
import { CatalogueReadService } from './catalogue-read.service.js';
import type { CatalogueReadModel } from './catalogue-read-model.js';
import { BenchmarkPackagesModel } from '../models/benchmark-packages.model.js';
import { CatalogueVersionModel } from '../models/catalogue-version.model.js';
import { CategoryModel } from '../models/category.model.js';
import { ProviderModel } from '../models/provider.model.js';
import { ServiceLevelModel } from '../models/service-level.model.js';
import { ServicePackageModel } from '../models/service-package.model.js';
import { ServiceModel } from '../models/service.model.js';
import { VolumeDriverModel } from '../models/volume-driver.model.js';

/**
 * The fields of a catalogue version. Its contents come from the version's read model (from memory
 * for a published version); everything below them is plain properties read by default resolvers.
 */
@Resolver(() => CatalogueVersionModel)
export class CatalogueVersionResolver {
  constructor(
    private readonly read: CatalogueReadService,
    private readonly contents: CatalogueContentsService,
  ) {}

  @ResolveField('provider', () => ProviderModel, { description: 'The centre the catalogue belongs to.' })
  provider(@Parent() version: CatalogueVersionModel): Promise<ProviderModel> {
    return this.read.providerOf(version);
  }

  @ResolveField('inForce', () => Boolean, {
    description: 'True when this is the version in force today (UTC).',
  })
  async inForce(@Parent() version: CatalogueVersionModel): Promise<boolean> {
    return (await this.read.stateOf(version)).inForce;
  }

  @ResolveField('superseded', () => Boolean, {
    description:
      'True for a published version that applied once but has been replaced by the version in force today. Derived, never stored.',
  })
  async superseded(@Parent() version: CatalogueVersionModel): Promise<boolean> {
    return (await this.read.stateOf(version)).superseded;
  }

  @ResolveField('categories', () => [CategoryModel], {
    description: 'Categories of the services, in catalogue order.',
  })
  categories(
    @Parent() version: CatalogueVersionModel,
    @Context() context: object,
  ): Promise<readonly CategoryModel[]> {
    return this.part(version, context, (model) => model.categories);
  }

  @ResolveField('drivers', () => [VolumeDriverModel], {
    description: 'Volume drivers the prices are counted in.',
  })
  drivers(
    @Parent() version: CatalogueVersionModel,
    @Context() context: object,
  ): Promise<readonly VolumeDriverModel[]> {
    return this.part(version, context, (model) => model.drivers);
  }

  @ResolveField('serviceLevels', () => [ServiceLevelModel], {
    description: 'Service levels, in catalogue order.',
  })
  serviceLevels(
    @Parent() version: CatalogueVersionModel,
    @Context() context: object,
  ): Promise<readonly ServiceLevelModel[]> {
    return this.part(version, context, (model) => model.serviceLevels);
  }

  @ResolveField('services', () => [ServiceModel], { description: 'Services, in catalogue order.' })
  services(
    @Parent() version: CatalogueVersionModel,
    @Context() context: object,
  ): Promise<readonly ServiceModel[]> {
    return this.part(version, context, (model) => model.services);
  }

  @ResolveField('servicePackages', () => [ServicePackageModel], {
    description: 'Service packages, in catalogue order.',
  })
  servicePackages(
    @Parent() version: CatalogueVersionModel,
    @Context() context: object,
  ): Promise<readonly ServicePackageModel[]> {
    return this.part(version, context, (model) => model.servicePackages);
  }

  @ResolveField('benchmarkPackages', () => BenchmarkPackagesModel, {
    nullable: true,
    description: 'The packages the Nordic price benchmark prices; null when the catalogue offers none.',
  })
  benchmarkPackages(
    @Parent() version: CatalogueVersionModel,
    @Context() context: object,
  ): Promise<BenchmarkPackagesModel | null> {
    return this.part(
      version,
      context,
      (model) => model.document.benchmarkPackages ?? null,
    ) as Promise<BenchmarkPackagesModel | null>;
  }

  private async part<T>(
    version: CatalogueVersionModel,
    context: object,
    pick: (model: CatalogueReadModel) => T,
  ): Promise<T> {
    return pick(await this.contents.readModelOf(version, context));
  }
}
