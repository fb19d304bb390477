import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupBy } from '../catalogue-document.mapper.js';
import { CatalogueRepository } from '../catalogue.repository.js';
import type { CatalogueVersionEntity } from '../entities/catalogue-version.entity.js';

/**
 * The batched reads of one GraphQL request that cannot come from the published picture: every
 * version of a provider, drafts included, for those who may see drafts (`providers { versions }`
 * for an administrator reads all providers' versions in one statement).
 */
export class CatalogueLoaders {
  readonly versionsOfProvider: DataLoader<string, CatalogueVersionEntity[]>;

  constructor(repository: CatalogueRepository) {
    this.versionsOfProvider = new DataLoader(async (ids) => {
      const groups = groupBy(await repository.versionsOfProviders(ids), (row) => row.providerId);
      return ids.map((id) => groups.get(id) ?? []);
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

  constructor(private readonly repository: CatalogueRepository) {}

  forRequest(scope: object): CatalogueLoaders {
    let loaders = this.perRequest.get(scope);
    if (!loaders) {
      loaders = new CatalogueLoaders(this.repository);
      this.perRequest.set(scope, loaders);
    }
    return loaders;
  }
}
