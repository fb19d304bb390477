import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor.js';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { diffCatalogues } from './catalogue-diff.js';
import { CatalogueExportService } from '../import-export/catalogue-export.service.js';
import { CatalogueReadService, type VisibleVersion } from '../published/catalogue-read.service.js';
import type { CatalogueDiffModel } from '../models/catalogue-diff.model.js';

/**
 * What changes between two versions of a provider's catalogue, for managers checking a
 * draft before publishing and for anyone comparing published versions. Visibility follows the
 * catalogue's rules: a draft only for its centre's managers and administrators — to anyone else
 * it does not exist (NOT_FOUND), like an unknown number.
 */
@Injectable()
export class CatalogueDiffService {
  constructor(
    private readonly read: CatalogueReadService,
    private readonly exporter: CatalogueExportService,
  ) {}

  async diff(
    actor: Actor | null,
    providerCode: string,
    from: number,
    to: number,
  ): Promise<CatalogueDiffModel> {
    const older = await this.version(actor, providerCode, from, 'from');
    const newer = await this.version(actor, providerCode, to, 'to');
    const changes = diffCatalogues(
      await this.exporter.documentOf(older),
      await this.exporter.documentOf(newer),
    );
    return { providerCode: older.provider.code, from, to, changes };
  }

  private async version(
    actor: Actor | null,
    providerCode: string,
    number: number,
    field: 'from' | 'to',
  ): Promise<VisibleVersion> {
    const selected = await this.read.selectVersion(actor, { providerCode, version: number });
    if (selected.status === 'UNKNOWN_PROVIDER')
      throw new NotFoundError(`The provider ${providerCode}`, 'providerCode');
    if (selected.status === 'UNKNOWN_VERSION')
      throw new NotFoundError(`Version ${number} of the catalogue of ${providerCode}`, field);
    return selected;
  }
}
