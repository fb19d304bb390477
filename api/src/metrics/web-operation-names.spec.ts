import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Metrics } from './metrics.js';
import { WEB_OPERATION_NAMES } from './web-operation-names.js';

/** The operation names in the web app's generated documents (read as text: api never imports web). */
function webOperationNames(): string[] {
  const generated = readFileSync(
    new URL('../../../web/src/lib/graphql/generated/graphql.ts', import.meta.url),
    'utf8',
  );
  const names = [...generated.matchAll(/^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/gm)];
  return [...new Set(names.map((match) => match[1]))].sort();
}

describe('web operation names counted by /metrics', () => {
  it('are exactly the operations of the web app (update web-operation-names.ts when this fails)', () => {
    expect([...WEB_OPERATION_NAMES].sort()).toEqual(webOperationNames());
  });

  it('label only those names; any other name, or none, is "other"', () => {
    expect(Metrics.operationLabel('CatalogueBrowser')).toBe('CatalogueBrowser');
    expect(Metrics.operationLabel('catalogueBrowser')).toBe('other');
    expect(Metrics.operationLabel('SomethingElse')).toBe('other');
    expect(Metrics.operationLabel(undefined)).toBe('other');
    expect(Metrics.operationLabel(null)).toBe('other');
  });
});
