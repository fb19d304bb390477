import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { insertRows } from '../common/persistence/insert-row.js';
import { updateVersioned } from '../common/persistence/versioned-update.js';
import { CatalogueErrors } from './catalogue.errors.js';
import { CatalogueVersionEntity } from './entities/catalogue-version.entity.js';
import { ProviderEntity } from './entities/provider.entity.js';

/**
 * Queries on providers and catalogue versions; no decisions. Methods that take an entity manager
 * run inside the caller's transaction, the others on the default connection.
 */
/** Drafts are the only versions that change; a published version never does (DESIGN). */
const STILL_A_DRAFT = { where: 'status = :draft', parameters: { draft: 'DRAFT' } };

@Injectable()
export class CatalogueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listProviders(): Promise<ProviderEntity[]> {
    return this.dataSource.manager.find(ProviderEntity, { order: { code: 'ASC' } });
  }

  providersByIds(ids: readonly string[]): Promise<ProviderEntity[]> {
    return this.dataSource.manager.findBy(ProviderEntity, { id: In([...ids]) });
  }

  findProviderById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProviderEntity | null> {
    return manager.findOneBy(ProviderEntity, { id });
  }

  findProviderByCode(
    code: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProviderEntity | null> {
    return manager.findOneBy(ProviderEntity, { code });
  }

  /** Every version of the providers, by provider then number. */
  versionsOfProviders(providerIds: readonly string[]): Promise<CatalogueVersionEntity[]> {
    return this.dataSource.manager.find(CatalogueVersionEntity, {
      where: { providerId: In([...providerIds]) },
      order: { providerId: 'ASC', number: 'ASC' },
    });
  }

  /** Every PUBLISHED version of every provider, by provider then number (the in-memory index). */
  publishedVersions(): Promise<CatalogueVersionEntity[]> {
    return this.dataSource.manager.find(CatalogueVersionEntity, {
      where: { status: 'PUBLISHED' },
      order: { providerId: 'ASC', number: 'ASC' },
    });
  }

  findVersionById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CatalogueVersionEntity | null> {
    return manager.findOneBy(CatalogueVersionEntity, { id });
  }

  findVersionByNumber(providerId: string, number: number): Promise<CatalogueVersionEntity | null> {
    return this.dataSource.manager.findOneBy(CatalogueVersionEntity, { providerId, number });
  }

  findDraft(manager: EntityManager, providerId: string): Promise<CatalogueVersionEntity | null> {
    return manager.findOneBy(CatalogueVersionEntity, { providerId, status: 'DRAFT' });
  }

  async highestNumber(manager: EntityManager, providerId: string): Promise<number> {
    const row = await manager
      .createQueryBuilder(CatalogueVersionEntity, 'version')
      .select('MAX(version.number)', 'highest')
      .where('version.providerId = :providerId', { providerId })
      .getRawOne<{ highest: number | string | null }>();
    return Number(row?.highest ?? 0);
  }

  async insertProvider(manager: EntityManager, row: ProviderEntity): Promise<void> {
    await insertRows(manager, ProviderEntity, row);
  }

  async insertVersion(manager: EntityManager, row: CatalogueVersionEntity): Promise<void> {
    await insertRows(manager, CatalogueVersionEntity, row);
  }

  /**
   * Deletes a version if it is still a DRAFT (checked in the DELETE itself, so a concurrent publish
   * wins); its contents go with it (ON DELETE CASCADE). Returns the rows deleted (0 or 1).
   */
  async deleteDraft(manager: EntityManager, id: string): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(CatalogueVersionEntity)
      .where('id = :id AND status = :draft', { id, draft: 'DRAFT' })
      .execute();
    return result.affected ?? 0;
  }

  /**
   * Publishes a draft if, and only if, it is still a DRAFT at `expectedVersion`: the check is in the
   * UPDATE itself, so a concurrent change makes it touch no row: STALE_VERSION.
   */
  async markPublished(
    manager: EntityManager,
    change: { id: string; expectedVersion: number; validFrom: string; publishedAt: Date },
  ): Promise<void> {
    await updateVersioned(manager, {
      entity: CatalogueVersionEntity,
      id: change.id,
      expectedVersion: change.expectedVersion,
      changes: { status: 'PUBLISHED', validFrom: change.validFrom, publishedAt: change.publishedAt },
      also: STILL_A_DRAFT,
      stale: CatalogueErrors.staleVersion,
    });
  }

  // ---- Drafts: a new draft starts from the provider's latest version; edits are version-checked. ----

  /** The provider's version with the highest number, whatever its status; null when it has none. */
  latestVersion(manager: EntityManager, providerId: string): Promise<CatalogueVersionEntity | null> {
    return manager.findOne(CatalogueVersionEntity, { where: { providerId }, order: { number: 'DESC' } });
  }

  /**
   * Records an edit of a draft: sets its validFrom and currency and bumps its version if, and only
   * if, it is still a DRAFT at `expectedVersion` — the optimistic-locking check is in the UPDATE
   * itself, which also makes concurrent edits of one draft queue on its row in PostgreSQL.
   * Otherwise the draft moved on meanwhile: STALE_VERSION.
   */
  async updateDraft(
    manager: EntityManager,
    change: { id: string; expectedVersion: number; validFrom: string | null; currency: string },
  ): Promise<void> {
    await updateVersioned(manager, {
      entity: CatalogueVersionEntity,
      id: change.id,
      expectedVersion: change.expectedVersion,
      changes: { validFrom: change.validFrom, currency: change.currency },
      also: STILL_A_DRAFT,
      stale: () => CatalogueErrors.draftChanged(change.expectedVersion),
    });
  }

  // ---- Version lookups in ONE statement each (pricing and re-pricing read them per request). ----

  /**
   * The provider with this code and all its versions (a LEFT JOIN: one statement, and a provider
   * without versions still comes back); null when no provider has the code.
   */
  async providerWithVersions(code: string): Promise<ProviderWithVersions | null> {
    const row = await this.dataSource.manager
      .createQueryBuilder(ProviderEntity, 'provider')
      .leftJoinAndMapMany(
        'provider.versions',
        CatalogueVersionEntity,
        'version',
        'version.providerId = provider.id',
      )
      .where('provider.code = :code', { code })
      .getOne();
    return row
      ? {
          provider: row,
          versions: (row as ProviderEntity & { versions?: CatalogueVersionEntity[] }).versions ?? [],
        }
      : null;
  }

  /** One version by id with its provider (an INNER JOIN: one statement); null when there is none. */
  async versionWithProvider(
    id: string,
  ): Promise<{ provider: ProviderEntity; version: CatalogueVersionEntity } | null> {
    const row = await this.dataSource.manager
      .createQueryBuilder(CatalogueVersionEntity, 'version')
      .innerJoinAndMapOne('version.provider', ProviderEntity, 'provider', 'provider.id = version.providerId')
      .where('version.id = :id', { id })
      .getOne();
    const provider = (row as (CatalogueVersionEntity & { provider?: ProviderEntity }) | null)?.provider;
    return row && provider ? { provider, version: row } : null;
  }
}

/** A provider and every version of it (for {@link CatalogueRepository.providerWithVersions}). */
export interface ProviderWithVersions {
  provider: ProviderEntity;
  versions: CatalogueVersionEntity[];
}
