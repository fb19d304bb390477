import {
  BENCHMARK_KINDS,
  type BenchmarkKind,
  type BenchmarkPackagesDocument,
  type CatalogueDocument,
  type PriceComponentDocument,
  type ServiceDocument,
  type ServiceLevelDocument,
  type ServicePackageDocument,
} from '@servicekatalog/shared';
import type { CatalogueRows } from './catalogue-contents.repository.js';
import type { CatalogueVersionEntity } from './entities/catalogue-version.entity.js';
import type { ProviderEntity } from './entities/provider.entity.js';

/** Makes ids for new rows (random UUIDs in the app; a counter in unit tests). */
export type NewId = () => string;

/**
 * A document (already validated and in canonical form, see `withDefaults`) as the rows of version
 * `versionId`. List order becomes `position`, so {@link rowsToDocument} gives the same document back.
 */
export function documentToRows(doc: CatalogueDocument, versionId: string, newId: NewId): CatalogueRows {
  const rows: CatalogueRows = {
    categories: [],
    drivers: [],
    serviceLevels: [],
    targets: [],
    services: [],
    priceComponents: [],
    tiers: [],
    servicePackages: [],
    packageItems: [],
  };
  const base = (position: number) => ({ id: newId(), catalogueVersionId: versionId, position });
  doc.categories.forEach((c, i) => rows.categories.push({ ...base(i), code: c.code, name: c.name }));
  doc.drivers.forEach((d, i) =>
    rows.drivers.push({
      ...base(i),
      code: d.code,
      name: d.name,
      unit: d.unit,
      integer: d.integer,
      standardMeasure: d.standardMeasure ?? null,
    }),
  );
  doc.serviceLevels.forEach((level, i) => addServiceLevel(rows, level, base(i), base));
  doc.services.forEach((service, i) => addService(rows, service, base(i), base));
  doc.servicePackages.forEach((servicePackage, i) =>
    addServicePackage(rows, servicePackage, base(i), base, kindsOf(doc, servicePackage.code)),
  );
  return rows;
}

type Base = { id: string; catalogueVersionId: string; position: number };

function addServiceLevel(
  rows: CatalogueRows,
  level: ServiceLevelDocument,
  own: Base,
  base: (p: number) => Base,
): void {
  rows.serviceLevels.push({
    ...own,
    code: level.code,
    name: level.name,
    rank: level.rank,
    surchargePercent: level.surchargePercent,
  });
  (level.targets ?? []).forEach((t, i) =>
    rows.targets.push({
      ...base(i),
      serviceLevelId: own.id,
      metric: t.metric,
      name: t.name,
      value: t.value,
      unit: t.unit,
      serviceCode: t.service ?? null,
    }),
  );
}

function addService(
  rows: CatalogueRows,
  service: ServiceDocument,
  own: Base,
  base: (p: number) => Base,
): void {
  rows.services.push({
    ...own,
    code: service.code,
    categoryCode: service.category,
    kind: service.kind,
    status: service.status ?? 'ACTIVE',
    name: service.name,
    description: service.description ?? null,
    requires: service.requires ?? [],
    excludes: service.excludes ?? [],
    limits: service.limits ?? [],
    responsibilities: service.responsibilities ?? [],
  });
  service.priceComponents.forEach((component, i) =>
    addComponent(rows, component, { ...base(i), serviceId: own.id }, base),
  );
}

function addComponent(
  rows: CatalogueRows,
  c: PriceComponentDocument,
  own: Base & { serviceId: string },
  base: (p: number) => Base,
): void {
  rows.priceComponents.push({
    ...own,
    label: c.label,
    model: c.model,
    period: c.period,
    driverCode: c.driver ?? null,
    amount: c.amount ?? null,
    unitPrice: c.unitPrice ?? null,
    minimumCharge: c.minimumCharge ?? null,
    fromYear: c.fromYear ?? 1,
    toYear: c.toYear ?? null,
  });
  (c.tiers ?? []).forEach((tier, i) =>
    rows.tiers.push({
      ...base(i),
      priceComponentId: own.id,
      upTo: tier.upTo,
      unitPrice: tier.unitPrice,
      flatFee: tier.flatFee ?? '0',
    }),
  );
}

/** The benchmark kinds whose package is `code`, in the document's kind order. */
function kindsOf(doc: CatalogueDocument, code: string): BenchmarkKind[] {
  return BENCHMARK_KINDS.filter((kind) => doc.benchmarkPackages?.[kind] === code);
}

function addServicePackage(
  rows: CatalogueRows,
  p: ServicePackageDocument,
  own: Base,
  base: (p: number) => Base,
  benchmarkKinds: BenchmarkKind[],
): void {
  rows.servicePackages.push({
    ...own,
    code: p.code,
    name: p.name,
    description: p.description ?? null,
    serviceLevelCode: p.serviceLevel ?? null,
    discountPercent: p.discountPercent ?? '0',
    allowedAddOns: p.allowedAddOns ?? null,
    benchmarkKinds,
  });
  p.items.forEach((item, i) =>
    rows.packageItems.push({
      ...base(i),
      servicePackageId: own.id,
      serviceCode: item.service,
      included: item.included ?? null,
    }),
  );
}

/** Groups rows by a parent id, keeping their order. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * The stored version as a catalogue document in canonical form (every default written out, the
 * key order of `withDefaults`). Provider details come from the provider as registered.
 */
export function rowsToDocument(
  provider: ProviderEntity,
  version: Pick<CatalogueVersionEntity, 'currency' | 'validFrom'>,
  rows: CatalogueRows,
): CatalogueDocument {
  const { code, name, country, locale } = provider;
  return {
    provider: { code, name, country, currency: version.currency, locale },
    validFrom: version.validFrom,
    categories: rows.categories.map((c) => ({ code: c.code, name: c.name })),
    drivers: rows.drivers.map((d) => ({
      code: d.code,
      name: d.name,
      unit: d.unit,
      integer: d.integer,
      standardMeasure: d.standardMeasure,
    })),
    serviceLevels: serviceLevelsOf(rows),
    services: servicesOf(rows),
    servicePackages: servicePackagesOf(rows),
    benchmarkPackages: benchmarkPackagesOf(rows),
  };
}

/** Null when no package is named for any kind (nothing offered), as `withDefaults` writes it. */
function benchmarkPackagesOf(rows: CatalogueRows): BenchmarkPackagesDocument | null {
  const packages: Record<BenchmarkKind, string | null> = { PAYROLL: null, ACCOUNTING: null, BOTH: null };
  for (const p of rows.servicePackages) for (const kind of p.benchmarkKinds) packages[kind] = p.code;
  return BENCHMARK_KINDS.some((kind) => packages[kind] !== null) ? packages : null;
}

function serviceLevelsOf(rows: CatalogueRows): ServiceLevelDocument[] {
  const targets = groupBy(rows.targets, (t) => t.serviceLevelId);
  return rows.serviceLevels.map((level) => ({
    code: level.code,
    name: level.name,
    rank: level.rank,
    surchargePercent: level.surchargePercent,
    targets: (targets.get(level.id) ?? []).map((t) => ({
      metric: t.metric,
      name: t.name,
      value: t.value,
      unit: t.unit,
      service: t.serviceCode,
    })),
  }));
}

function servicesOf(rows: CatalogueRows): ServiceDocument[] {
  const components = groupBy(rows.priceComponents, (c) => c.serviceId);
  const tiers = groupBy(rows.tiers, (t) => t.priceComponentId);
  return rows.services.map((s) => ({
    code: s.code,
    category: s.categoryCode,
    kind: s.kind,
    status: s.status,
    name: s.name,
    ...(s.description === null ? {} : { description: s.description }),
    requires: s.requires,
    excludes: s.excludes,
    limits: s.limits.map((limit) => ({
      driver: limit.driver,
      min: limit.min ?? null,
      max: limit.max ?? null,
    })),
    priceComponents: (components.get(s.id) ?? []).map((c) => ({
      label: c.label,
      model: c.model,
      period: c.period,
      driver: c.driverCode,
      amount: c.amount,
      unitPrice: c.unitPrice,
      tiers:
        c.model === 'GRADUATED' || c.model === 'VOLUME'
          ? (tiers.get(c.id) ?? []).map(({ upTo, unitPrice, flatFee }) => ({ upTo, unitPrice, flatFee }))
          : null,
      minimumCharge: c.minimumCharge,
      fromYear: c.fromYear,
      toYear: c.toYear,
    })),
    responsibilities: s.responsibilities.map((r) => ({ task: r.task, party: r.party })),
  }));
}

function servicePackagesOf(rows: CatalogueRows): ServicePackageDocument[] {
  const items = groupBy(rows.packageItems, (i) => i.servicePackageId);
  return rows.servicePackages.map((p) => ({
    code: p.code,
    name: p.name,
    ...(p.description === null ? {} : { description: p.description }),
    serviceLevel: p.serviceLevelCode,
    discountPercent: p.discountPercent,
    items: (items.get(p.id) ?? []).map((i) => ({ service: i.serviceCode, included: i.included })),
    allowedAddOns: p.allowedAddOns,
  }));
}
