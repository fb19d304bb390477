import { Injectable } from '@nestjs/common';
import type { CatalogueDocument } from '@servicekatalog/shared';
import { CatalogueExportService } from '../catalogue/import-export/catalogue-export.service.js';
import { CatalogueReadService, type VisibleVersion } from '../catalogue/published/catalogue-read.service.js';

/** A published catalogue version the standards exports may show. */
export interface PublishedVersion {
  providerCode: string;
  versionId: string;
  number: number;
  /** Opaque: what the catalogue domain needs to load the version's document. */
  readonly found: VisibleVersion;
}

/**
 * The standards domain's only door into the catalogue: published versions, read anonymously, so
 * a draft can never be exported (to an anonymous reader a draft does not exist). Selecting is one
 * small statement; the document is loaded only when the caller has not already rendered it, and
 * comes from the catalogue domain's own reader of published versions.
 */
@Injectable()
export class PublishedCatalogues {
  constructor(
    private readonly read: CatalogueReadService,
    private readonly exports: CatalogueExportService,
  ) {}

  /** The published version `number` of a provider, or the one in force today; null when there is none. */
  async select(providerCode: string, number?: number): Promise<PublishedVersion | null> {
    const selection = await this.read.selectVersion(null, { providerCode, version: number ?? null });
    if (selection.status !== 'FOUND' || selection.version.status !== 'PUBLISHED') return null;
    const { provider, version } = selection;
    return {
      providerCode: provider.code,
      versionId: version.id,
      number: version.number,
      found: { provider, version },
    };
  }

  /** The version in force today of every provider that has one, by provider code. */
  async inForceToday(): Promise<PublishedVersion[]> {
    const providers = await this.read.providers();
    const codes = providers.map((provider) => provider.code).sort();
    const selected = await Promise.all(codes.map((code) => this.select(code)));
    return selected.filter((version): version is PublishedVersion => version !== null);
  }

  document(version: PublishedVersion): Promise<CatalogueDocument> {
    return this.exports.documentOf(version.found);
  }
}
