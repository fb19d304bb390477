import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { CatalogueContentsRepository } from '../catalogue-contents.repository.js';
import { buildReadModel, deepFreeze, type CatalogueReadModel } from './catalogue-read-model.js';
import { CatalogueRepository } from '../catalogue.repository.js';
import type { CatalogueVersionEntity } from '../entities/catalogue-version.entity.js';
import type { ProviderEntity } from '../entities/provider.entity.js';
import type { ServiceModel } from '../models/service.model.js';
import type { VolumeDriverModel } from '../models/volume-driver.model.js';
import { PublishedCatalogues } from './published-catalogues.js';

/** Published versions whose read model is kept; beyond this the least recently used one is dropped. */
export const READ_MODEL_CACHE_SIZE = 20;

/** A version whose contents are wanted, with its provider (for the document's provider details). */
export interface VersionOfProvider {
  provider: ProviderEntity;
  version: Pick<CatalogueVersionEntity, 'id' | 'currency' | 'validFrom'> & { status: string };
}

/**
 * The contents of catalogue versions as {@link CatalogueReadModel}s: nine statements whatever the
 * version's size. A PUBLISHED version never changes (DESIGN), so its read model is built once per
 * process and kept in a bounded LRU by version id; concurrent first readers share one build. A
 * draft changes, so its read model is built afresh for every request (`scope`, the request's
 * context object) and never shared.
 */
@Injectable()
export class CatalogueContentsService {
  private readonly published = new LRUCache<string, CatalogueReadModel, VersionOfProvider>({
    max: READ_MODEL_CACHE_SIZE,
    fetchMethod: async (_id, _stale, { context }) => deepFreeze(await this.build(context)),
  });
  private readonly drafts = new WeakMap<object, Map<string, Promise<CatalogueReadModel>>>();

  constructor(
    private readonly contents: CatalogueContentsRepository,
    private readonly catalogues: CatalogueRepository,
    private readonly publishedCatalogues: PublishedCatalogues,
  ) {}

  /** The read model of a version: from memory when it is published, else built for this request. */
  readModel(found: VersionOfProvider, scope: object = {}): Promise<CatalogueReadModel> {
    if (found.version.status === 'PUBLISHED')
      return this.published.forceFetch(found.version.id, { context: found });
    let perRequest = this.drafts.get(scope);
    if (!perRequest) {
      perRequest = new Map();
      this.drafts.set(scope, perRequest);
    }
    let building = perRequest.get(found.version.id);
    if (!building) {
      building = this.build(found);
      perRequest.set(found.version.id, building);
    }
    return building;
  }

  /** The read model of a version known by its provider id (the parent of the GraphQL fields). */
  async readModelOf(
    version: VersionOfProvider['version'] & { providerId: string },
    scope: object,
  ): Promise<CatalogueReadModel> {
    const state = await this.publishedCatalogues.state();
    const provider =
      state.providerById(version.providerId) ?? (await this.catalogues.findProviderById(version.providerId));
    if (!provider) throw new Error(`Catalogue version without provider ${version.providerId}`);
    return this.readModel({ provider, version }, scope);
  }

  /** The drivers of a version by id (other domains: an agency's default volumes). */
  async drivers(versionId: string, scope: object): Promise<readonly VolumeDriverModel[]> {
    return (await this.readModelById(versionId, scope))?.drivers ?? [];
  }

  /** The service levels with their targets of a version by id (other domains: agreements' results). */
  async serviceLevels(versionId: string, scope: object): Promise<CatalogueReadModel['serviceLevels']> {
    return (await this.readModelById(versionId, scope))?.serviceLevels ?? [];
  }

  /** The services of a version by id (other domains: proposals name a service). */
  async services(versionId: string, scope: object): Promise<readonly ServiceModel[]> {
    return (await this.readModelById(versionId, scope))?.services ?? [];
  }

  /** How many published read models are held (diagnostics and tests). */
  get size(): number {
    return this.published.size;
  }

  private async readModelById(versionId: string, scope: object): Promise<CatalogueReadModel | null> {
    const found =
      (await this.publishedCatalogues.state()).version(versionId) ??
      (await this.catalogues.versionWithProvider(versionId));
    return found ? this.readModel(found, scope) : null;
  }

  private async build({ provider, version }: VersionOfProvider): Promise<CatalogueReadModel> {
    const { settings, rows } = await this.contents.loadContents(version);
    return buildReadModel(provider, settings, rows);
  }
}
