import type { PricingCatalogue } from '@servicekatalog/shared';
import type { Configuration } from './configuration';

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
