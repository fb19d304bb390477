import { Injectable } from '@nestjs/common';
import { CatalogueContentsService } from '../catalogue/published/catalogue-contents.service.js';
import { CatalogueReadService } from '../catalogue/published/catalogue-read.service.js';
import { BadUserInputError } from '../common/errors/domain-error.js';

/**
 * The volume drivers an agency's default volumes may name: those of its provider's catalogue in
 * force today — the version a new configuration of the agency starts from. Read through the
 * catalogue's services (published versions only; drafts are nobody's defaults).
 */
@Injectable()
export class AgencyDriversReader {
  constructor(
    private readonly catalogues: CatalogueReadService,
    private readonly contents: CatalogueContentsService,
  ) {}

  /**
   * Driver code → whether it counts whole units; null when the provider has no catalogue in force.
   * Two small statements: the version, then its drivers (not the whole catalogue).
   * @throws BadUserInputError on providerCode when there is no such provider.
   */
  async driversInForce(providerCode: string): Promise<ReadonlyMap<string, boolean> | null> {
    const selected = await this.catalogues.selectVersion(null, { providerCode });
    if (selected.status === 'UNKNOWN_PROVIDER')
      throw new BadUserInputError('No provider has this code.', 'providerCode');
    if (selected.status === 'UNKNOWN_VERSION') return null;
    const drivers = await this.contents.drivers(selected.version.id, {});
    return new Map(drivers.map((driver) => [driver.code, driver.integer]));
  }
}
