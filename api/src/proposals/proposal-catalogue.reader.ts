import { Injectable } from '@nestjs/common';
import { CatalogueContentsService } from '../catalogue/published/catalogue-contents.service.js';
import { CatalogueReadService } from '../catalogue/published/catalogue-read.service.js';

/** A provider's catalogue version in force today, if it has one. */
export interface CatalogueInForce {
  versionId: string | null;
}

/** What proposals need to know of the centres' catalogues, read through the catalogue's services. */
@Injectable()
export class ProposalCatalogueReader {
  constructor(
    private readonly catalogues: CatalogueReadService,
    private readonly contents: CatalogueContentsService,
  ) {}

  /** The provider's catalogue in force today; null when no provider has this code (one small statement). */
  async inForce(providerCode: string): Promise<CatalogueInForce | null> {
    const selected = await this.catalogues.selectVersion(null, { providerCode });
    if (selected.status === 'UNKNOWN_PROVIDER') return null;
    return { versionId: selected.status === 'FOUND' ? selected.version.id : null };
  }

  /**
   * True when the catalogue in force has a service with this code (one statement). A proposal to
   * change a service names one customers can buy now: not a draft's, not a superseded one's.
   */
  async hasService(catalogue: CatalogueInForce, serviceCode: string): Promise<boolean> {
    if (catalogue.versionId === null) return false;
    const services = await this.contents.services(catalogue.versionId, {});
    return services.some((service) => service.code === serviceCode);
  }
}
