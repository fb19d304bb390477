import { useMemo } from 'react';
import type {
  ConfiguratorCatalogue,
  ConfiguratorDriver,
  ConfiguratorPackage,
  ConfiguratorService,
} from '../api/configurator-catalogue';

/** Look-ups of the names (in the interface language) of a catalogue version's codes. */
export interface CatalogueNames {
  service(code: string): ConfiguratorService | undefined;
  serviceName(code: string): string;
  driver(code: string): ConfiguratorDriver | undefined;
  driverName(code: string): string;
  unit(code: string): string;
  levelName(code: string): string;
  servicePackage(code: string): ConfiguratorPackage | undefined;
}

export function useCatalogueNames(catalogue: ConfiguratorCatalogue): CatalogueNames {
  return useMemo(() => {
    const services = new Map(catalogue.services.map((service) => [service.code, service]));
    const drivers = new Map(catalogue.drivers.map((driver) => [driver.code, driver]));
    const levels = new Map(catalogue.serviceLevels.map((level) => [level.code, level.name]));
    const packages = new Map(
      catalogue.servicePackages.map((servicePackage) => [servicePackage.code, servicePackage]),
    );
    return {
      service: (code) => services.get(code),
      serviceName: (code) => services.get(code)?.name ?? code,
      driver: (code) => drivers.get(code),
      driverName: (code) => drivers.get(code)?.name ?? code,
      unit: (code) => drivers.get(code)?.unit ?? code,
      levelName: (code) => levels.get(code) ?? code,
      servicePackage: (code) => packages.get(code),
    };
  }, [catalogue]);
}
