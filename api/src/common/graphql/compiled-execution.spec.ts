import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { buildSchema, execute, GraphQLError, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { COMPILED_OPERATIONS, CompiledExecution } from './compiled-execution.js';

const SCHEMA = buildSchema(`
  input LineInput { code: String!, quantity: Int! }
  type Line { code: String!, quantity: Int!, double: Int! }
  type Query { lines(input: [LineInput!]!): [Line!]!, failing: String }
`);
const rootFields = SCHEMA.getQueryType()!.getFields();
rootFields.lines.resolve = (_root, { input }: { input: Array<{ code: string; quantity: number }> }) =>
  input.map((line) => ({ ...line, double: line.quantity * 2 }));
rootFields.failing.resolve = () => {
  throw new Error('refused on purpose');
};
const LINES = parse('query Lines($input: [LineInput!]!) { lines(input: $input) { code quantity double } }');

/** Counts what the execution reports, as `/metrics` would. */
class Counts {
  hits = 0;
  misses = 0;
  cacheHit(name: string): void {
    expect(name).toBe(COMPILED_OPERATIONS);
    this.hits += 1;
  }
  cacheMiss(name: string): void {
    expect(name).toBe(COMPILED_OPERATIONS);
    this.misses += 1;
  }
}

/** What Apollo hands its executor, as far as the execution reads it. */
function request(document: DocumentNode, variables: Record<string, unknown>, operationName: string | null) {
  return {
    document,
    operationName,
    context: {},
    request: { variables },
  } as unknown as GatewayGraphQLRequestContext;
}

async function run(
  execution: CompiledExecution,
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null = null,
) {
  return JSON.parse(
    JSON.stringify(await execution.execute(schema, request(document, variables, operationName))),
  );
}

async function byGraphqlJs(document: DocumentNode, variables: Record<string, unknown>) {
  return JSON.parse(JSON.stringify(await execute({ schema: SCHEMA, document, variableValues: variables })));
}

describe('CompiledExecution', () => {
  let counts: Counts;
  let execution: CompiledExecution;
  const schema = SCHEMA;

  beforeEach(() => {
    counts = new Counts();
    execution = new CompiledExecution(counts);
  });

  it('runs a document through graphql-js the first time, compiled from the second, with equal answers', async () => {
    const variables = {
      input: [
        { code: 'PAY', quantity: 3 },
        { code: 'ACC', quantity: 4 },
      ],
    };
    const first = await run(execution, schema, LINES, variables, 'Lines');
    expect(counts).toMatchObject({ hits: 0, misses: 1 });
    const second = await run(execution, schema, LINES, { input: [{ code: 'X', quantity: 5 }] }, 'Lines');
    const third = await run(execution, schema, LINES, variables, 'Lines');
    expect(counts).toMatchObject({ hits: 2, misses: 1 });
    expect(first).toEqual(await byGraphqlJs(LINES, variables));
    expect(third).toEqual(first);
    expect(second).toEqual({ data: { lines: [{ code: 'X', quantity: 5, double: 10 }] } });
  });

  it("answers refused variables with graphql-js's own messages, also once compiled", async () => {
    const good = { input: [{ code: 'PAY', quantity: 1 }] };
    await run(execution, schema, LINES, good, 'Lines');
    await run(execution, schema, LINES, good, 'Lines');
    expect(counts.hits).toBe(1);
    for (const bad of [
      { input: [{ code: 'PAY', quantity: 'many' }] },
      { input: [{ code: 'PAY', quantity: 2 ** 40 }] },
      { input: [{ quantity: 1 }] },
      {},
    ]) {
      const answer = await run(execution, schema, LINES, bad, 'Lines');
      expect(answer).toEqual(await byGraphqlJs(LINES, bad));
      expect(answer.data).toBeUndefined();
      expect(answer.errors[0].message).toMatch(/^Variable "\$input"/);
    }
    expect(counts.hits).toBe(1);
  });

  it('keeps a resolver error with its path, compiled as by graphql-js', async () => {
    const failing = parse('{ failing lines(input: []) { code } }');
    const first = await run(execution, schema, failing, {});
    const second = await run(execution, schema, failing, {});
    expect(counts).toMatchObject({ hits: 1, misses: 1 });
    expect(second).toEqual(first);
    expect(second.errors).toEqual([
      expect.objectContaining({ message: 'refused on purpose', path: ['failing'] }),
    ]);
    expect(second.data).toEqual({ failing: null, lines: [] });
  });

  it("gives Apollo graphql-js's own errors: extensions always an object, location and path kept", async () => {
    const failing = parse('{ failing }');
    const byJs = await execution.execute(schema, request(failing, {}, null));
    const compiled = await execution.execute(schema, request(failing, {}, null));
    expect(counts).toMatchObject({ hits: 1, misses: 1 });
    const [error] = compiled.errors ?? [];
    expect(Object.getPrototypeOf(error)).toBe(GraphQLError.prototype);
    expect(error.extensions).toEqual({});
    expect(error.originalError?.message).toBe('refused on purpose');
    expect(error.toJSON()).toEqual(byJs.errors?.[0]?.toJSON());
  });

  it('compiles each operation of a document on its own', async () => {
    const two = parse('query A { failing } query B { lines(input: []) { code } }');
    await run(execution, schema, two, {}, 'A');
    await run(execution, schema, two, {}, 'B');
    expect(counts).toMatchObject({ hits: 0, misses: 2 });
    expect(await run(execution, schema, two, {}, 'B')).toEqual({ data: { lines: [] } });
    expect(counts).toMatchObject({ hits: 1, misses: 2 });
  });
});
