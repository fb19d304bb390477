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
  /**
   * Per configuration, its centre when it is not the page's own (null: the page's centre, whose
   * version `version` pins). Always as long as `configurations`.
   */
  centres: Array<string | null>;
  version: number | null;
  /** The currency figures of several centres are converted into; null: the page's default. */
  currency?: string | null;
  /** The volumes are a sample (nobody's own yet): the page says so until they are changed. */
  sample?: boolean;
}

const CENTRE = 'centre';
const CURRENCY = /^[A-Z]{3}$/;

/**
 * Reads a comparison from the address: one `config` parameter per configuration, each holding the
 * configurator's own query string (`?config=package%3DLON%26volume.PAYSLIPS%3D600&config=…`), led
 * by `centre=CODE` for a configuration of another centre than the page's; `currency=EUR` names
 * the currency several centres' figures are converted into. There is always at least one
 * configuration.
 */
export function parseComparison(params: URLSearchParams): Comparison {
  const entries = params
    .getAll('config')
    .slice(0, MAX_COMPARED)
    .map((text) => new URLSearchParams(text));
  const currency = params.get('currency');
  return {
    configurations: entries.length > 0 ? entries.map(parseConfiguration) : [EMPTY_CONFIGURATION],
    centres: entries.length > 0 ? entries.map((entry) => entry.get(CENTRE) || null) : [null],
    version: parseVersion(params),
    ...(currency && CURRENCY.test(currency) ? { currency } : {}),
    ...(params.get('sample') === '1' ? { sample: true } : {}),
  };
}

/** Writes a comparison in one canonical form, so equal comparisons give equal addresses. */
export function serializeComparison(comparison: Comparison): string {
  const params = new URLSearchParams();
  if (comparison.version !== null) params.set('version', String(comparison.version));
  if (comparison.sample) params.set('sample', '1');
  if (comparison.currency) params.set('currency', comparison.currency);
  comparison.configurations.forEach((configuration, i) => {
    const centre = comparison.centres[i];
    const own = serializeConfiguration(configuration);
    const text = centre
      ? `${new URLSearchParams({ [CENTRE]: centre }).toString()}${own ? `&${own}` : ''}`
      : own;
    params.append('config', text);
  });
  return params.toString();
}

/** The address of a comparison of `configurations` at a centre; `sample`: their volumes are a sample. */
export function comparisonPath(
  providerCode: string,
  configurations: readonly Configuration[],
  { sample = false }: { sample?: boolean } = {},
): string {
  const search = serializeComparison({
    configurations: [...configurations],
    centres: configurations.map(() => null),
    version: null,
    sample,
  });
  return `/centres/${encodeURIComponent(providerCode)}/compare?${search}`;
}

/** Whether any configuration's volumes differ between two comparisons (the sample became someone's own). */
export function volumesChanged(before: Comparison, after: Comparison): boolean {
  const volumes = (comparison: Comparison) =>
    JSON.stringify(comparison.configurations.map((configuration) => configuration.volumes));
  return volumes(before) !== volumes(after);
}
