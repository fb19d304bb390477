import { Injectable } from '@nestjs/common';
import { CatalogueExportService } from '../catalogue/catalogue-export.service.js';
import { CatalogueReadService } from '../catalogue/catalogue-read.service.js';

/** What proposals need to know of the centres' catalogues, read through the catalogue's services. */
@Injectable()
export class ProposalCatalogueReader {
  constructor(
    private readonly catalogues: CatalogueReadService,
    private readonly exporter: CatalogueExportService,
  ) {}

  /** True when a provider has this code (one small statement). */
  async providerExists(providerCode: string): Promise<boolean> {
    const selected = await this.catalogues.selectVersion(null, { providerCode });
    return selected.status !== 'UNKNOWN_PROVIDER';
  }

  /**
   * True when the provider's catalogue in force today has a service with this code. A proposal
   * to change a service names one customers can buy now: not a draft's, not a superseded one's.
   */
  async serviceInForce(providerCode: string, serviceCode: string): Promise<boolean> {
    const selected = await this.catalogues.selectVersion(null, { providerCode });
    if (selected.status !== 'FOUND') return false;
    const document = await this.exporter.documentOf(selected);
    return document.services.some((service) => service.code === serviceCode);
  }
}
