import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/**
 * The resolver Nest's code-first schema gives every `@Field` of an object type (@nestjs/graphql
 * 14, object-type-definition.factory.ts): it reads the parent's property and answers the field's
 * `defaultValue` when the property is undefined. Compared without whitespace.
 */
const NEST_PROPERTY_READ = compact(`(root) => {
  const value = root[field.name];
  return typeof value === 'undefined' ? field.options.defaultValue : value;
}`);

function compact(source: string): string {
  return source.replace(/\s+/g, '');
}

/**
 * True when `resolve` is Nest's property read for a field named as its property and without a
 * default value: then it answers exactly what graphql's own property read does. Only a function
 * with Nest's very source is called (with two throw-away objects: it only reads a property).
 */
function isPlainPropertyRead(fieldName: string, resolve: GraphQLFieldResolver<unknown, unknown>): boolean {
  if (compact(String(resolve)) !== NEST_PROPERTY_READ) return false;
  const read = resolve as (root: Record<string, unknown>) => unknown;
  const marker = {};
  return read({ [fieldName]: marker }) === marker && read({}) === undefined;
}

/**
 * Takes Nest's resolver off every object-type field that only reads its parent's property of the
 * same name (most fields: codes, amounts, dates), so execution reads the property itself. For
 * graphql-js that is one call less per field; for compiled execution (compiled-execution.ts) it is
 * the difference between a property read and a resolver call with its own resolve info and path
 * objects — the 30-line price allocated about a third of its memory there (issue 11). Fields with
 * a resolver of their own, a default value or a property of another name keep theirs.
 */
export function withoutPropertyResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve && isPlainPropertyRead(field.name, field.resolve)) field.resolve = undefined;
    }
  }
  return schema;
}
