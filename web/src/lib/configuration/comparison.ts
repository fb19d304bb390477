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
  /** The volumes are a sample (nobody's own yet): the page says so until they are changed. */
  sample?: boolean;
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
    ...(params.get('sample') === '1' ? { sample: true } : {}),
  };
}

/** Writes a comparison in one canonical form, so equal comparisons give equal addresses. */
export function serializeComparison(comparison: Comparison): string {
  const params = new URLSearchParams();
  if (comparison.version !== null) params.set('version', String(comparison.version));
  if (comparison.sample) params.set('sample', '1');
  for (const configuration of comparison.configurations)
    params.append('config', serializeConfiguration(configuration));
  return params.toString();
}

/** The address of a comparison of `configurations` at a centre; `sample`: their volumes are a sample. */
export function comparisonPath(
  providerCode: string,
  configurations: readonly Configuration[],
  { sample = false }: { sample?: boolean } = {},
): string {
  const search = serializeComparison({ configurations: [...configurations], version: null, sample });
  return `/centres/${encodeURIComponent(providerCode)}/compare?${search}`;
}

/** Whether any configuration's volumes differ between two comparisons (the sample became someone's own). */
export function volumesChanged(before: Comparison, after: Comparison): boolean {
  const volumes = (comparison: Comparison) =>
    JSON.stringify(comparison.configurations.map((configuration) => configuration.volumes));
  return volumes(before) !== volumes(after);
}
