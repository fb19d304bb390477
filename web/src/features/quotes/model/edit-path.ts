import type { ConfigurationInput } from '@servicekatalog/shared';
import { serializeConfiguration, type Configuration } from '../../../lib/configuration/configuration';
import { typedQuantity } from '../../../lib/configuration/quantity';
import { localToday } from '../../../lib/configuration/start-date';

/**
 * A stored configuration in the configurator's own form (the address-bar model), its volumes
 * written as people of the interface language type them.
 */
export function configurationOf(
  input: ConfigurationInput,
  language: string,
  startDate: string | null = null,
): Configuration {
  return {
    servicePackageCode: input.servicePackageCode ?? null,
    serviceCodes: [...(input.serviceCodes ?? [])],
    serviceLevelCode: input.serviceLevelCode ?? null,
    contractYears: input.contractYears ?? 1,
    volumes: Object.fromEntries(
      (input.volumes ?? []).map((volume) => [volume.driverCode, typedQuantity(volume.quantity, language)]),
    ),
    startDate: keptStartDate(input.startDate ?? startDate),
  };
}

/** A start date is kept while it has not passed; a passed one gives way to today (the proposal). */
function keptStartDate(startDate: string | null): string | null {
  return startDate !== null && startDate >= localToday() ? startDate : null;
}

/**
 * Where a draft is changed: the configurator at `/quotes/:id/edit`, started from the stored
 * configuration and pinned to the quote's catalogue version (`?version=…&package=…`), keeping the
 * quote's start date (`startDate`: the quote's own, for configurations stored without one).
 */
export function editPath(
  quoteId: string,
  input: ConfigurationInput,
  language: string,
  startDate: string | null = null,
): string {
  const configuration = configurationOf(input, language, startDate);
  const query = serializeConfiguration(configuration, input.catalogueVersion ?? null);
  return `/quotes/${encodeURIComponent(quoteId)}/edit?${query}`;
}
