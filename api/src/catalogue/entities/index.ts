import { CatalogueVersionEntity } from './catalogue-version.entity.js';
import { CategoryEntity } from './category.entity.js';
import { PriceComponentEntity } from './price-component.entity.js';
import { PriceTierEntity } from './price-tier.entity.js';
import { ProviderEntity } from './provider.entity.js';
import { ServiceLevelTargetEntity } from './service-level-target.entity.js';
import { ServiceLevelEntity } from './service-level.entity.js';
import { ServicePackageItemEntity } from './service-package-item.entity.js';
import { ServicePackageEntity } from './service-package.entity.js';
import { ServiceEntity } from './service.entity.js';
import { VolumeDriverEntity } from './volume-driver.entity.js';

/** Every entity of the catalogue domain, for TypeOrmModule.forFeature. */
export const CATALOGUE_ENTITIES = [
  ProviderEntity,
  CatalogueVersionEntity,
  CategoryEntity,
  VolumeDriverEntity,
  ServiceLevelEntity,
  ServiceLevelTargetEntity,
  ServiceEntity,
  PriceComponentEntity,
  PriceTierEntity,
  ServicePackageEntity,
  ServicePackageItemEntity,
];
