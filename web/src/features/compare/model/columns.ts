import type { PricingCatalogue } from '@servicekatalog/shared';
import type { Configuration } from '../../../lib/configuration/configuration';

/**
 * Every configuration's volumes for one driver set to the first configuration's — only those of
 * the first one's centre (`sameCentre`, per configuration; all when left out): another centre's
 * drivers are other drivers, whatever their codes.
 */
export function copyFirstVolumes(
  configurations: readonly Configuration[],
  driverCodes: readonly string[],
  catalogue: PricingCatalogue,
  sameCentre?: readonly boolean[],
): Configuration[] {
  const [first] = configurations;
  const known = driverCodes.filter((code) => catalogue.drivers.has(code));
  return configurations.map((configuration, i) =>
    sameCentre && !sameCentre[i]
      ? configuration
      : {
          ...configuration,
          volumes: {
            ...configuration.volumes,
            ...Object.fromEntries(known.map((code) => [code, first.volumes[code] ?? ''])),
          },
        },
  );
}

/** "A", "B", "C", "D": how a configuration is named in the comparison. */
export const columnLetter = (index: number) => String.fromCharCode(65 + index);
