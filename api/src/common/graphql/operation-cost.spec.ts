import { readFileSync } from 'node:fs';
import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from './operation-cost.js';

const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));

function cost(query: string, variables: Record<string, unknown> = {}, introspection = true): number {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document)!, { variables, introspection });
}

describe('operation cost (DESIGN "Limits": each field 1, engine fields 50, times the page sizes above)', () => {
  it.each([
    ['{ providers { code name } }', 3],
    ['{ priceConfiguration(input: { providerCode: "A" }) { currency totals { monthly } } }', 53],
    // 50 per configuration, and the fields below each once per configuration.
    ['{ compareConfigurations(inputs: [{ providerCode: "A" }, { providerCode: "B" }]) { currency } }', 102],
    ['{ compareConfigurations(inputs: { providerCode: "A" }) { currency } }', 51],
    // A page of 10: the quotes field once, everything below 10 times.
    ['{ quotes(first: 10) { totalCount edges { node { id repriced { currency } } } } }', 1 + 10 * 55],
    // An agreement's usage and trueUp each run the engine.
    [
      '{ agreement(id: "a") { usage(from: "2027-01", to: "2027-12") { month } trueUp(from: "2027-01", to: "2027-12") } }',
      1 + 51 + 50,
    ],
    // Without `first`, the default page of 20.
    ['{ quotes { edges { node { id } } } }', 1 + 20 * 3],
    [
      '{ a: quotes(first: 2) { edges { node { id } } } b: quotes(first: 3) { edges { node { id } } } }',
      2 * 1 + 5 * 3,
    ],
  ])('%s costs %i', (query, expected) => {
    expect(cost(query)).toBe(expected);
  });

  it('takes page sizes and configurations from the variables, then the operation defaults', () => {
    const page = 'query ($first: Int = 5) { quotes(first: $first) { edges { node { id } } } }';
    expect(cost(page)).toBe(1 + 5 * 3);
    expect(cost(page, { first: 100 })).toBe(1 + 100 * 3);
    expect(cost(page, { first: 'many' })).toBe(1 + 20 * 3);
    const compare =
      'query ($inputs: [ConfigurationInput!]!) { compareConfigurations(inputs: $inputs) { currency } }';
    expect(cost(compare, { inputs: [{}, {}, {}] })).toBe(3 * 51);
  });

  it('counts fragments where they are spread, and a fragment cycle once', () => {
    const spread = `{ quotes(first: 4) { edges { node { ...Q } } } quote(id: "1") { ...Q } }
      fragment Q on Quote { id repriced { currency } }`;
    expect(cost(spread)).toBe(1 + 4 * (1 + 1 + 52) + 1 + 52);
    const cycle =
      '{ quote(id: "1") { ...A } } fragment A on Quote { id ...B } fragment B on Quote { name ...A }';
    expect(cost(cycle)).toBe(1 + 2);
  });

  it('waives introspection fields only while introspection is on', () => {
    const query = '{ __schema { types { name fields { name } } } providers { code } }';
    expect(cost(query, {}, true)).toBe(2);
    expect(cost(query, {}, false)).toBe(5 + 2);
  });
});
