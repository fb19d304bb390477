import { useMemo, type ReactElement } from 'react';
import { catalogueName } from '../../../components/ui/CatalogueText';
import type { BrowsedCatalogue, BrowsedDriver, BrowsedService, BrowsedServiceLevel } from '../api/catalogue';

/** Look-ups by code into one catalogue version. */
export interface CatalogueIndex {
  service(code: string): BrowsedService | undefined;
  /** The service's name, marked with its language when it is not the interface language. */
  serviceName(code: string): ReactElement;
  driver(code: string): BrowsedDriver | undefined;
  /** The driver's name, marked with its language when it is not the interface language. */
  driverName(code: string): ReactElement;
  level(code: string): BrowsedServiceLevel | undefined;
}

/** Indexes a catalogue's services, drivers and levels by code (unknown codes show as the code). */
export function useCatalogueIndex(catalogue: BrowsedCatalogue): CatalogueIndex {
  return useMemo(() => {
    const services = new Map(catalogue.services.map((service) => [service.code, service]));
    const drivers = new Map(catalogue.drivers.map((driver) => [driver.code, driver]));
    const levels = new Map(catalogue.serviceLevels.map((level) => [level.code, level]));
    return {
      service: (code) => services.get(code),
      serviceName: (code) => catalogueName(services.get(code)?.nameTranslations, code),
      driver: (code) => drivers.get(code),
      driverName: (code) => catalogueName(drivers.get(code)?.nameTranslations, code),
      level: (code) => levels.get(code),
    };
  }, [catalogue]);
}
