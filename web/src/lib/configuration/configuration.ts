/**
 * A configuration as the customer builds it, and its form in the address bar, so a configuration
 * can be bookmarked and shared:
 * `?package=LON&services=CONSULTING&level=PLUS&years=3&start=2027-01-01&volume.PAYSLIPS=600`.
 */
export interface Configuration {
  servicePackageCode: string | null;
  /** Extra services (add-ons or à la carte), in the order they were picked. */
  serviceCodes: string[];
  /** The level picked explicitly; null = the package's level, else the lowest rank. */
  serviceLevelCode: string | null;
  /** 1..10. */
  contractYears: number;
  /** Driver code → the quantity exactly as typed (it may be unfinished or wrong). */
  volumes: Record<string, string>;
  /** The contract's first day as picked ('YYYY-MM-DD', possibly wrong); null = the user's own today. */
  startDate: string | null;
}

export const MAX_CONTRACT_YEARS = 10;

export const EMPTY_CONFIGURATION: Configuration = {
  servicePackageCode: null,
  serviceCodes: [],
  serviceLevelCode: null,
  contractYears: 1,
  volumes: {},
  startDate: null,
};

const VOLUME_PREFIX = 'volume.';

/** Reads a configuration from query parameters; anything malformed falls back to the default. */
export function parseConfiguration(params: URLSearchParams): Configuration {
  const years = Number(params.get('years') ?? '1');
  const volumes: Record<string, string> = {};
  for (const [name, value] of params) {
    if (name.startsWith(VOLUME_PREFIX) && name.length > VOLUME_PREFIX.length)
      volumes[name.slice(VOLUME_PREFIX.length)] = value;
  }
  const services = (params.get('services') ?? '').split(',').filter((code) => code !== '');
  return {
    servicePackageCode: params.get('package') || null,
    serviceCodes: [...new Set(services)],
    serviceLevelCode: params.get('level') || null,
    contractYears: Number.isInteger(years) && years >= 1 && years <= MAX_CONTRACT_YEARS ? years : 1,
    volumes,
    startDate: params.get('start') || null,
  };
}

/**
 * Writes a configuration as query parameters in one canonical order (so equal configurations give
 * equal addresses); `version` pins a catalogue version when the address had one.
 */
export function serializeConfiguration(configuration: Configuration, version: number | null = null): string {
  const params = new URLSearchParams();
  if (version !== null) params.set('version', String(version));
  if (configuration.servicePackageCode) params.set('package', configuration.servicePackageCode);
  if (configuration.serviceCodes.length > 0) params.set('services', configuration.serviceCodes.join(','));
  if (configuration.serviceLevelCode) params.set('level', configuration.serviceLevelCode);
  if (configuration.contractYears !== 1) params.set('years', String(configuration.contractYears));
  if (configuration.startDate) params.set('start', configuration.startDate);
  for (const driverCode of Object.keys(configuration.volumes).sort()) {
    const value = configuration.volumes[driverCode];
    if (value !== '') params.set(`${VOLUME_PREFIX}${driverCode}`, value);
  }
  return params.toString();
}

/** The catalogue version pinned in the address, if any. */
export function parseVersion(params: URLSearchParams): number | null {
  const version = Number(params.get('version') ?? '');
  return Number.isInteger(version) && version > 0 ? version : null;
}
