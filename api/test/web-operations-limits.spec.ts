/**
 * DESIGN "Limits": every operation of the web app passes the operation limits with room to spare.
 * Each document the web sends (the generated client holds them all, fragments included) is checked
 * with the same code as requests are, against the committed schema, with limits well below the
 * defaults and the largest page sizes and comparisons the web may ask for.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OperationLimits } from '../src/common/graphql/operation-limits.js';
import { MAX_PAGE_SIZE } from '../src/common/graphql/paging.js';
import { MAX_COMPARED } from '../src/pricing/pricing.service.js';

const WEB_SRC = fileURLToPath(new URL('../../web/src/', import.meta.url));
const GENERATED = join(WEB_SRC, 'lib/graphql/generated/graphql.ts');

/** Half the defaults (15, 10, 2,000, 50, 5,000), but depth 7: the schema's deepest path is 6 fields. */
const WITH_ROOM = { aliases: 7, depth: 7, tokens: 1000, directives: 25, cost: 2500 };

/** The most a web page asks for: full pages, four configurations side by side. */
const LARGEST_VARIABLES = {
  first: MAX_PAGE_SIZE,
  inputs: Array.from({ length: MAX_COMPARED }, () => ({ providerCode: 'X' })),
};

function generatedDocuments(): Map<string, string> {
  const text = readFileSync(GENERATED, 'utf8');
  const documents = new Map<string, string>();
  for (const [, name, source] of text.matchAll(
    /export const (\w+)Document = new TypedDocumentString\(`([^`]*)`/g,
  )) {
    documents.set(name, source);
  }
  return documents;
}

/** Names of the operations written in the web's sources (`graphql(\`query Name …`). */
function declaredOperations(folder: string): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) {
      if (entry !== 'generated') names.push(...declaredOperations(path));
    } else if (/\.tsx?$/.test(entry) && !/\.spec\.tsx?$/.test(entry)) {
      const text = readFileSync(path, 'utf8');
      for (const [, name] of text.matchAll(/graphql\(\s*`\s*(?:query|mutation|subscription)\s+(\w+)/g)) {
        names.push(name);
      }
    }
  }
  return names;
}

describe("the web app's operations and the operation limits", () => {
  const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
  const documents = generatedDocuments();

  it('finds every operation the web declares among the generated documents', () => {
    const declared = declaredOperations(WEB_SRC);
    expect(declared.length).toBeGreaterThan(50);
    expect(declared.filter((name) => !documents.has(name))).toEqual([]);
  });

  it.each([...documents])('%s passes with room to spare', (_name, query) => {
    const limits = new OperationLimits({ graphqlLimits: WITH_ROOM, introspection: false });
    const checked = limits.check(schema, { query, variables: LARGEST_VARIABLES });
    expect(Array.isArray(checked) ? checked.map((error) => error.message) : []).toEqual([]);
  });

  it('would refuse a document over those limits (the check is not empty)', () => {
    const limits = new OperationLimits({ graphqlLimits: WITH_ROOM, introspection: false });
    const [quotes] = [...documents].filter(([name]) => name === 'Quotes').map(([, query]) => query);
    const checked = limits.check(schema, { query: quotes, variables: { first: 1000 } });
    expect(Array.isArray(checked) && checked.map((error) => error.message)).toEqual([
      expect.stringMatching(/^Operation refused before execution: cost: \d+ > 2500\.$/),
    ]);
  });
});
