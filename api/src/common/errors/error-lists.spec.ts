import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES, API_ERROR_REASONS } from '@servicekatalog/shared';

const SRC = fileURLToPath(new URL('../..', import.meta.url));

/** Every non-spec TypeScript file of the API, with its text. */
function sources(dir = SRC): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.spec.ts')) return [];
    return [{ file: path.slice(SRC.length), text: readFileSync(path, 'utf8') }];
  });
}

/** Each quoted value the pattern finds, with the file it stands in. */
function found(pattern: RegExp): string[] {
  return sources().flatMap(({ file, text }) => [...text.matchAll(pattern)].map((m) => `${m[1]} (${file})`));
}

// Clients classify refusals from the shared lists; a code or reason the API sends that is not
// listed there would reach them as an unknown fault.
describe('the error codes and reasons the API sends', () => {
  it('are all in the shared lists', () => {
    const reasons = found(/reason: '([A-Z_]+)'/g);
    const codes = found(/(?:readonly code = |extensions: \{ code: )'([A-Z_]+)'/g);
    expect(reasons.length).toBeGreaterThan(5);
    expect(codes.length).toBeGreaterThan(5);
    const listedReasons: readonly string[] = API_ERROR_REASONS;
    const listedCodes: readonly string[] = API_ERROR_CODES;
    expect(reasons.filter((item) => !listedReasons.includes(item.split(' ')[0]))).toEqual([]);
    expect(codes.filter((item) => !listedCodes.includes(item.split(' ')[0]))).toEqual([]);
  });
});
