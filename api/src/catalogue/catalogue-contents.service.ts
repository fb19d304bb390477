import { Injectable } from '@nestjs/common';
import { CatalogueLoaderFactory } from './catalogue.loader.js';
import {
  toCategoryModel,
  toDriverModel,
  toPackageItemModel,
  toPriceComponentModel,
  toServiceLevelModel,
  toServiceModel,
  toServicePackageModel,
  toTargetModel,
  toTierModel,
} from './catalogue.mappers.js';
import type { CategoryModel } from './models/category.model.js';
import type { PriceComponentModel, PriceTierModel } from './models/price-component.model.js';
import type { ServiceLevelModel, ServiceLevelTargetModel } from './models/service-level.model.js';
import type { ServicePackageItemModel, ServicePackageModel } from './models/service-package.model.js';
import type { ServiceModel } from './models/service.model.js';
import type { VolumeDriverModel } from './models/volume-driver.model.js';

/**
 * The contents of a catalogue version for the nested GraphQL fields. The parent version has
 * already passed the visibility check of the query that returned it; everything here goes through
 * the request's batched loaders.
 */
@Injectable()
export class CatalogueContentsService {
  constructor(private readonly loaders: CatalogueLoaderFactory) {}

  async categories(versionId: string, scope: object): Promise<CategoryModel[]> {
    return (await this.loaders.forRequest(scope).categories.load(versionId)).map(toCategoryModel);
  }

  async drivers(versionId: string, scope: object): Promise<VolumeDriverModel[]> {
    return (await this.loaders.forRequest(scope).drivers.load(versionId)).map(toDriverModel);
  }

  async serviceLevels(versionId: string, scope: object): Promise<ServiceLevelModel[]> {
    return (await this.loaders.forRequest(scope).serviceLevels.load(versionId)).map(toServiceLevelModel);
  }

  async targets(level: ServiceLevelModel, scope: object): Promise<ServiceLevelTargetModel[]> {
    const byLevel = await this.loaders.forRequest(scope).targets.load(level.catalogueVersionId);
    return (byLevel.get(level.id) ?? []).map(toTargetModel);
  }

  async services(versionId: string, scope: object): Promise<ServiceModel[]> {
    return (await this.loaders.forRequest(scope).services.load(versionId)).map(toServiceModel);
  }

  async priceComponents(service: ServiceModel, scope: object): Promise<PriceComponentModel[]> {
    const byService = await this.loaders.forRequest(scope).priceComponents.load(service.catalogueVersionId);
    return (byService.get(service.id) ?? []).map(toPriceComponentModel);
  }

  async tiers(component: PriceComponentModel, scope: object): Promise<PriceTierModel[]> {
    if (component.model !== 'GRADUATED' && component.model !== 'VOLUME') return [];
    const byComponent = await this.loaders.forRequest(scope).tiers.load(component.catalogueVersionId);
    return (byComponent.get(component.id) ?? []).map(toTierModel);
  }

  async servicePackages(versionId: string, scope: object): Promise<ServicePackageModel[]> {
    return (await this.loaders.forRequest(scope).servicePackages.load(versionId)).map(toServicePackageModel);
  }

  async items(servicePackage: ServicePackageModel, scope: object): Promise<ServicePackageItemModel[]> {
    const byPackage = await this.loaders
      .forRequest(scope)
      .packageItems.load(servicePackage.catalogueVersionId);
    return (byPackage.get(servicePackage.id) ?? []).map(toPackageItemModel);
  }
}
