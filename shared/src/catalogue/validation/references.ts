import { isCatalogueCode } from '../formats.js';
import type { CodeIndex, DocumentCodes } from './code-index.js';
import type { JsonPath } from './json-path.js';
import { asList, fieldOf, isJsonObject } from './json-value.js';
import type { Problems } from './problems.js';
import { didYouMean } from './suggest.js';

/** Reports a code at `path` that names no `noun` of the document. Malformed codes are left to the shape check. */
function checkReference(
  value: unknown,
  path: JsonPath,
  known: CodeIndex,
  noun: string,
  problems: Problems,
): void {
  if (!isCatalogueCode(value) || known.has(value)) return;
  problems.report(
    path,
    `Unknown ${noun} "${value}": no ${noun} in this document has that code.${didYouMean(value, known.keys())}`,
  );
}

/** Every code a document refers to must be defined in it (DESIGN, pricing rule 6). */
export function checkReferences(input: unknown, codes: DocumentCodes, problems: Problems): void {
  asList(fieldOf(input, 'serviceLevels')).forEach((level, i) => {
    asList(fieldOf(level, 'targets')).forEach((target, k) => {
      const path = ['serviceLevels', i, 'targets', k, 'service'];
      checkReference(fieldOf(target, 'service'), path, codes.services, 'service', problems);
    });
  });
  asList(fieldOf(input, 'services')).forEach((service, i) =>
    checkService(service, ['services', i], codes, problems),
  );
  asList(fieldOf(input, 'servicePackages')).forEach((servicePackage, i) =>
    checkServicePackage(servicePackage, ['servicePackages', i], codes, problems),
  );
}

function checkService(service: unknown, path: JsonPath, codes: DocumentCodes, problems: Problems): void {
  checkReference(fieldOf(service, 'category'), [...path, 'category'], codes.categories, 'category', problems);
  asList(fieldOf(service, 'requires')).forEach((group, g) => {
    asList(group).forEach((code, k) =>
      checkReference(code, [...path, 'requires', g, k], codes.services, 'service', problems),
    );
  });
  checkExcludes(service, path, codes.services, problems);
  checkLimits(asList(fieldOf(service, 'limits')), [...path, 'limits'], codes.drivers, problems);
  asList(fieldOf(service, 'priceComponents')).forEach((component, k) => {
    const here = [...path, 'priceComponents', k, 'driver'];
    checkReference(fieldOf(component, 'driver'), here, codes.drivers, 'driver', problems);
  });
}

function checkExcludes(service: unknown, path: JsonPath, services: CodeIndex, problems: Problems): void {
  const own = fieldOf(service, 'code');
  asList(fieldOf(service, 'excludes')).forEach((code, k) => {
    const here = [...path, 'excludes', k];
    if (isCatalogueCode(code) && code === own)
      problems.report(here, `Service "${code}" cannot exclude itself.`);
    else checkReference(code, here, services, 'service', problems);
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
    checkReference(fieldOf(limit, 'driver'), [...path, k, 'driver'], drivers, 'driver', problems);
  });
  reportRepeats(
    limits,
    path,
    'driver',
    problems,
    (driver, first) =>
      `The limits already have an entry for driver "${driver}" (limits[${first}]); give one limit per driver.`,
  );
}

function checkServicePackage(
  servicePackage: unknown,
  path: JsonPath,
  codes: DocumentCodes,
  problems: Problems,
): void {
  const level = fieldOf(servicePackage, 'serviceLevel');
  checkReference(level, [...path, 'serviceLevel'], codes.serviceLevels, 'service level', problems);
  const items = asList(fieldOf(servicePackage, 'items'));
  items.forEach((item, k) => {
    checkReference(
      fieldOf(item, 'service'),
      [...path, 'items', k, 'service'],
      codes.services,
      'service',
      problems,
    );
    const included = fieldOf(item, 'included');
    if (!isJsonObject(included)) return;
    for (const driver of Object.keys(included)) {
      checkReference(driver, [...path, 'items', k, 'included', driver], codes.drivers, 'driver', problems);
    }
  });
  reportRepeats(
    items,
    [...path, 'items'],
    'service',
    problems,
    (service, first) =>
      `Service "${service}" is already an item of this package (items[${first}]); list each service once.`,
  );
  asList(fieldOf(servicePackage, 'allowedAddOns')).forEach((code, k) => {
    checkAllowedAddOn(code, [...path, 'allowedAddOns', k], codes.services, problems);
  });
}

/** `allowedAddOns` narrows which ADDON services may be added, so a CORE service there is a mistake. */
function checkAllowedAddOn(code: unknown, path: JsonPath, services: CodeIndex, problems: Problems): void {
  checkReference(code, path, services, 'service', problems);
  const kind = isCatalogueCode(code) ? fieldOf(services.get(code)?.entry, 'kind') : undefined;
  if (kind === 'CORE') {
    problems.report(
      path,
      `Service "${String(code)}" is a CORE service; "allowedAddOns" may only list ADDON services.`,
    );
  }
}

/**
 * Reports every entry of `list` whose `field` repeats the value of an earlier entry, at that
 * field; `describe` gets the value and the index of its first entry.
 */
export function reportRepeats(
  list: readonly unknown[],
  path: JsonPath,
  field: string,
  problems: Problems,
  describe: (value: string, first: number) => string,
): void {
  const seen = new Map<string, number>();
  list.forEach((entry, index) => {
    const value = fieldOf(entry, field);
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isSafeInteger(value))) return;
    const key = `${typeof value}:${String(value)}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else problems.report([...path, index, field], describe(String(value), first));
  });
}

const COLLECTIONS = [
  ['categories', 'category'],
  ['drivers', 'driver'],
  ['serviceLevels', 'service level'],
  ['services', 'service'],
  ['servicePackages', 'service package'],
] as const;

/** Codes are unique within each list, and service-level ranks are unique (DESIGN, pricing rule 1). */
export function checkUniqueness(input: unknown, problems: Problems): void {
  for (const [key, noun] of COLLECTIONS) {
    reportRepeats(
      asList(fieldOf(input, key)),
      [key],
      'code',
      problems,
      (code, first) => `Duplicate ${noun} code "${code}": ${key}[${first}] already has it.`,
    );
  }
  reportRepeats(
    asList(fieldOf(input, 'serviceLevels')),
    ['serviceLevels'],
    'rank',
    problems,
    (rank, first) =>
      `Rank ${rank} is already used by serviceLevels[${first}]; ranks must be unique so that the default level is clear.`,
  );
}
