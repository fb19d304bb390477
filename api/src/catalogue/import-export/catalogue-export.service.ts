import { Injectable } from '@nestjs/common';
import type { CatalogueDocument } from '@servicekatalog/shared';
import type { Actor } from '../../auth/actor.js';
import { CatalogueContentsService } from '../published/catalogue-contents.service.js';
import { CatalogueErrors } from '../catalogue.errors.js';
import {
  CatalogueReadService,
  type VersionSelector,
  type VisibleVersion,
} from '../published/catalogue-read.service.js';

/**
 * Exporting a stored version as a catalogue document — the import format, so an export imports
 * again unchanged (a lossless round trip once defaults are filled in on both sides).
 */
@Injectable()
export class CatalogueExportService {
  constructor(
    private readonly read: CatalogueReadService,
    private readonly contents: CatalogueContentsService,
  ) {}

  /** The selected version as a document; NOT_FOUND when there is none the actor may see. */
  async exportCatalogue(actor: Actor | null, selector: VersionSelector): Promise<CatalogueDocument> {
    const found = await this.read.findVisible(actor, selector);
    const field = selector.version === undefined || selector.version === null ? 'providerCode' : 'version';
    if (!found) throw CatalogueErrors.catalogueNotFound(selector.providerCode, field);
    return this.documentOf(found);
  }

  /**
   * A version's document in canonical form: from memory for a published version (shared and
   * frozen: never change it), else nine statements whatever its size.
   */
  async documentOf(found: VisibleVersion): Promise<CatalogueDocument> {
    return (await this.contents.readModel(found)).document;
  }
}
