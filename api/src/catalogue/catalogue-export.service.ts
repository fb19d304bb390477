import { Injectable } from '@nestjs/common';
import { withDefaults, type CatalogueDocument } from '@servicekatalog/shared';
import type { Actor } from '../auth/actor.js';
import { CatalogueContentsRepository } from './catalogue-contents.repository.js';
import { rowsToDocument } from './catalogue-document.mapper.js';
import { CatalogueErrors } from './catalogue.errors.js';
import { CatalogueReadService, type VersionSelector, type VisibleVersion } from './catalogue-read.service.js';

/**
 * Exporting a stored version as a catalogue document — the import format, so an export imports
 * again unchanged (a lossless round trip once defaults are filled in on both sides).
 */
@Injectable()
export class CatalogueExportService {
  constructor(
    private readonly read: CatalogueReadService,
    private readonly contents: CatalogueContentsRepository,
  ) {}

  /** The selected version as a document; NOT_FOUND when there is none the actor may see. */
  async exportCatalogue(
    actor: Actor | null,
    selector: VersionSelector,
    scope: object = {},
  ): Promise<CatalogueDocument> {
    const found = await this.read.findVisible(actor, selector, scope);
    const field = selector.version === undefined || selector.version === null ? 'providerCode' : 'version';
    if (!found) throw CatalogueErrors.catalogueNotFound(selector.providerCode, field);
    return this.documentOf(found);
  }

  /** A version's document in canonical form (nine statements whatever its size). */
  async documentOf({ provider, version }: VisibleVersion): Promise<CatalogueDocument> {
    return withDefaults(rowsToDocument(provider, version, await this.contents.loadVersion(version.id)));
  }
}
