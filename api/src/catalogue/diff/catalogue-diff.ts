import {
  Decimal,
  type CatalogueDocument,
  type LocalizedText,
  type PriceComponentDocument,
  type ServiceDocument,
} from '@servicekatalog/shared';

export type CatalogueChangeKind =
  | 'SETTINGS'
  | 'CATEGORY'
  | 'VOLUME_DRIVER'
  | 'SERVICE_LEVEL'
  | 'SERVICE'
  | 'PRICE_COMPONENT'
  | 'SERVICE_PACKAGE';
export type CatalogueChangeType = 'ADDED' | 'REMOVED' | 'CHANGED';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** One difference between two catalogue documents. */
export interface CatalogueChange {
  kind: CatalogueChangeKind;
  /** The item's code; for a price component the code of its service; for SETTINGS the provider's. */
  code: string;
  /** English name (a price component's label), for showing the change. */
  name: string | null;
  change: CatalogueChangeType;
  /** Document path of the item: in `to`, or in `from` when it was removed. */
  path: string;
  before: unknown;
  after: unknown;
  /** CHANGED only: the item's fields whose values differ (a service's price components are separate changes). */
  fields: FieldChange[];
}

interface Item {
  code: string;
  name?: LocalizedText;
}

type ItemList = 'categories' | 'drivers' | 'serviceLevels' | 'servicePackages';

const LISTS: [CatalogueChangeKind, ItemList][] = [
  ['CATEGORY', 'categories'],
  ['VOLUME_DRIVER', 'drivers'],
  ['SERVICE_LEVEL', 'serviceLevels'],
];

/**
 * Every difference between two catalogue documents in canonical form (`withDefaults`): the
 * version settings, then categories, drivers, service levels, services (each followed by its
 * price components) and service packages. Items are matched by code; within a kind, the items of
 * `to` come in their order (ADDED or CHANGED), then the REMOVED ones in the order of `from`.
 * Decimals are compared by value ("38.00" equals "38"); everything else exactly.
 */
export function diffCatalogues(from: CatalogueDocument, to: CatalogueDocument): CatalogueChange[] {
  return [
    ...settingsChanges(from, to),
    ...LISTS.flatMap(([kind, list]) => listChanges(kind, list, from[list], to[list])),
    ...serviceChanges(from.services, to.services),
    ...listChanges('SERVICE_PACKAGE', 'servicePackages', from.servicePackages, to.servicePackages),
  ];
}

function settingsChanges(from: CatalogueDocument, to: CatalogueDocument): CatalogueChange[] {
  const before = {
    validFrom: from.validFrom ?? null,
    currency: from.provider.currency,
    benchmarkPackages: from.benchmarkPackages ?? null,
  };
  const after = {
    validFrom: to.validFrom ?? null,
    currency: to.provider.currency,
    benchmarkPackages: to.benchmarkPackages ?? null,
  };
  const fields = fieldChanges(before, after);
  if (fields.length === 0) return [];
  return [
    {
      kind: 'SETTINGS',
      code: to.provider.code,
      name: null,
      change: 'CHANGED',
      path: '',
      before,
      after,
      fields,
    },
  ];
}

function listChanges<T extends Item>(
  kind: CatalogueChangeKind,
  list: string,
  before: readonly T[],
  after: readonly T[],
  ignored: string[] = [],
): CatalogueChange[] {
  const changes: CatalogueChange[] = [];
  const beforeByCode = new Map(before.map((item) => [item.code, item]));
  const afterCodes = new Set(after.map((item) => item.code));
  after.forEach((item, i) => {
    const path = `${list}[${i}]`;
    const old = beforeByCode.get(item.code);
    if (!old) {
      changes.push({
        kind,
        code: item.code,
        name: englishOf(item.name),
        change: 'ADDED',
        path,
        before: null,
        after: item,
        fields: [],
      });
      return;
    }
    const fields = fieldChanges(old, item, ['code', ...ignored]);
    if (fields.length > 0)
      changes.push({
        kind,
        code: item.code,
        name: englishOf(item.name),
        change: 'CHANGED',
        path,
        before: old,
        after: item,
        fields,
      });
  });
  before.forEach((item, i) => {
    if (!afterCodes.has(item.code)) {
      changes.push({
        kind,
        code: item.code,
        name: englishOf(item.name),
        change: 'REMOVED',
        path: `${list}[${i}]`,
        before: item,
        after: null,
        fields: [],
      });
    }
  });
  return changes;
}

/** Services as items (without their price components), each CHANGED or kept service followed by its component changes. */
function serviceChanges(
  before: readonly ServiceDocument[],
  after: readonly ServiceDocument[],
): CatalogueChange[] {
  const ownChanges = listChanges('SERVICE', 'services', before, after, ['priceComponents']);
  const beforeByCode = new Map(before.map((service) => [service.code, service]));
  const changes: CatalogueChange[] = [];
  after.forEach((service, i) => {
    changes.push(...ownChanges.filter((change) => change.code === service.code));
    const old = beforeByCode.get(service.code);
    if (old)
      changes.push(
        ...componentChanges(service.code, `services[${i}]`, old.priceComponents, service.priceComponents),
      );
  });
  changes.push(...ownChanges.filter((change) => change.change === 'REMOVED'));
  return changes;
}

/**
 * Price components have no code: they are matched by English label when the labels are unique
 * in both versions (so removing one does not make the rest look changed), else by position.
 */
function componentChanges(
  serviceCode: string,
  servicePath: string,
  before: readonly PriceComponentDocument[],
  after: readonly PriceComponentDocument[],
): CatalogueChange[] {
  const byLabel = uniqueLabels(before) && uniqueLabels(after);
  const keyOf = (component: PriceComponentDocument, i: number) =>
    byLabel ? `label:${englishOf(component.label)}` : `index:${i}`;
  const keyed = before.map((component, i) => ({
    code: keyOf(component, i),
    name: component.label,
    component,
  }));
  const keyedAfter = after.map((component, i) => ({
    code: keyOf(component, i),
    name: component.label,
    component,
  }));
  // The service path stands in for the list name so paths come out as "services[2].priceComponents[0]".
  const changes = listChanges('PRICE_COMPONENT', `${servicePath}.priceComponents`, keyed, keyedAfter);
  return changes.map((change) => ({
    ...change,
    code: serviceCode,
    before: componentOf(change.before),
    after: componentOf(change.after),
    fields: change.fields
      .filter((field) => field.field === 'component')
      .flatMap((field) => fieldChanges(componentOf(field.before) ?? {}, componentOf(field.after) ?? {})),
  }));
}

function componentOf(value: unknown): object | null {
  if (typeof value !== 'object' || value === null) return null;
  return 'component' in value && typeof value.component === 'object' ? value.component : value;
}

function uniqueLabels(components: readonly PriceComponentDocument[]): boolean {
  const labels = components.map((component) => englishOf(component.label));
  return new Set(labels).size === labels.length;
}

/** The fields of two versions of an item whose values differ, in the order of the newer one. */
function fieldChanges(before: object, after: object, ignored: string[] = []): FieldChange[] {
  const old = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(now), ...Object.keys(old)])].filter(
    (key) => !ignored.includes(key),
  );
  return keys
    .filter((key) => !sameValue(old[key], now[key]))
    .map((field) => ({ field, before: old[field] ?? null, after: now[field] ?? null }));
}

/** Deep equality of JSON values, with decimal strings compared by value. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a === 'string' && typeof b === 'string')
    return Decimal.isPlain(a) && Decimal.isPlain(b) && Decimal.parse(a).eq(Decimal.parse(b));
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((value, i) => sameValue(value, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return false;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function englishOf(text: LocalizedText | undefined): string | null {
  if (!text) return null;
  return text.en ?? Object.values(text)[0] ?? null;
}
