import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { CatalogueContentsRepository } from './catalogue-contents.repository.js';
import { groupBy } from './catalogue-document.mapper.js';
import { CatalogueRepository } from './catalogue.repository.js';
import type { CatalogueVersionEntity } from './entities/catalogue-version.entity.js';
import { CategoryEntity } from './entities/category.entity.js';
import { PriceComponentEntity } from './entities/price-component.entity.js';
import { PriceTierEntity } from './entities/price-tier.entity.js';
import type { ProviderEntity } from './entities/provider.entity.js';
import { ServiceLevelTargetEntity } from './entities/service-level-target.entity.js';
import { ServiceLevelEntity } from './entities/service-level.entity.js';
import { ServicePackageItemEntity } from './entities/service-package-item.entity.js';
import { ServicePackageEntity } from './entities/service-package.entity.js';
import { ServiceEntity } from './entities/service.entity.js';
import type { VersionChildEntity } from './entities/version-child.entity.js';
import { VolumeDriverEntity } from './entities/volume-driver.entity.js';

/**
 * The batched reads of one GraphQL request. Each child table is read at most once per request for
 * all the versions the request touches (`WHERE catalogue_version_id IN (…)`), and grandchildren
 * (tiers, targets, items, components) are grouped by parent in memory: a whole nested catalogue
 * costs the same number of statements whatever its size.
 */
export class CatalogueLoaders {
  readonly providers: DataLoader<string, ProviderEntity | null>;
  readonly versionsOfProvider: DataLoader<string, CatalogueVersionEntity[]>;
  readonly categories: DataLoader<string, CategoryEntity[]>;
  readonly drivers: DataLoader<string, VolumeDriverEntity[]>;
  readonly serviceLevels: DataLoader<string, ServiceLevelEntity[]>;
  readonly services: DataLoader<string, ServiceEntity[]>;
  readonly servicePackages: DataLoader<string, ServicePackageEntity[]>;
  /** By version id: targets grouped by service level id. */
  readonly targets: DataLoader<string, Map<string, ServiceLevelTargetEntity[]>>;
  /** By version id: components grouped by service id. */
  readonly priceComponents: DataLoader<string, Map<string, PriceComponentEntity[]>>;
  /** By version id: tiers grouped by price component id. */
  readonly tiers: DataLoader<string, Map<string, PriceTierEntity[]>>;
  /** By version id: items grouped by service package id. */
  readonly packageItems: DataLoader<string, Map<string, ServicePackageItemEntity[]>>;

  constructor(
    repository: CatalogueRepository,
    private readonly contents: CatalogueContentsRepository,
  ) {
    this.providers = new DataLoader(async (ids) => {
      const byId = new Map((await repository.providersByIds(ids)).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.versionsOfProvider = new DataLoader(async (ids) => {
      const groups = groupBy(await repository.versionsOfProviders(ids), (row) => row.providerId);
      return ids.map((id) => groups.get(id) ?? []);
    });
    this.categories = this.byVersion(CategoryEntity);
    this.drivers = this.byVersion(VolumeDriverEntity);
    this.serviceLevels = this.byVersion(ServiceLevelEntity);
    this.services = this.byVersion(ServiceEntity);
    this.servicePackages = this.byVersion(ServicePackageEntity);
    this.targets = this.byVersionAndParent(ServiceLevelTargetEntity, (row) => row.serviceLevelId);
    this.priceComponents = this.byVersionAndParent(PriceComponentEntity, (row) => row.serviceId);
    this.tiers = this.byVersionAndParent(PriceTierEntity, (row) => row.priceComponentId);
    this.packageItems = this.byVersionAndParent(ServicePackageItemEntity, (row) => row.servicePackageId);
  }

  private byVersion<T extends VersionChildEntity & ObjectLiteral>(
    table: EntityTarget<T>,
  ): DataLoader<string, T[]> {
    return new DataLoader(async (versionIds) => {
      const groups = groupBy(await this.contents.rowsOf(table, versionIds), (row) => row.catalogueVersionId);
      return versionIds.map((id) => groups.get(id) ?? []);
    });
  }

  private byVersionAndParent<T extends VersionChildEntity & ObjectLiteral>(
    table: EntityTarget<T>,
    parentOf: (row: T) => string,
  ): DataLoader<string, Map<string, T[]>> {
    return new DataLoader(async (versionIds) => {
      const byVersion = groupBy(
        await this.contents.rowsOf(table, versionIds),
        (row) => row.catalogueVersionId,
      );
      return versionIds.map((id) => groupBy(byVersion.get(id) ?? [], parentOf));
    });
  }
}

/**
 * Hands out one {@link CatalogueLoaders} per GraphQL request. The request's context object is the
 * key (a WeakMap, so nothing outlives the request and nothing is shared between users).
 */
@Injectable()
export class CatalogueLoaderFactory {
  private readonly perRequest = new WeakMap<object, CatalogueLoaders>();

  constructor(
    private readonly repository: CatalogueRepository,
    private readonly contents: CatalogueContentsRepository,
  ) {}

  forRequest(scope: object): CatalogueLoaders {
    let loaders = this.perRequest.get(scope);
    if (!loaders) {
      loaders = new CatalogueLoaders(this.repository, this.contents);
      this.perRequest.set(scope, loaders);
    }
    return loaders;
  }
}
