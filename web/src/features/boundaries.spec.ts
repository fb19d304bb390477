import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// STYLE: features do not import each other; app/ composes them, and what several need lives in
// components/ui or lib. Checked over every source file, since a relative path hides the boundary.
const FEATURES = dirname(fileURLToPath(import.meta.url));
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\s*\(\s*['"](\.[^'"]+)['"]\s*\)|import\s+['"](\.[^'"]+)['"]/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The feature a path lies in, or null outside features/. */
function featureOf(path: string): string | null {
  const inside = relative(FEATURES, path);
  return inside.startsWith('..') ? null : (inside.split(sep)[0] ?? null);
}

describe('feature boundaries', () => {
  it('no feature imports another feature', () => {
    const crossings: string[] = [];
    for (const file of sourceFiles(FEATURES)) {
      const own = featureOf(file);
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const target = featureOf(resolve(dirname(file), match[1] ?? match[2] ?? match[3]));
        if (target !== null && target !== own) crossings.push(`${relative(FEATURES, file)} → ${target}`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('finds a crossing when there is one', () => {
    const file = join(FEATURES, 'manager', 'components', 'Example.tsx');
    expect(featureOf(resolve(dirname(file), '../../proposals/api/proposals'))).toBe('proposals');
    expect(featureOf(resolve(dirname(file), '../../../lib/format'))).toBeNull();
    expect(featureOf(resolve(dirname(file), '../api/agencies'))).toBe('manager');
  });
});
