import { integerParam } from '../request-checks.js';
import { TmfError } from './tmf-error.js';
import type { TmfResource } from './tmf-resource.js';

// The same kind of bounds as the GraphQL reads: pages of at most 100, a bounded field list.
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
const MAX_OFFSET = 1_000_000;
const MAX_FIELDS = 50;
const FIELD_NAME = /^@?[A-Za-z][A-Za-z0-9]{0,63}$/;

/** The fields a response keeps whatever `fields` asks for (DESIGN, "Standards exports"). */
const ALWAYS = ['id', 'href', '@type'];

export interface ListQuery {
  offset: number;
  limit: number;
  fields: readonly string[] | null;
}

/** `offset`, `limit` and `fields` of a list request, checked; a bad one is a 400 naming it. */
export function listQuery(query: Record<string, unknown>): ListQuery {
  const offset = integerParam(query.offset, 0, MAX_OFFSET);
  if (offset === null) throw TmfError.badRequest(`offset must be a whole number from 0 to ${MAX_OFFSET}.`);
  const limit = integerParam(query.limit, 1, MAX_LIMIT);
  if (limit === null) throw TmfError.badRequest(`limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  return { offset: offset ?? 0, limit: limit ?? DEFAULT_LIMIT, fields: fieldsParam(query.fields) };
}

/** The `fields` selection: null for every field; a 400 when it is not a short list of attribute names. */
export function fieldsParam(value: unknown): readonly string[] | null {
  if (value === undefined) return null;
  const names = typeof value === 'string' ? value.split(',').map((name) => name.trim()) : [];
  if (names.length === 0 || names.length > MAX_FIELDS || !names.every((name) => FIELD_NAME.test(name))) {
    throw TmfError.badRequest(
      `fields must be a comma-separated list of at most ${MAX_FIELDS} attribute names.`,
    );
  }
  return names;
}

/** The resource with only the selected first-level attributes, plus id, href and @type. */
export function selectFields(resource: TmfResource, fields: readonly string[] | null): TmfResource {
  if (!fields) return resource;
  const wanted = new Set([...ALWAYS, ...fields]);
  return Object.fromEntries(Object.entries(resource).filter(([key]) => wanted.has(key))) as TmfResource;
}
