import { isCatalogueCode } from '../formats.js';
import { asList, fieldOf, isJsonObject, type JsonObject } from './json-value.js';

/** The first entry of a list that carries each code, with its index. */
export type CodeIndex = ReadonlyMap<string, { readonly index: number; readonly entry: JsonObject }>;

/** The codes a document defines, for resolving references to them. */
export interface DocumentCodes {
  readonly categories: CodeIndex;
  readonly drivers: CodeIndex;
  readonly serviceLevels: CodeIndex;
  readonly services: CodeIndex;
  readonly servicePackages: CodeIndex;
}

/** Indexes the codes of a document, skipping entries whose code is malformed (reported elsewhere). */
export function indexCodes(input: unknown): DocumentCodes {
  return {
    categories: indexByCode(fieldOf(input, 'categories')),
    drivers: indexByCode(fieldOf(input, 'drivers')),
    serviceLevels: indexByCode(fieldOf(input, 'serviceLevels')),
    services: indexByCode(fieldOf(input, 'services')),
    servicePackages: indexByCode(fieldOf(input, 'servicePackages')),
  };
}

function indexByCode(list: unknown): CodeIndex {
  const index = new Map<string, { index: number; entry: JsonObject }>();
  asList(list).forEach((entry, position) => {
    const code = fieldOf(entry, 'code');
    if (isJsonObject(entry) && isCatalogueCode(code) && !index.has(code))
      index.set(code, { index: position, entry });
  });
  return index;
}
