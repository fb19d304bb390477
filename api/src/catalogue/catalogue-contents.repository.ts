import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { TransactionService } from '../common/database/transaction.service.js';
import { CatalogueVersionEntity } from './entities/catalogue-version.entity.js';
import { CategoryEntity } from './entities/category.entity.js';
import { PriceComponentEntity } from './entities/price-component.entity.js';
import { PriceTierEntity } from './entities/price-tier.entity.js';
import { ServiceLevelTargetEntity } from './entities/service-level-target.entity.js';
import { ServiceLevelEntity } from './entities/service-level.entity.js';
import { ServicePackageItemEntity } from './entities/service-package-item.entity.js';
import { ServicePackageEntity } from './entities/service-package.entity.js';
import { ServiceEntity } from './entities/service.entity.js';
import type { VersionChildEntity } from './entities/version-child.entity.js';
import { VolumeDriverEntity } from './entities/volume-driver.entity.js';

/** Every row inside one catalogue version, table by table, each in document order. */
export interface CatalogueRows {
  categories: CategoryEntity[];
  drivers: VolumeDriverEntity[];
  serviceLevels: ServiceLevelEntity[];
  targets: ServiceLevelTargetEntity[];
  services: ServiceEntity[];
  priceComponents: PriceComponentEntity[];
  tiers: PriceTierEntity[];
  servicePackages: ServicePackageEntity[];
  packageItems: ServicePackageItemEntity[];
}

/** The tables of {@link CatalogueRows}, parents before children (the order of inserts). */
export const CONTENT_TABLES: Record<keyof CatalogueRows, EntityTarget<ObjectLiteral>> = {
  categories: CategoryEntity,
  drivers: VolumeDriverEntity,
  serviceLevels: ServiceLevelEntity,
  targets: ServiceLevelTargetEntity,
  services: ServiceEntity,
  priceComponents: PriceComponentEntity,
  tiers: PriceTierEntity,
  servicePackages: ServicePackageEntity,
  packageItems: ServicePackageItemEntity,
};

/** The version whose rows are read: its status says whether they can still change. */
export interface VersionToLoad {
  id: string;
  status: string;
}

/** What a read model takes of its version besides the rows. */
export type VersionSettings = Pick<CatalogueVersionEntity, 'currency' | 'validFrom'>;

// Rows per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters for the widest table.
const INSERT_CHUNK = 500;

/**
 * Reads and writes the contents of catalogue versions in batches: one statement per table for any
 * number of versions (`WHERE catalogue_version_id IN (…)`), multi-row INSERTs on import. Never
 * one query per row.
 */
@Injectable()
export class CatalogueContentsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionService,
  ) {}

  /** Rows of one table for the given versions, in document order within each parent. */
  rowsOf<T extends VersionChildEntity & ObjectLiteral>(
    table: EntityTarget<T>,
    versionIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<T[]> {
    return manager
      .createQueryBuilder(table, 'row')
      .where('row.catalogueVersionId IN (:...versionIds)', { versionIds: [...versionIds] })
      .orderBy('row.position', 'ASC')
      .getMany();
  }

  /**
   * Every row of one version inside the caller's transaction (`manager`): nine statements whatever
   * its size. Draft editing reads the draft it is about to rewrite this way, and draft creation the
   * version it copies. Outside a transaction, {@link loadContents}.
   */
  loadVersion(versionId: string, manager: EntityManager): Promise<CatalogueRows> {
    return this.readVersion(versionId, manager);
  }

  /**
   * A version's rows and the settings (currency, validFrom) they go with, outside any transaction.
   * A published version never changes: its rows are read as they come and its settings are
   * `version`'s. A draft is rewritten whole, settings and rows, by every edit, so it is read in one
   * snapshot, its settings again first: an edit committed between two of the statements, or after
   * `version` was read, cannot hand the reader rows of two states (price components of the old
   * rows, tiers of the new) or one edit's currency with another's rows.
   */
  async loadContents(
    version: VersionToLoad & VersionSettings,
  ): Promise<{ settings: VersionSettings; rows: CatalogueRows }> {
    if (version.status === 'PUBLISHED')
      return { settings: version, rows: await this.readVersion(version.id, this.dataSource.manager) };
    return this.transactions.snapshot(async (snapshot) => {
      // First: the snapshot is taken at this statement, so the rows below are of the same moment.
      const settings = await snapshot.findOne(CatalogueVersionEntity, {
        select: { id: true, currency: true, validFrom: true },
        where: { id: version.id },
      });
      // A draft deleted meanwhile has no rows either: the settings it was read with will do.
      return { settings: settings ?? version, rows: await this.readVersion(version.id, snapshot) };
    });
  }

  private async readVersion(versionId: string, manager: EntityManager): Promise<CatalogueRows> {
    const ids = [versionId];
    return {
      categories: await this.rowsOf(CategoryEntity, ids, manager),
      drivers: await this.rowsOf(VolumeDriverEntity, ids, manager),
      serviceLevels: await this.rowsOf(ServiceLevelEntity, ids, manager),
      targets: await this.rowsOf(ServiceLevelTargetEntity, ids, manager),
      services: await this.rowsOf(ServiceEntity, ids, manager),
      priceComponents: await this.rowsOf(PriceComponentEntity, ids, manager),
      tiers: await this.rowsOf(PriceTierEntity, ids, manager),
      servicePackages: await this.rowsOf(ServicePackageEntity, ids, manager),
      packageItems: await this.rowsOf(ServicePackageItemEntity, ids, manager),
    };
  }

  /**
   * Deletes every row inside one version (not the version itself), children before parents, one
   * statement per table — draft editing rewrites a draft's contents this way.
   */
  async deleteContents(manager: EntityManager, versionId: string): Promise<void> {
    const tables = Object.values(CONTENT_TABLES).reverse();
    for (const table of tables) {
      await manager
        .createQueryBuilder()
        .delete()
        .from(table)
        .where('catalogue_version_id = :versionId', { versionId })
        .execute();
    }
  }

  /** Inserts a version's contents inside the caller's transaction, parents first, in chunks. */
  async insert(manager: EntityManager, rows: CatalogueRows): Promise<void> {
    for (const key of Object.keys(CONTENT_TABLES) as (keyof CatalogueRows)[]) {
      const list: ObjectLiteral[] = rows[key];
      for (let start = 0; start < list.length; start += INSERT_CHUNK) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(CONTENT_TABLES[key])
          .values(list.slice(start, start + INSERT_CHUNK))
          .updateEntity(false)
          .execute();
      }
    }
  }
}
