import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { boundaryViolations, handWrittenVersionBumps, sourceFiles, type SourceFile } from './boundaries.js';

const files = sourceFiles(fileURLToPath(new URL('../../src', import.meta.url)));

const entity = (path: string, table: string): SourceFile => ({
  path,
  text: `@Entity({ name: '${table}' })\nexport class X {}`,
});

describe('domain boundaries of api/src', () => {
  it('no domain imports another domain’s repository or entity, or names its tables in SQL', () => {
    expect(boundaryViolations(files)).toEqual([]);
  });

  it('draft impact reads no quotes, agencies or catalogue tables: it asks their services', () => {
    const impact = files.filter((file) => file.path.startsWith('draft-impact/'));
    expect(impact.map((file) => file.path)).toContain('draft-impact/draft-impact.service.ts');
    expect(
      impact.filter((file) => /InjectDataSource|EntityManager|createQueryBuilder/.test(file.text)),
    ).toEqual([]);
  });

  it('only common/persistence writes `version = version + 1`', () => {
    expect(files.some((file) => file.path === 'common/persistence/versioned-update.ts')).toBe(true);
    expect(handWrittenVersionBumps(files)).toEqual([]);
  });
});

describe('the boundary checks catch a breach', () => {
  const quotes = entity('quotes/quote.entity.ts', 'quotes');

  it('a repository of another domain', () => {
    const bad = {
      path: 'agencies/a.service.ts',
      text: "import { QuoteRepository } from '../quotes/quote.repository.js';",
    };
    expect(boundaryViolations([quotes, bad])).toEqual([
      'agencies/a.service.ts imports quotes/quote.repository.ts: ask the quotes service instead',
    ]);
  });

  it('an entity of another domain as a value, but not as a type', () => {
    const value = { path: 'agencies/a.ts', text: "import { QuoteEntity } from '../quotes/quote.entity.js';" };
    const type = {
      path: 'agencies/b.ts',
      text: "import type { QuoteEntity } from '../quotes/quote.entity.js';",
    };
    const inline = {
      path: 'agencies/c.ts',
      text: "import { type QuoteEntity } from '../quotes/quote.entity.js';",
    };
    expect(boundaryViolations([quotes, value, type, inline])).toEqual([
      'agencies/a.ts imports the entity quotes/quote.entity.ts as a value: only quotes queries it',
    ]);
  });

  it('another domain’s table in a query builder or in raw SQL, not in a comment', () => {
    const builder = { path: 'draft-impact/r.ts', text: "qb.select('q.id').from('quotes', 'q')" };
    const raw = { path: 'catalogue/r.ts', text: 'manager.query("SELECT id FROM quotes WHERE x")' };
    const joined = { path: 'proposals/r.ts', text: "qb.leftJoin('quotes', 'q', 'q.id = p.id')" };
    const comment = { path: 'benchmarks/r.ts', text: '// reads nothing FROM quotes itself' };
    expect(boundaryViolations([quotes, builder, raw, joined, comment])).toEqual([
      'draft-impact/r.ts names the quotes table quotes in SQL',
      'catalogue/r.ts names the quotes table quotes in SQL',
      'proposals/r.ts names the quotes table quotes in SQL',
    ]);
  });

  it('a version bump written by hand outside common/persistence', () => {
    const bump = { path: 'quotes/q.ts', text: "qb.set({ version: () => 'version + 1' })" };
    const sql = {
      path: 'users/u.ts',
      text: 'await m.query(`UPDATE users SET version = version + 1 WHERE id = $1`)',
    };
    const tokens = { path: 'users/t.ts', text: "qb.set({ tokenVersion: () => 'token_version + 1' })" };
    const helper = { path: 'common/persistence/versioned-update.ts', text: "version: () => 'version + 1'" };
    expect(handWrittenVersionBumps([bump, sql, tokens, helper])).toEqual(['quotes/q.ts', 'users/u.ts']);
  });
});
