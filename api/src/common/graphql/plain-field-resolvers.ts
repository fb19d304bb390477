import { Global, Injectable, Module } from '@nestjs/common';
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { GraphQLContext } from './graphql-options.js';

/** A field's resolver as graphql-js calls it: (parent, arguments, context). */
export type PlainFieldResolver<TParent, TArgs = Record<string, unknown>, TResult = unknown> = (
  parent: TParent,
  args: TArgs,
  context: GraphQLContext,
) => TResult;

interface Registered {
  type: string;
  field: string;
  resolve: GraphQLFieldResolver<unknown, GraphQLContext>;
}

/**
 * Fields that are resolved once per row of a large answer (a label per price line, a name per
 * catalogue service, the agency of each quote in a list) answered by plain functions instead of
 * Nest's per-call pipeline. Nest runs every `@ResolveField` method that takes `@Parent`, `@Args`
 * or `@Context` through its parameter pipes (the global validation pipe included), a promise per
 * parameter: about as much CPU as the rest of a 30-line price together (issue 11's profile).
 *
 * The `@ResolveField` method stays where it is — it declares the field, its arguments and its
 * description in the schema — and its resolver registers here, in its constructor, the function
 * that answers the field; the schema is then built with it ({@link applyTo}, Apollo's
 * `transformSchema`). What the pipeline did for such a field is the function's to do: it refuses a
 * NUL character in its string arguments (`refuseNulCharacters`). Guards never ran on fields
 * (no `fieldResolverEnhancers`), so authorization is unchanged: it stays on the operations.
 * One registry per app (tests start several in one process).
 */
@Injectable()
export class PlainFieldResolvers {
  private readonly registered: Registered[] = [];
  private applied = false;

  /** `resolve` answers `type.field` (names as in the schema). */
  add<TParent, TArgs>(type: string, field: string, resolve: PlainFieldResolver<TParent, TArgs>): void {
    if (this.applied)
      throw new Error(`${type}.${field}: plain resolvers must be added before the schema is built.`);
    // graphql-js passes each field its own parent and arguments: the types are the caller's word.
    this.registered.push({ type, field, resolve: resolve as unknown as Registered['resolve'] });
  }

  /** Puts every registered function on its field; a name the schema lacks is a programming error. */
  applyTo(schema: GraphQLSchema): GraphQLSchema {
    for (const { type, field, resolve } of this.registered) {
      const objectType = schema.getType(type);
      const definition = isObjectType(objectType) ? objectType.getFields()[field] : undefined;
      if (!definition) throw new Error(`Plain resolver for ${type}.${field}: the schema has no such field.`);
      definition.resolve = resolve;
    }
    this.applied = true;
    return schema;
  }
}

/** {@link PlainFieldResolvers} for every domain's resolvers. */
@Global()
@Module({ providers: [PlainFieldResolvers], exports: [PlainFieldResolvers] })
export class PlainFieldResolversModule {}
