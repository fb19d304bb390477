import { isLocalizedText } from '../../../lib/catalogue-words/change-words';
import { formatPath, type PathSegment } from '../../../lib/manage/paths';

/** One value that differs between a recorded `before` and `after`. */
export interface RecordedChange {
  /** Where in the record, as a path ("priceComponents[1].unitPrice"; "" for the whole record). */
  path: string;
  /** The last field name on the path, which decides how the value is written (money, date…). */
  field: string | undefined;
  before: unknown;
  after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Leaves worth comparing whole: scalars, localized texts, and lists of scalars (codes). */
function isLeaf(value: unknown): boolean {
  if (!isRecord(value) && !Array.isArray(value)) return true;
  if (isLocalizedText(value)) return true;
  return Array.isArray(value) && value.every((entry) => !isRecord(entry) && !Array.isArray(entry));
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The values that differ between `before` and `after` of an audit event, down to single fields:
 * a price change in one component of a service shows as "priceComponents[1].unitPrice: 38.00 → 40.00",
 * not as two copies of the whole service. A creation or deletion is one change of the whole record.
 */
export function recordedChanges(before: unknown, after: unknown): RecordedChange[] {
  const changes: RecordedChange[] = [];
  const walk = (a: unknown, b: unknown, path: PathSegment[]) => {
    if (same(a, b)) return;
    const field = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
    const bothRecords = isRecord(a) && isRecord(b) && !isLeaf(a) && !isLeaf(b);
    const bothLists = Array.isArray(a) && Array.isArray(b) && !isLeaf(a) && !isLeaf(b);
    if (path.length > 0 && !bothRecords && !bothLists) {
      changes.push({ path: formatPath(path), field, before: a, after: b });
      return;
    }
    if (path.length === 0 && (a == null || b == null || (!bothRecords && !bothLists))) {
      changes.push({ path: '', field: undefined, before: a, after: b });
      return;
    }
    if (bothLists) {
      const length = Math.max((a as unknown[]).length, (b as unknown[]).length);
      for (let index = 0; index < length; index += 1)
        walk((a as unknown[])[index], (b as unknown[])[index], [...path, index]);
      return;
    }
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    for (const key of keys)
      walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...path, key]);
  };
  walk(before, after, []);
  return changes;
}
