import type { DocumentErrorCode, DocumentErrorParams, ItemKind } from '../document-errors.js';
import { isCatalogueCode } from '../formats.js';
import type { CodeIndex, DocumentCodes } from './code-index.js';
import type { JsonPath } from './json-path.js';
import { asList, fieldOf, isJsonObject } from './json-value.js';
import type { Problems } from './problems.js';
import { suggestionFor } from './rules.js';

/** Reports a code at `path` that names no `item` of the document. Malformed codes are left to the shape check. */
function checkReference(
  value: unknown,
  path: JsonPath,
  known: CodeIndex,
  item: ItemKind,
  problems: Problems,
): void {
  if (!isCatalogueCode(value) || known.has(value)) return;
  problems.report(path, 'UNKNOWN_REFERENCE', { item, code: value, ...suggestionFor(value, known.keys()) });
}

/** Every code a document refers to must be defined in it (DESIGN, pricing rule 6). */
export function checkReferences(input: unknown, codes: DocumentCodes, problems: Problems): void {
  asList(fieldOf(input, 'serviceLevels')).forEach((level, i) => {
    asList(fieldOf(level, 'targets')).forEach((target, k) => {
      const path = ['serviceLevels', i, 'targets', k, 'service'];
      checkReference(fieldOf(target, 'service'), path, codes.services, 'SERVICE', problems);
    });
  });
  asList(fieldOf(input, 'services')).forEach((service, i) =>
    checkService(service, ['services', i], codes, problems),
  );
  asList(fieldOf(input, 'servicePackages')).forEach((servicePackage, i) =>
    checkServicePackage(servicePackage, ['servicePackages', i], codes, problems),
  );
  const benchmark = fieldOf(input, 'benchmarkPackages');
  if (isJsonObject(benchmark)) {
    for (const [kind, code] of Object.entries(benchmark)) {
      const path = ['benchmarkPackages', kind];
      checkReference(code, path, codes.servicePackages, 'SERVICE_PACKAGE', problems);
    }
  }
}

function checkService(service: unknown, path: JsonPath, codes: DocumentCodes, problems: Problems): void {
  checkReference(fieldOf(service, 'category'), [...path, 'category'], codes.categories, 'CATEGORY', problems);
  asList(fieldOf(service, 'requires')).forEach((group, g) => {
    asList(group).forEach((code, k) =>
      checkReference(code, [...path, 'requires', g, k], codes.services, 'SERVICE', problems),
    );
  });
  checkExcludes(service, path, codes.services, problems);
  checkLimits(asList(fieldOf(service, 'limits')), [...path, 'limits'], codes.drivers, problems);
  asList(fieldOf(service, 'priceComponents')).forEach((component, k) => {
    const here = [...path, 'priceComponents', k, 'driver'];
    checkReference(fieldOf(component, 'driver'), here, codes.drivers, 'DRIVER', problems);
  });
}

function checkExcludes(service: unknown, path: JsonPath, services: CodeIndex, problems: Problems): void {
  const own = fieldOf(service, 'code');
  asList(fieldOf(service, 'excludes')).forEach((code, k) => {
    const here = [...path, 'excludes', k];
    if (isCatalogueCode(code) && code === own) problems.report(here, 'SELF_EXCLUSION', { service: code });
    else checkReference(code, here, services, 'SERVICE', problems);
  });
}

/** Limits name known drivers, one limit per driver (two would leave the range ambiguous). */
function checkLimits(
  limits: readonly unknown[],
  path: JsonPath,
  drivers: CodeIndex,
  problems: Problems,
): void {
  limits.forEach((limit, k) => {
    checkReference(fieldOf(limit, 'driver'), [...path, k, 'driver'], drivers, 'DRIVER', problems);
  });
  reportRepeats(limits, path, 'driver', problems, 'DUPLICATE_LIMIT');
}

function checkServicePackage(
  servicePackage: unknown,
  path: JsonPath,
  codes: DocumentCodes,
  problems: Problems,
): void {
  const level = fieldOf(servicePackage, 'serviceLevel');
  checkReference(level, [...path, 'serviceLevel'], codes.serviceLevels, 'SERVICE_LEVEL', problems);
  const items = asList(fieldOf(servicePackage, 'items'));
  items.forEach((item, k) => {
    checkReference(
      fieldOf(item, 'service'),
      [...path, 'items', k, 'service'],
      codes.services,
      'SERVICE',
      problems,
    );
    const included = fieldOf(item, 'included');
    if (!isJsonObject(included)) return;
    for (const driver of Object.keys(included)) {
      checkReference(driver, [...path, 'items', k, 'included', driver], codes.drivers, 'DRIVER', problems);
    }
  });
  reportRepeats(items, [...path, 'items'], 'service', problems, 'DUPLICATE_PACKAGE_ITEM');
  asList(fieldOf(servicePackage, 'allowedAddOns')).forEach((code, k) => {
    checkAllowedAddOn(code, [...path, 'allowedAddOns', k], codes.services, problems);
  });
}

/** `allowedAddOns` narrows which ADDON services may be added, so a CORE service there is a mistake. */
function checkAllowedAddOn(code: unknown, path: JsonPath, services: CodeIndex, problems: Problems): void {
  checkReference(code, path, services, 'SERVICE', problems);
  const kind = isCatalogueCode(code) ? fieldOf(services.get(code)?.entry, 'kind') : undefined;
  if (kind === 'CORE') problems.report(path, 'CORE_SERVICE_AS_ADD_ON', { service: String(code) });
}

/**
 * Reports every entry of `list` whose `field` repeats the value of an earlier entry, at that
 * field, as `code` with the params `extra`, the value under the field's name, and `first`: the
 * index of the entry that has it first.
 */
function reportRepeats(
  list: readonly unknown[],
  path: JsonPath,
  field: string,
  problems: Problems,
  code: DocumentErrorCode,
  extra: DocumentErrorParams = {},
): void {
  const seen = new Map<string, number>();
  list.forEach((entry, index) => {
    const value = fieldOf(entry, field);
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isSafeInteger(value))) return;
    const key = `${typeof value}:${String(value)}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    problems.report([...path, index, field], code, { ...extra, [field]: value, first });
  });
}

const COLLECTIONS = [
  ['categories', 'CATEGORY'],
  ['drivers', 'DRIVER'],
  ['serviceLevels', 'SERVICE_LEVEL'],
  ['services', 'SERVICE'],
  ['servicePackages', 'SERVICE_PACKAGE'],
] as const;

/** Codes are unique within each list, and service-level ranks are unique (DESIGN, pricing rule 1). */
export function checkUniqueness(input: unknown, problems: Problems): void {
  for (const [key, item] of COLLECTIONS) {
    reportRepeats(asList(fieldOf(input, key)), [key], 'code', problems, 'DUPLICATE_CODE', {
      item,
      list: key,
    });
  }
  reportRepeats(
    asList(fieldOf(input, 'serviceLevels')),
    ['serviceLevels'],
    'rank',
    problems,
    'DUPLICATE_RANK',
  );
}
