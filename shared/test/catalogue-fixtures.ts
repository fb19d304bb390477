import { readFileSync } from 'node:fs';
import type { CatalogueDocument } from '../src/catalogue/document.js';
import type { JsonPath } from '../src/catalogue/validation/json-path.js';

/** A fresh copy of a fixture catalogue document: "ex-no" (DESIGN's examples) or "ex-dk" (DESIGN's format example). */
export function fixture(name: 'ex-no' | 'ex-dk'): CatalogueDocument {
  const url = new URL(`./fixtures/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as CatalogueDocument;
}

/** A deep copy of `value` with the value at `path` replaced (or removed, for undefined). Never mutates. */
export function changed(value: unknown, path: JsonPath, replacement: unknown): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(value));
  const parent = walk(copy, path.slice(0, -1));
  const last = path[path.length - 1];
  if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

/** Applies several changes in turn. */
export function changedAll(value: unknown, changes: readonly (readonly [JsonPath, unknown])[]): unknown {
  return changes.reduce((current, [path, replacement]) => changed(current, path, replacement), value);
}

type Container = Record<string | number, unknown>;

function walk(root: unknown, path: JsonPath): Container {
  let node = root;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null) throw new Error(`no container at ${String(segment)}`);
    node = (node as Container)[segment];
  }
  if (typeof node !== 'object' || node === null) throw new Error(`no container at ${path.join('.')}`);
  return node as Container;
}
