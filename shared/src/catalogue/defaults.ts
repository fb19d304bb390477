import type {
  BenchmarkPackagesDocument,
  CatalogueDocument,
  LocalizedText,
  PackageItemDocument,
  PriceComponentDocument,
  ServiceDocument,
  ServiceLevelDocument,
  ServicePackageDocument,
  TargetDocument,
  TierDocument,
} from './document.js';

/**
 * A new document with every default of DESIGN ("The catalogue document") written out and every
 * object's keys in one canonical order, so that two documents meaning the same thing are deep-equal
 * — the import/export round trip is checked as
 * `withDefaults(original)` equals `withDefaults(exportOf(importOf(original)))`.
 *
 * Defaults: `validFrom` null; a driver's `standardMeasure` null; `benchmarkPackages` null when
 * it names no package, else each of PAYROLL, ACCOUNTING, BOTH written out (null where not offered); service `status` ACTIVE, `requires`, `excludes`, `limits` and
 * `responsibilities` []; limit `min`/`max` null; service-level `targets` []; a target's `service`
 * null; price-component fields its model does not use (`driver`, `amount`, `unitPrice`, `tiers`)
 * null, `minimumCharge` null, `fromYear` 1, `toYear` null; a tier's `flatFee` "0"; package
 * `serviceLevel` null, `discountPercent` "0", an item's `included` null, `allowedAddOns` null.
 *
 * Choices: an absent `description` stays absent (an empty text would break the rule that localized
 * text has English, and the result must stay a valid document); `included: {}` becomes null, since
 * both mean that nothing is included; localized text and `included` keys are sorted, because their
 * order carries no meaning. Lists keep their order (it is the display order), and decimal strings
 * are kept as written ("38.00" stays "38.00"). The input must be valid; it is not changed.
 */
export function withDefaults(doc: CatalogueDocument): CatalogueDocument {
  const { code, name, country, currency, locale } = doc.provider;
  return {
    provider: { code, name, country, currency, locale },
    validFrom: doc.validFrom ?? null,
    categories: doc.categories.map((category) => ({ code: category.code, name: sortedText(category.name) })),
    drivers: doc.drivers.map((driver) => ({
      code: driver.code,
      name: sortedText(driver.name),
      unit: sortedText(driver.unit),
      integer: driver.integer,
      standardMeasure: driver.standardMeasure ?? null,
    })),
    serviceLevels: doc.serviceLevels.map(serviceLevelWithDefaults),
    services: doc.services.map(serviceWithDefaults),
    servicePackages: doc.servicePackages.map(servicePackageWithDefaults),
    benchmarkPackages: benchmarkPackagesWithDefaults(doc.benchmarkPackages),
  };
}

/**
 * Null when no kind names a package (absent, null and all-null mean the same: nothing offered);
 * otherwise every kind written out, null where not offered.
 */
function benchmarkPackagesWithDefaults(
  packages: BenchmarkPackagesDocument | null | undefined,
): BenchmarkPackagesDocument | null {
  const PAYROLL = packages?.PAYROLL ?? null;
  const ACCOUNTING = packages?.ACCOUNTING ?? null;
  const BOTH = packages?.BOTH ?? null;
  return PAYROLL === null && ACCOUNTING === null && BOTH === null ? null : { PAYROLL, ACCOUNTING, BOTH };
}

function serviceLevelWithDefaults(level: ServiceLevelDocument): ServiceLevelDocument {
  return {
    code: level.code,
    name: sortedText(level.name),
    rank: level.rank,
    surchargePercent: level.surchargePercent,
    targets: (level.targets ?? []).map(targetWithDefaults),
  };
}

function targetWithDefaults(target: TargetDocument): TargetDocument {
  return {
    metric: target.metric,
    name: sortedText(target.name),
    value: target.value,
    unit: target.unit,
    service: target.service ?? null,
  };
}

function serviceWithDefaults(service: ServiceDocument): ServiceDocument {
  return {
    code: service.code,
    category: service.category,
    kind: service.kind,
    status: service.status ?? 'ACTIVE',
    name: sortedText(service.name),
    ...(service.description === undefined ? {} : { description: sortedText(service.description) }),
    requires: (service.requires ?? []).map((group) => [...group]),
    excludes: [...(service.excludes ?? [])],
    limits: (service.limits ?? []).map((limit) => ({
      driver: limit.driver,
      min: limit.min ?? null,
      max: limit.max ?? null,
    })),
    priceComponents: service.priceComponents.map(priceComponentWithDefaults),
    responsibilities: (service.responsibilities ?? []).map((row) => ({
      task: sortedText(row.task),
      party: row.party,
    })),
  };
}

function priceComponentWithDefaults(component: PriceComponentDocument): PriceComponentDocument {
  const { model } = component;
  const tiered = model === 'GRADUATED' || model === 'VOLUME';
  return {
    label: sortedText(component.label),
    model,
    period: component.period,
    driver: model === 'FLAT' ? null : (component.driver ?? null),
    amount: model === 'FLAT' ? (component.amount ?? null) : null,
    unitPrice: model === 'PER_UNIT' ? (component.unitPrice ?? null) : null,
    tiers: tiered ? (component.tiers ?? []).map(tierWithDefaults) : null,
    minimumCharge: component.minimumCharge ?? null,
    fromYear: component.fromYear ?? 1,
    toYear: component.toYear ?? null,
  };
}

function tierWithDefaults(tier: TierDocument): TierDocument {
  return { upTo: tier.upTo, unitPrice: tier.unitPrice, flatFee: tier.flatFee ?? '0' };
}

function servicePackageWithDefaults(servicePackage: ServicePackageDocument): ServicePackageDocument {
  const { allowedAddOns } = servicePackage;
  return {
    code: servicePackage.code,
    name: sortedText(servicePackage.name),
    ...(servicePackage.description === undefined
      ? {}
      : { description: sortedText(servicePackage.description) }),
    serviceLevel: servicePackage.serviceLevel ?? null,
    discountPercent: servicePackage.discountPercent ?? '0',
    items: servicePackage.items.map(itemWithDefaults),
    allowedAddOns: allowedAddOns === undefined || allowedAddOns === null ? null : [...allowedAddOns],
  };
}

function itemWithDefaults(item: PackageItemDocument): PackageItemDocument {
  const included = item.included ?? {};
  return {
    service: item.service,
    included: Object.keys(included).length === 0 ? null : sortedEntries(included),
  };
}

function sortedText(text: LocalizedText): LocalizedText {
  return sortedEntries(text);
}

// Plain code-unit order, not localeCompare, so that the result does not depend on the runtime's locale data.
function sortedEntries(map: Readonly<Record<string, string>>): Record<string, string> {
  const keys = Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((key) => [key, map[key]]));
}
