import { withDefaults, type CatalogueDocument } from '@servicekatalog/shared';
import type { CatalogueRows } from '../catalogue-contents.repository.js';
import { groupBy, rowsToDocument } from '../catalogue-document.mapper.js';
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
} from '../catalogue.mappers.js';
import type { CatalogueVersionEntity } from '../entities/catalogue-version.entity.js';
import type { ProviderEntity } from '../entities/provider.entity.js';
import type { CategoryModel } from '../models/category.model.js';
import type { ServiceLevelModel } from '../models/service-level.model.js';
import type { ServicePackageModel } from '../models/service-package.model.js';
import type { ServiceModel } from '../models/service.model.js';
import type { VolumeDriverModel } from '../models/volume-driver.model.js';

/**
 * Everything the catalogue GraphQL types and `exportCatalogue` need of one version, as plain
 * objects: the nested lists (targets, price components, tiers, items) are properties, so GraphQL
 * reads them with its default resolvers. Built in one pass from the version's rows; for a
 * PUBLISHED version it is built once per process and shared, so it is frozen.
 */
export interface CatalogueReadModel {
  categories: readonly CategoryModel[];
  drivers: readonly VolumeDriverModel[];
  serviceLevels: readonly ServiceLevelModel[];
  services: readonly ServiceModel[];
  servicePackages: readonly ServicePackageModel[];
  /** The version as a catalogue document in canonical form (the export). */
  document: CatalogueDocument;
}

export function buildReadModel(
  provider: ProviderEntity,
  version: Pick<CatalogueVersionEntity, 'currency' | 'validFrom'>,
  rows: CatalogueRows,
): CatalogueReadModel {
  const targets = groupBy(rows.targets, (row) => row.serviceLevelId);
  const components = groupBy(rows.priceComponents, (row) => row.serviceId);
  const tiers = groupBy(rows.tiers, (row) => row.priceComponentId);
  const items = groupBy(rows.packageItems, (row) => row.servicePackageId);
  return {
    categories: rows.categories.map(toCategoryModel),
    drivers: rows.drivers.map(toDriverModel),
    serviceLevels: rows.serviceLevels.map((row) =>
      Object.assign(toServiceLevelModel(row), { targets: (targets.get(row.id) ?? []).map(toTargetModel) }),
    ),
    services: rows.services.map((row) =>
      Object.assign(toServiceModel(row), {
        priceComponents: (components.get(row.id) ?? []).map((component) =>
          Object.assign(toPriceComponentModel(component), {
            tiers: hasTiers(component.model) ? (tiers.get(component.id) ?? []).map(toTierModel) : [],
          }),
        ),
      }),
    ),
    servicePackages: rows.servicePackages.map((row) =>
      Object.assign(toServicePackageModel(row), { items: (items.get(row.id) ?? []).map(toPackageItemModel) }),
    ),
    document: withDefaults(rowsToDocument(provider, version, rows)),
  };
}

function hasTiers(model: string): boolean {
  return model === 'GRADUATED' || model === 'VOLUME';
}

/** Freezes a shared read model all the way down: a reader that tried to change it would throw. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}
