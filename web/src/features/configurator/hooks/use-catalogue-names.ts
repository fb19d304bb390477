import { useMemo, type ReactElement } from 'react';
import { catalogueName } from '../../../components/ui/CatalogueText';
import type {
  ConfigurationCatalogue,
  CatalogueDriver,
  CataloguePackage,
  CatalogueService,
} from '../../../lib/configuration/configuration-catalogue';

/**
 * Look-ups of a catalogue version's codes. The names are elements: in the interface language where
 * the catalogue has it, else marked with the language they fall back to (see CatalogueText).
 */
export interface CatalogueNames {
  service(code: string): CatalogueService | undefined;
  serviceName(code: string): ReactElement;
  driver(code: string): CatalogueDriver | undefined;
  driverName(code: string): ReactElement;
  unit(code: string): ReactElement;
  levelName(code: string): ReactElement;
  servicePackage(code: string): CataloguePackage | undefined;
  packageName(code: string): ReactElement;
}

export function useCatalogueNames(catalogue: ConfigurationCatalogue): CatalogueNames {
  return useMemo(() => {
    const services = new Map(catalogue.services.map((service) => [service.code, service]));
    const drivers = new Map(catalogue.drivers.map((driver) => [driver.code, driver]));
    const levels = new Map(catalogue.serviceLevels.map((level) => [level.code, level]));
    const packages = new Map(
      catalogue.servicePackages.map((servicePackage) => [servicePackage.code, servicePackage]),
    );
    return {
      service: (code) => services.get(code),
      serviceName: (code) => catalogueName(services.get(code)?.nameTranslations, code),
      driver: (code) => drivers.get(code),
      driverName: (code) => catalogueName(drivers.get(code)?.nameTranslations, code),
      unit: (code) => catalogueName(drivers.get(code)?.unitTranslations, code),
      levelName: (code) => catalogueName(levels.get(code)?.nameTranslations, code),
      servicePackage: (code) => packages.get(code),
      packageName: (code) => catalogueName(packages.get(code)?.nameTranslations, code),
    };
  }, [catalogue]);
}
