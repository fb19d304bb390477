import {
  EMPTY_CONFIGURATION,
  parseConfiguration,
  parseVersion,
  serializeConfiguration,
  type Configuration,
} from './configuration';

/** At most four configurations side by side (DESIGN: compare up to four). */
export const MAX_COMPARED = 4;

/** What a comparison page shows: the configurations, and the catalogue version if one is pinned. */
export interface Comparison {
  configurations: Configuration[];
  version: number | null;
}

/**
 * Reads a comparison from the address: one `config` parameter per configuration, each holding the
 * configurator's own query string (`?config=package%3DLON%26volume.PAYSLIPS%3D600&config=…`).
 * There is always at least one configuration.
 */
export function parseComparison(params: URLSearchParams): Comparison {
  const configurations = params
    .getAll('config')
    .slice(0, MAX_COMPARED)
    .map((text) => parseConfiguration(new URLSearchParams(text)));
  return {
    configurations: configurations.length > 0 ? configurations : [EMPTY_CONFIGURATION],
    version: parseVersion(params),
  };
}

/** Writes a comparison in one canonical form, so equal comparisons give equal addresses. */
export function serializeComparison(comparison: Comparison): string {
  const params = new URLSearchParams();
  if (comparison.version !== null) params.set('version', String(comparison.version));
  for (const configuration of comparison.configurations)
    params.append('config', serializeConfiguration(configuration));
  return params.toString();
}

/** The address of a comparison of `configurations` at a centre. */
export function comparisonPath(providerCode: string, configurations: readonly Configuration[]): string {
  return `/centres/${encodeURIComponent(providerCode)}/compare?${serializeComparison({ configurations: [...configurations], version: null })}`;
}
