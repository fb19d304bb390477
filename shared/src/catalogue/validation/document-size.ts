import { DOCUMENT_LIMITS, type DocumentLimit } from '../../limits/document-limits.js';
import type { JsonPath } from './json-path.js';
import { asList, fieldOf, isJsonObject } from './json-value.js';
import type { Problems } from './problems.js';
import { reportField } from './rules.js';

/**
 * Checks every count limit of DESIGN ("Catalogue documents") before anything else walks the
 * document, reading only list lengths and never descending into a list that is over its limit:
 * a document with 50,000 tiers costs one comparison. True when the document is within every
 * limit; otherwise the validator stops here, since walking an oversized document is the very cost
 * the limits exist to avoid.
 */
export function checkDocumentSize(input: unknown, problems: Problems): boolean {
  const before = problems.count;
  const at = (key: string, limit: DocumentLimit): readonly unknown[] =>
    counted(fieldOf(input, key), [key], limit, problems);
  at('categories', 'categories');
  at('drivers', 'drivers');
  for (const [index, level] of at('serviceLevels', 'serviceLevels').entries())
    counted(fieldOf(level, 'targets'), ['serviceLevels', index, 'targets'], 'targets', problems);
  for (const [index, item] of at('servicePackages', 'servicePackages').entries())
    checkPackageSize(item, ['servicePackages', index], problems);
  let tiers = 0;
  for (const [index, service] of at('services', 'services').entries())
    tiers += checkServiceSize(service, ['services', index], problems);
  if (tiers > DOCUMENT_LIMITS.tiersInAll)
    problems.report([], 'TOO_MANY_TIERS_IN_ALL', { max: DOCUMENT_LIMITS.tiersInAll, count: tiers });
  return problems.count === before;
}

/** Counts a service's lists and returns how many tiers its price components have. */
function checkServiceSize(service: unknown, path: JsonPath, problems: Problems): number {
  const at = (key: string, limit: DocumentLimit): readonly unknown[] =>
    counted(fieldOf(service, key), [...path, key], limit, problems);
  at('excludes', 'excludes');
  at('limits', 'limits');
  at('responsibilities', 'responsibilities');
  for (const [index, group] of at('requires', 'requires').entries())
    counted(group, [...path, 'requires', index], 'requiresGroupCodes', problems);
  let tiers = 0;
  for (const [index, component] of at('priceComponents', 'priceComponents').entries()) {
    const tiersPath = [...path, 'priceComponents', index, 'tiers'];
    tiers += counted(fieldOf(component, 'tiers'), tiersPath, 'tiers', problems).length;
  }
  return tiers;
}

function checkPackageSize(item: unknown, path: JsonPath, problems: Problems): void {
  counted(fieldOf(item, 'allowedAddOns'), [...path, 'allowedAddOns'], 'allowedAddOns', problems);
  const items = counted(fieldOf(item, 'items'), [...path, 'items'], 'packageItems', problems);
  for (const [index, entry] of items.entries()) {
    const included = fieldOf(entry, 'included');
    const count = isJsonObject(included) ? Object.keys(included).length : 0;
    if (count > DOCUMENT_LIMITS.included)
      report(problems, [...path, 'items', index, 'included'], 'included', count);
  }
}

/**
 * `value` when it is a list within `limit`; an empty list when it is over it (reported) or is not
 * a list at all (the shape check reports that).
 */
function counted(
  value: unknown,
  path: JsonPath,
  limit: DocumentLimit,
  problems: Problems,
): readonly unknown[] {
  const list = asList(value);
  if (list.length <= DOCUMENT_LIMITS[limit]) return list;
  report(problems, path, limit, list.length);
  return [];
}

function report(problems: Problems, path: JsonPath, limit: DocumentLimit, count: number): void {
  reportField(problems, path, 'TOO_MANY_ENTRIES', { max: DOCUMENT_LIMITS[limit], count });
}
