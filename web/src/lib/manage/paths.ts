/**
 * Paths into a catalogue document or a form value, written the way the API writes them:
 * "priceComponents[0].tiers[1].upTo". The forms keep their values in the document's shape, so an
 * error the API reports at a document path finds its field by the same path.
 */
export type PathSegment = string | number;

/** "a.b[2].c" → ["a", "b", 2, "c"]. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    segments.push(match[1] === undefined ? match[2] : Number(match[1]));
  }
  return segments;
}

/** ["a", "b", 2, "c"] → "a.b[2].c". */
export function formatPath(segments: readonly PathSegment[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`;
    return path ? `${path}.${segment}` : segment;
  }, '');
}

/** The value at `path`, or undefined when anything on the way is missing. */
export function getAt(value: unknown, path: string): unknown {
  let node = value;
  for (const segment of parsePath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return node;
}

/** A copy of `value` with `next` at `path` (objects and arrays on the way are copied, not changed). */
export function setAt<T>(value: T, path: string, next: unknown): T {
  const segments = parsePath(path);
  const write = (node: unknown, index: number): unknown => {
    if (index === segments.length) return next;
    const segment = segments[index];
    if (typeof segment === 'number') {
      const list = Array.isArray(node) ? [...(node as unknown[])] : [];
      list[segment] = write(list[segment], index + 1);
      return list;
    }
    const record = node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : {};
    return { ...record, [segment]: write(record[segment], index + 1) };
  };
  return write(value, 0) as T;
}

/** The path itself, then each enclosing path out to the top: "a[1].b" → ["a[1].b", "a[1]", "a"]. */
export function pathAndParents(path: string): string[] {
  const segments = parsePath(path);
  const paths: string[] = [];
  for (let length = segments.length; length > 0; length -= 1)
    paths.push(formatPath(segments.slice(0, length)));
  return paths;
}

/** `path` relative to `prefix` ("services[3].code" in "services[3]" → "code"); null when outside it. */
export function relativeTo(path: string, prefix: string): string | null {
  if (path === prefix) return '';
  if (path.startsWith(`${prefix}.`)) return path.slice(prefix.length + 1);
  if (path.startsWith(`${prefix}[`)) return path.slice(prefix.length);
  return null;
}
