import { useMemo } from 'react';
import type { BrowsedCatalogue, BrowsedDriver, BrowsedService, BrowsedServiceLevel } from '../api/catalogue';

/** Look-ups by code into one catalogue version. */
export interface CatalogueIndex {
  service(code: string): BrowsedService | undefined;
  serviceName(code: string): string;
  driver(code: string): BrowsedDriver | undefined;
  level(code: string): BrowsedServiceLevel | undefined;
  categoryName(code: string): string;
}

/** Indexes a catalogue's services, drivers, levels and categories by code (unknown codes show as the code). */
export function useCatalogueIndex(catalogue: BrowsedCatalogue): CatalogueIndex {
  return useMemo(() => {
    const services = new Map(catalogue.services.map((service) => [service.code, service]));
    const drivers = new Map(catalogue.drivers.map((driver) => [driver.code, driver]));
    const levels = new Map(catalogue.serviceLevels.map((level) => [level.code, level]));
    const categories = new Map(catalogue.categories.map((category) => [category.code, category.name]));
    return {
      service: (code) => services.get(code),
      serviceName: (code) => services.get(code)?.name ?? code,
      driver: (code) => drivers.get(code),
      level: (code) => levels.get(code),
      categoryName: (code) => categories.get(code) ?? code,
    };
  }, [catalogue]);
}
