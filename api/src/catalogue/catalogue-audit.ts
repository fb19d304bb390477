import type { CatalogueRows } from './catalogue-contents.repository.js';
import type { CatalogueVersionEntity } from './entities/catalogue-version.entity.js';

/** The audit `entity` of catalogue versions. */
export const CATALOGUE_VERSION_ENTITY = 'CatalogueVersion';

/** What an audit event keeps of a catalogue version: its identity and state, not its contents. */
export function versionSnapshot(
  version: CatalogueVersionEntity,
  providerCode: string,
  rows?: CatalogueRows,
): Record<string, unknown> {
  const { id, number, status, validFrom, currency } = version;
  const snapshot: Record<string, unknown> = {
    id,
    providerCode,
    number,
    status,
    validFrom,
    currency,
    version: version.version,
  };
  if (rows) {
    snapshot.counts = {
      categories: rows.categories.length,
      drivers: rows.drivers.length,
      serviceLevels: rows.serviceLevels.length,
      services: rows.services.length,
      priceComponents: rows.priceComponents.length,
      servicePackages: rows.servicePackages.length,
    };
  }
  return snapshot;
}
