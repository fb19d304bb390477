/** A parsed JSON object. */
export type JsonObject = Record<string, unknown>;

/**
 * True for a plain object as JSON.parse or a YAML loader makes it (not an array, null, a Date, a
 * Map or another class instance, whose fields would not survive a round trip through JSON).
 */
export function isJsonObject(value: unknown): value is JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The value as a list, or an empty list when it is not one (the shape check reports that). */
export function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The field `key` of `value` when `value` is an object; undefined otherwise. */
export function fieldOf(value: unknown, key: string): unknown {
  return isJsonObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** How a message names the JSON type of a value: "a JSON number", "null", "a list"… */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value)}`;
    case 'number':
      return `the JSON number ${String(value)}`;
    case 'boolean':
      return `the boolean ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value} (not JSON)`;
  }
}
