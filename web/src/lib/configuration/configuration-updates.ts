import type { PricingCatalogue } from '@servicekatalog/shared';
import type { Configuration } from './configuration';
import { typedQuantity } from './quantity';

/**
 * Changes to a configuration, as pure functions (the form and the one-click issue fixes share them).
 */

/**
 * Chooses a package (null = none). Extras that the new package contains, or add-ons it does not
 * allow, are dropped — they would only come back as issues the customer did not cause.
 */
export function choosePackage(
  configuration: Configuration,
  code: string | null,
  catalogue: PricingCatalogue,
): Configuration {
  const servicePackage = code ? catalogue.servicePackages.get(code) : undefined;
  const items = new Set(servicePackage?.items.map((item) => item.serviceCode) ?? []);
  const allowed = servicePackage?.allowedAddOns ?? null;
  const serviceCodes = configuration.serviceCodes.filter((serviceCode) => {
    if (items.has(serviceCode)) return false;
    const isAddOn = catalogue.services.get(serviceCode)?.kind === 'ADDON';
    return !(servicePackage && isAddOn && allowed !== null && !allowed.has(serviceCode));
  });
  return { ...configuration, servicePackageCode: code, serviceCodes };
}

/** Adds an extra service (once). */
export function addService(configuration: Configuration, code: string): Configuration {
  if (configuration.serviceCodes.includes(code)) return configuration;
  return { ...configuration, serviceCodes: [...configuration.serviceCodes, code] };
}

/** Removes an extra service. */
export function removeService(configuration: Configuration, code: string): Configuration {
  return {
    ...configuration,
    serviceCodes: configuration.serviceCodes.filter((serviceCode) => serviceCode !== code),
  };
}

export function chooseServiceLevel(configuration: Configuration, code: string | null): Configuration {
  return { ...configuration, serviceLevelCode: code };
}

export function setContractYears(configuration: Configuration, years: number): Configuration {
  return { ...configuration, contractYears: years };
}

export function setVolume(configuration: Configuration, driverCode: string, text: string): Configuration {
  return { ...configuration, volumes: { ...configuration.volumes, [driverCode]: text } };
}

/**
 * Default volumes (an agency's) as a configuration's volumes: those of drivers this catalogue
 * version has, written as people of the interface language type them ("7,5" in Danish).
 */
export function knownVolumes(
  defaults: readonly { driverCode: string; quantity: string }[],
  catalogue: PricingCatalogue,
  language: string,
): Record<string, string> {
  const known = defaults.filter((volume) => catalogue.drivers.has(volume.driverCode));
  return Object.fromEntries(
    known.map((volume) => [volume.driverCode, typedQuantity(volume.quantity, language)]),
  );
}

/**
 * Starts a configuration with default volumes (an agency's): only when it has no volume of its
 * own yet — whatever the address holds or the customer typed wins — and only for drivers this
 * catalogue version has. Unchanged (the same object) when nothing applies.
 */
export function startWithVolumes(
  configuration: Configuration,
  defaults: readonly { driverCode: string; quantity: string }[],
  catalogue: PricingCatalogue,
  language: string,
): Configuration {
  if (Object.keys(configuration.volumes).length > 0) return configuration;
  const volumes = knownVolumes(defaults, catalogue, language);
  return Object.keys(volumes).length > 0 ? { ...configuration, volumes } : configuration;
}

/** Sets the contract's first day (null = back to the proposal, the user's own today). */
export function setStartDate(configuration: Configuration, startDate: string | null): Configuration {
  return { ...configuration, startDate };
}
