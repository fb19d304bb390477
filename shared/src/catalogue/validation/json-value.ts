import type { JsonKind } from '../document-errors.js';

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

/**
 * The JSON type of a value as the params of a message name it (`actual`), with the value itself
 * as JSON text where the message quotes it: a string, number or boolean (for something that is
 * not JSON at all, its JavaScript type).
 */
export function jsonKind(value: unknown): { actual: JsonKind; value?: string } {
  if (value === null) return { actual: 'NULL' };
  if (Array.isArray(value)) return { actual: 'LIST' };
  switch (typeof value) {
    case 'string':
      return { actual: 'STRING', value: JSON.stringify(value) };
    case 'number':
      return { actual: 'NUMBER', value: String(value) };
    case 'boolean':
      return { actual: 'BOOLEAN', value: String(value) };
    case 'object':
      return { actual: 'OBJECT' };
    default:
      return { actual: 'NOT_JSON', value: typeof value };
  }
}
