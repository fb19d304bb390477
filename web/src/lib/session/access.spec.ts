import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rolesFor, userManages, userMay } from './access';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Who may do what is decided by shared/src/access, on both sides. A list of roles written out, or
 * two roles compared in one condition, is the rule derived again: it drifts when DESIGN changes.
 * (The user editor's fields per role are about the user being edited, not about who may act.)
 */
const REDERIVED = [
  /Role\[\]\s*=\s*\[/,
  /role\s*[!=]==\s*'(?:ADMIN|ACCOUNT_MANAGER|CUSTOMER)'\s*(?:\|\||&&)[^;\n]*role\s*[!=]==\s*'(?:ADMIN|ACCOUNT_MANAGER|CUSTOMER)'/,
];
const ALLOWED = ['features/users/'];

describe('who may do what in the web', () => {
  it('follows the shared rules', () => {
    expect(rolesFor('QUOTE_EDIT')).toEqual(['CUSTOMER', 'ADMIN']);
    expect(userMay({ role: 'ACCOUNT_MANAGER' }, 'CATALOGUE_EDIT')).toBe(true);
    expect(userMay({ role: 'CUSTOMER' }, 'CATALOGUE_EDIT')).toBe(false);
    expect(userMay(null, 'SIGNED_IN')).toBe(false);
    const manager = { role: 'ACCOUNT_MANAGER' as const, providerCode: 'SA-DK', agency: null };
    expect(userManages(manager, 'SA-DK')).toBe(true);
    expect(userManages(manager, 'DFO-NO')).toBe(false);
    expect(userManages({ role: 'ADMIN', providerCode: null, agency: null }, 'DFO-NO')).toBe(true);
  });

  it('is never derived again from role names in a page', () => {
    const found = sourceFiles(SRC).flatMap((file) => {
      const path = relative(SRC, file);
      if (ALLOWED.some((allowed) => path.startsWith(allowed))) return [];
      const text = readFileSync(file, 'utf8');
      return REDERIVED.some((pattern) => pattern.test(text)) ? [path] : [];
    });
    expect(found).toEqual([]);
  });
});
