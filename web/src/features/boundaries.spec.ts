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
    const file = join(FEATURES, 'users', 'components', 'Example.tsx');
    expect(featureOf(resolve(dirname(file), '../../agencies/api/agencies'))).toBe('agencies');
    expect(featureOf(resolve(dirname(file), '../../../lib/manage/versions'))).toBeNull();
    expect(featureOf(resolve(dirname(file), '../../../components/manage/ConfirmDialog'))).toBeNull();
    expect(featureOf(resolve(dirname(file), '../api/agency-choices'))).toBe('users');
  });

  it('keeps the former manager area split by subject', () => {
    const features = readdirSync(FEATURES, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const names = features.map((entry) => entry.name);
    expect(names).not.toContain('manager');
    for (const subject of ['catalogue-editing', 'quote-inbox', 'agencies', 'users', 'audit']) {
      expect(names).toContain(subject);
    }
  });

  it('keeps the shared pieces free of features', () => {
    const shared = ['components', 'lib'].flatMap((folder) => sourceFiles(join(FEATURES, '..', folder)));
    const crossings = shared.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT)]
        .map((match) => featureOf(resolve(dirname(file), match[1] ?? match[2] ?? match[3])))
        .filter((target) => target !== null)
        .map((target) => `${relative(join(FEATURES, '..'), file)} → ${target}`),
    );
    expect(crossings).toEqual([]);
  });

  it('leaves the query cache of the manage-area features to their api/ folder', () => {
    // One place per feature refreshes what a change touches (mutation hooks and key factories).
    const features = ['catalogue-editing', 'quote-inbox', 'agencies', 'users', 'audit'];
    const touching = features
      .flatMap((feature) => sourceFiles(join(FEATURES, feature)))
      .filter((file) => !relative(FEATURES, file).split(sep).includes('api'))
      .filter((file) =>
        /\b(useQueryClient|invalidateQueries|resetQueries)\b/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(FEATURES, file));
    expect(touching).toEqual([]);
  });

  it('keeps only hooks in hooks/ folders (plain functions live in model/)', () => {
    const SRC = join(FEATURES, '..');
    const plain = sourceFiles(SRC)
      .filter((file) => relative(SRC, file).split(sep).includes('hooks'))
      .filter((file) => !/\.spec\.tsx?$/.test(file))
      .filter((file) => !/export (?:function|const) use[A-Z]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(plain).toEqual([]);
  });
});
