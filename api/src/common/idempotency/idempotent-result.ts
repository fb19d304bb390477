import { createHash } from 'node:crypto';

/** Marks a Date in a stored result, so it comes back as a Date (and a string never does). */
const DATE_TAG = '$sk:date';

/** A mutation's result as stored: JSON in which Dates survive the round trip. */
export function storeResult(result: unknown): string {
  return JSON.stringify(result, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE_TAG]: raw.toISOString() } : value;
  });
}

export function restoreResult<T>(stored: string): T {
  return JSON.parse(stored, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const tagged = (value as Record<string, unknown>)[DATE_TAG];
      if (typeof tagged === 'string' && Object.keys(value).length === 1) return new Date(tagged);
    }
    return value;
  }) as T;
}

/**
 * "Equal arguments": the SHA-256 of the mutation name and its arguments as canonical JSON (object
 * keys sorted, undefined left out), so key order or an omitted optional argument does not matter.
 */
export function requestHash(operation: string, args: unknown): string {
  return createHash('sha256')
    .update(`${operation}\n${canonicalJson(args)}`)
    .digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
