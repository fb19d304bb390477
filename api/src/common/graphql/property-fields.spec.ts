import {
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLFieldConfig,
  type GraphQLFieldResolver,
} from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { withoutPropertyResolvers } from './property-fields.js';

interface NestField {
  name: string;
  options: { defaultValue?: unknown };
}

/** The resolver Nest gives a `@Field` (@nestjs/graphql 14's object-type-definition factory), verbatim. */
function nestResolver(field: NestField): GraphQLFieldResolver<unknown, unknown> {
  const rootFieldResolver = (root: Record<string, unknown>) => {
    const value = root[field.name];
    return typeof value === 'undefined' ? field.options.defaultValue : value;
  };
  return rootFieldResolver as GraphQLFieldResolver<unknown, unknown>;
}

function schemaOf(fields: Record<string, GraphQLFieldConfig<unknown, unknown>>): GraphQLSchema {
  const line = new GraphQLObjectType({ name: 'Line', fields });
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { line: { type: line } } }),
  });
}

describe('withoutPropertyResolvers', () => {
  it("takes off Nest's property read of a field named as its property, without a default", () => {
    const custom = vi.fn(() => 'custom');
    const schema = withoutPropertyResolvers(
      schemaOf({
        code: { type: GraphQLString, resolve: nestResolver({ name: 'code', options: {} }) },
        renamed: { type: GraphQLString, resolve: nestResolver({ name: 'internalName', options: {} }) },
        defaulted: {
          type: GraphQLString,
          resolve: nestResolver({ name: 'defaulted', options: { defaultValue: 'x' } }),
        },
        computed: { type: GraphQLString, resolve: custom },
        plain: { type: GraphQLString },
      }),
    );
    const fields = (schema.getType('Line') as GraphQLObjectType).getFields();
    expect(fields.code.resolve).toBeUndefined();
    expect(fields.plain.resolve).toBeUndefined();
    // Another property, a default value or a resolver of its own: kept, and the last never called.
    expect(fields.renamed.resolve).toBeDefined();
    expect(fields.defaulted.resolve).toBeDefined();
    expect(fields.computed.resolve).toBe(custom);
    expect(custom).not.toHaveBeenCalled();
  });
});
