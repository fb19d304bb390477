/**
 * A tiny builder of catalogue documents for pricing tests: only what a test names is in the
 * document, optional fields are left out (the engine must apply DESIGN's defaults itself).
 */
import type {
  CatalogueDocument,
  DriverDocument,
  PriceComponentDocument,
  PricePeriod,
  ServiceDocument,
  ServiceLevelDocument,
  ServicePackageDocument,
  TierDocument,
} from '../../src/catalogue/document.js';
import {
  compileCatalogue,
  priceConfiguration,
  type ConfigurationInput,
  type PriceBreakdown,
} from '../../src/pricing/index.js';

export const PROVIDER = 'TEST-DK';

type ComponentOptions = Partial<
  Pick<PriceComponentDocument, 'period' | 'minimumCharge' | 'fromYear' | 'toYear'>
> & {
  label?: string;
};

function component(model: PriceComponentDocument['model'], options: ComponentOptions, fields: object) {
  const { label = model.toLowerCase(), period = 'MONTHLY' as PricePeriod, ...rest } = options;
  return {
    label: { en: label, da: `${label} (da)` },
    model,
    period,
    ...fields,
    ...rest,
  } as PriceComponentDocument;
}

/** FLAT `amount` (MONTHLY unless said otherwise). */
export const flat = (amount: string, options: ComponentOptions = {}) =>
  component('FLAT', options, { amount });

/** PER_UNIT `unitPrice` per unit of `driver`. */
export const perUnit = (driver: string, unitPrice: string, options: ComponentOptions = {}) =>
  component('PER_UNIT', options, { driver, unitPrice });

/** Tiers as [upTo, unitPrice, flatFee?]; flatFee left out when not given. */
export const tiers = (...rows: [string | null, string, string?][]): TierDocument[] =>
  rows.map(([upTo, unitPrice, flatFee]) =>
    flatFee === undefined ? { upTo, unitPrice } : { upTo, unitPrice, flatFee },
  );

export const graduated = (driver: string, tierList: TierDocument[], options: ComponentOptions = {}) =>
  component('GRADUATED', options, { driver, tiers: tierList });

export const volume = (driver: string, tierList: TierDocument[], options: ComponentOptions = {}) =>
  component('VOLUME', options, { driver, tiers: tierList });

type ServiceOptions = Partial<Omit<ServiceDocument, 'code' | 'priceComponents'>>;
type PackageOptions = Partial<Omit<ServicePackageDocument, 'code' | 'items'>>;
type PackageItem = string | { service: string; included?: Record<string, string> };

/** Builds a catalogue document step by step; every step returns the builder. */
export class CatalogueBuilder {
  private readonly doc: CatalogueDocument;

  constructor(currency = 'DKK') {
    this.doc = {
      provider: { code: PROVIDER, name: 'Test centre', country: 'DK', currency, locale: 'da' },
      categories: [{ code: 'CAT', name: { en: 'Category' } }],
      drivers: [],
      serviceLevels: [],
      services: [],
      servicePackages: [],
    };
  }

  driver(code: string, integer = true, name = `${code} per month`): this {
    const driver: DriverDocument = { code, name: { en: name }, unit: { en: 'unit' }, integer };
    this.doc.drivers.push(driver);
    return this;
  }

  level(code: string, rank: number, surchargePercent: string): this {
    const level: ServiceLevelDocument = { code, name: { en: code }, rank, surchargePercent };
    this.doc.serviceLevels.push(level);
    return this;
  }

  service(code: string, components: PriceComponentDocument[], options: ServiceOptions = {}): this {
    const service: ServiceDocument = {
      code,
      category: 'CAT',
      kind: 'CORE',
      name: { en: `Service ${code}` },
      priceComponents: components,
      ...options,
    };
    this.doc.services.push(service);
    return this;
  }

  addOn(code: string, components: PriceComponentDocument[], options: ServiceOptions = {}): this {
    return this.service(code, components, { ...options, kind: 'ADDON' });
  }

  servicePackage(code: string, items: PackageItem[], options: PackageOptions = {}): this {
    const servicePackage: ServicePackageDocument = {
      code,
      name: { en: code },
      items: items.map((item) => (typeof item === 'string' ? { service: item } : item)),
      ...options,
    };
    this.doc.servicePackages.push(servicePackage);
    return this;
  }

  /** A deep copy, so a test may change it without touching the builder. */
  build(): CatalogueDocument {
    return structuredClone(this.doc);
  }
}

export const catalogue = (currency?: string): CatalogueBuilder => new CatalogueBuilder(currency);

/** The configuration input a test means, with the provider filled in. */
export type TestInput = Omit<ConfigurationInput, 'providerCode'> & { providerCode?: string };

/** Volumes written as { DRIVER: "quantity" }. */
export const volumes = (quantities: Record<string, string>) =>
  Object.entries(quantities).map(([driverCode, quantity]) => ({ driverCode, quantity }));

/** Compiles `doc` (as version 1) and prices `input` against it. */
export function price(doc: CatalogueDocument, input: TestInput = {}): PriceBreakdown {
  return priceConfiguration(compileCatalogue(doc, 1), { providerCode: PROVIDER, ...input });
}

/** The amount of the only line of `serviceCode` (fails the test when there is not exactly one). */
export function lineOf(breakdown: PriceBreakdown, serviceCode: string) {
  const lines = breakdown.lines.filter((line) => line.serviceCode === serviceCode);
  if (lines.length !== 1) throw new Error(`expected one line of ${serviceCode}, got ${lines.length}`);
  return lines[0];
}
