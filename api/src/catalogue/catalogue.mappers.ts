import type { CatalogueVersionEntity } from './entities/catalogue-version.entity.js';
import type { CategoryEntity } from './entities/category.entity.js';
import type { PriceComponentEntity } from './entities/price-component.entity.js';
import type { PriceTierEntity } from './entities/price-tier.entity.js';
import type { ProviderEntity } from './entities/provider.entity.js';
import type { ServiceLevelTargetEntity } from './entities/service-level-target.entity.js';
import type { ServiceLevelEntity } from './entities/service-level.entity.js';
import type { ServicePackageItemEntity } from './entities/service-package-item.entity.js';
import type { ServicePackageEntity } from './entities/service-package.entity.js';
import type { ServiceEntity } from './entities/service.entity.js';
import type { VolumeDriverEntity } from './entities/volume-driver.entity.js';
import { CatalogueVersionModel, CatalogueVersionSummaryModel } from './models/catalogue-version.model.js';
import { CategoryModel } from './models/category.model.js';
import { PriceComponentModel, PriceTierModel } from './models/price-component.model.js';
import { ProviderModel } from './models/provider.model.js';
import { ServiceLevelModel, ServiceLevelTargetModel } from './models/service-level.model.js';
import { ServicePackageItemModel, ServicePackageModel } from './models/service-package.model.js';
import { ServiceModel } from './models/service.model.js';
import { VolumeDriverModel } from './models/volume-driver.model.js';

/*
 * Entities (columns) → GraphQL models (the public schema). Kept apart so neither leaks into the other.
 */

export function toProviderModel(row: ProviderEntity): ProviderModel {
  return Object.assign(new ProviderModel(), {
    id: row.id,
    code: row.code,
    name: row.name,
    country: row.country,
    locale: row.locale,
  });
}

export function toVersionModel(row: CatalogueVersionEntity): CatalogueVersionModel {
  const { id, providerId, number, status, validFrom, currency, version, publishedAt } = row;
  return Object.assign(new CatalogueVersionModel(), {
    id,
    providerId,
    number,
    status,
    validFrom,
    currency,
    version,
    publishedAt,
  });
}

export function toVersionSummary(
  row: CatalogueVersionEntity,
  inForce: boolean,
  superseded: boolean,
): CatalogueVersionSummaryModel {
  const { id, number, status, validFrom, currency } = row;
  return Object.assign(new CatalogueVersionSummaryModel(), {
    id,
    number,
    status,
    validFrom,
    currency,
    inForce,
    superseded,
  });
}

export function toCategoryModel(row: CategoryEntity): CategoryModel {
  return Object.assign(new CategoryModel(), { code: row.code, nameTranslations: row.name });
}

export function toDriverModel(row: VolumeDriverEntity): VolumeDriverModel {
  return Object.assign(new VolumeDriverModel(), {
    code: row.code,
    integer: row.integer,
    standardMeasure: row.standardMeasure,
    nameTranslations: row.name,
    unitTranslations: row.unit,
  });
}

export function toServiceLevelModel(row: ServiceLevelEntity): ServiceLevelModel {
  const { id, catalogueVersionId, code, rank, surchargePercent } = row;
  return Object.assign(new ServiceLevelModel(), {
    id,
    catalogueVersionId,
    code,
    rank,
    surchargePercent,
    nameTranslations: row.name,
  });
}

export function toTargetModel(row: ServiceLevelTargetEntity): ServiceLevelTargetModel {
  const { metric, value, unit, serviceCode } = row;
  return Object.assign(new ServiceLevelTargetModel(), {
    metric,
    value,
    unit,
    serviceCode,
    nameTranslations: row.name,
  });
}

export function toServiceModel(row: ServiceEntity): ServiceModel {
  return Object.assign(new ServiceModel(), {
    id: row.id,
    catalogueVersionId: row.catalogueVersionId,
    code: row.code,
    category: row.categoryCode,
    kind: row.kind,
    status: row.status,
    requires: row.requires,
    excludes: row.excludes,
    limits: row.limits.map((limit) => ({
      driverCode: limit.driver,
      min: limit.min ?? null,
      max: limit.max ?? null,
    })),
    responsibilities: row.responsibilities.map((entry) => ({
      party: entry.party,
      taskTranslations: entry.task,
    })),
    nameTranslations: row.name,
    descriptionTranslations: row.description,
  });
}

export function toPriceComponentModel(row: PriceComponentEntity): PriceComponentModel {
  const {
    id,
    catalogueVersionId,
    model,
    period,
    driverCode,
    amount,
    unitPrice,
    minimumCharge,
    fromYear,
    toYear,
  } = row;
  return Object.assign(new PriceComponentModel(), {
    ...{
      id,
      catalogueVersionId,
      model,
      period,
      driverCode,
      amount,
      unitPrice,
      minimumCharge,
      fromYear,
      toYear,
    },
    labelTranslations: row.label,
  });
}

export function toTierModel(row: PriceTierEntity): PriceTierModel {
  return Object.assign(new PriceTierModel(), {
    upTo: row.upTo,
    unitPrice: row.unitPrice,
    flatFee: row.flatFee,
  });
}

export function toServicePackageModel(row: ServicePackageEntity): ServicePackageModel {
  const { id, catalogueVersionId, code, serviceLevelCode, discountPercent, allowedAddOns } = row;
  return Object.assign(new ServicePackageModel(), {
    ...{ id, catalogueVersionId, code, serviceLevelCode, discountPercent, allowedAddOns },
    nameTranslations: row.name,
    descriptionTranslations: row.description,
  });
}

export function toPackageItemModel(row: ServicePackageItemEntity): ServicePackageItemModel {
  const included = Object.entries(row.included ?? {}).map(([driverCode, quantity]) => ({
    driverCode,
    quantity,
  }));
  return Object.assign(new ServicePackageItemModel(), { serviceCode: row.serviceCode, included });
}
