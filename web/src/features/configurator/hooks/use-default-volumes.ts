import type { PricingCatalogue } from '@servicekatalog/shared';
import { useEffect, useRef } from 'react';
import type { Configuration } from '../../../lib/configuration/configuration';
import { knownVolumes, startWithVolumes } from '../../../lib/configuration/configuration-updates';
import type { AgencyDefaults } from '../../../lib/configuration/agency-defaults';

/**
 * Starts the configuration with the agency's default volumes when the workspace opens — unless it
 * has volumes already (from the address), which win — and says whose they are.
 *
 * Returns the agency's name while the volumes are its defaults as they are, for the hint at the
 * volume fields; else null. The volumes are filled just after the first render, so the hint
 * appears in a live region already on the page, and is announced.
 */
export function useDefaultVolumes(
  defaults: AgencyDefaults | null,
  catalogue: PricingCatalogue,
  configuration: Configuration,
  update: (change: (configuration: Configuration) => Configuration) => void,
  language: string,
): string | null {
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !defaults) return;
    started.current = true;
    update((current) => startWithVolumes(current, defaults.volumes, catalogue, language));
  }, [defaults, catalogue, update, language]);
  return defaults && areDefaults(configuration.volumes, defaults, catalogue, language)
    ? defaults.agencyName
    : null;
}

/** The volumes are exactly the agency's defaults for the drivers this catalogue version has. */
function areDefaults(
  volumes: Readonly<Record<string, string>>,
  defaults: AgencyDefaults,
  catalogue: PricingCatalogue,
  language: string,
): boolean {
  const expected = knownVolumes(defaults.volumes, catalogue, language);
  const given = Object.entries(volumes).filter(([, text]) => text !== '');
  return (
    given.length > 0 &&
    given.length === Object.keys(expected).length &&
    given.every(([driverCode, text]) => expected[driverCode] === text)
  );
}
