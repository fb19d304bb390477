import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { compileCatalogue, type PricingCatalogue } from '@servicekatalog/shared';
import { CatalogueExportService } from '../catalogue/import-export/catalogue-export.service.js';
import type { VisibleVersion } from '../catalogue/published/catalogue-read.service.js';

/** Published versions kept compiled; beyond this the least recently used one is dropped. */
export const COMPILED_CATALOGUE_CACHE_SIZE = 50;

/**
 * Compiled catalogue versions for pricing. A PUBLISHED version never changes (DESIGN), so its
 * snapshot is loaded and compiled once and kept in a bounded LRU by version id — process memory
 * that is neither per-user nor in need of invalidation between instances. Drafts change and are
 * compiled afresh every time, never cached. Concurrent first requests for the same version share
 * one load (lru-cache's fetch).
 */
@Injectable()
export class CompiledCatalogueCache {
  private readonly published = new LRUCache<string, PricingCatalogue, VisibleVersion>({
    max: COMPILED_CATALOGUE_CACHE_SIZE,
    fetchMethod: (_id, _stale, { context }) => this.compile(context),
  });

  constructor(private readonly exporter: CatalogueExportService) {}

  /** The compiled version: from the cache when it is published, else loaded (nine statements). */
  compiled(found: VisibleVersion): Promise<PricingCatalogue> {
    if (found.version.status !== 'PUBLISHED') return this.compile(found);
    return this.published.forceFetch(found.version.id, { context: found });
  }

  /** How many published versions are held (for tests and diagnostics). */
  get size(): number {
    return this.published.size;
  }

  private async compile(found: VisibleVersion): Promise<PricingCatalogue> {
    return compileCatalogue(await this.exporter.documentOf(found), found.version.number);
  }
}
