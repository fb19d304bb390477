import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type ArgumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from './paging.js';

/**
 * Fields that run the pricing engine (DESIGN "Limits": 50 each). `usage` and `priceBenchmark` are
 * listed ahead of the fields they name, so a field added under that name is never priced at 1;
 * `trueUp` runs the engine over the same months as `usage`, so it costs the same.
 */
export const ENGINE_FIELDS: ReadonlySet<string> = new Set([
  'priceConfiguration',
  'compareConfigurations',
  'repriced',
  'usage',
  'trueUp',
  'priceBenchmark',
]);
export const ENGINE_FIELD_COST = 50;

export interface CostOptions {
  /** Variable values of the request: a page size or an input list given as a variable counts as sent. */
  variables?: Readonly<Record<string, unknown>> | null;
  /** While introspection is on, introspection fields (`__schema`, `__type`) cost nothing. */
  introspection: boolean;
}

/**
 * The cost of one operation (DESIGN "Limits"): each field 1, the engine fields 50, multiplied by the
 * page size (`first`, or {@link DEFAULT_PAGE_SIZE} for a paged field that does not say) or list
 * bound (the inputs of `compareConfigurations`) of every field above it. Worked on the document alone, before execution;
 * `@skip`/`@include` are not evaluated (both branches count). Fragment cycles, which validation
 * refuses anyway, count once.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  options: CostOptions,
): number {
  return measureOperationCost(schema, document, operation, options).cost;
}

/**
 * {@link operationCost}, and whether it depended on the variables (a page size or input list given
 * as one): when not, it is the same for every request of the document.
 */
export function measureOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  options: CostOptions,
): { cost: number; readsVariables: boolean } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variables = { ...defaultsOf(operation), ...options.variables };
  const walker = new CostWalker(schema, fragments, { ...options, variables });
  const cost = walker.selectionCost(
    operation.selectionSet,
    schema.getRootType(operation.operation),
    new Set(),
  );
  return { cost, readsVariables: walker.readsVariables };
}

/** `$first: Int = 50` counts as 50 when the request does not send `first`. */
function defaultsOf(operation: OperationDefinitionNode): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const value = definition.defaultValue;
    if (value?.kind === Kind.INT) defaults[definition.variable.name.value] = Number(value.value);
  }
  return defaults;
}

class CostWalker {
  /** Cost of each fragment at multiplier 1: the cost is linear in the multiplier. */
  private readonly fragmentCosts = new Map<string, number>();
  /** Some count came from a variable. */
  readsVariables = false;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly options: CostOptions,
  ) {}

  /** `parent`: the type the selections are made on (undefined where the schema has none). */
  selectionCost(
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType | null | undefined,
    active: ReadonlySet<string>,
  ): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) cost += this.fieldCost(selection, parent, active);
      else if (selection.kind === Kind.FRAGMENT_SPREAD)
        cost += this.fragmentCost(selection.name.value, active);
      else {
        const on = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parent;
        cost += this.selectionCost(selection.selectionSet, on, active);
      }
    }
    return cost;
  }

  private fieldCost(
    field: FieldNode,
    parent: GraphQLNamedType | null | undefined,
    active: ReadonlySet<string>,
  ): number {
    const name = field.name.value;
    if (this.options.introspection && name.startsWith('__')) return 0;
    const definition = fieldOf(parent, name);
    const bound = this.listBound(field, definition);
    const own = ENGINE_FIELDS.has(name) ? ENGINE_FIELD_COST * bound.engineRuns : 1;
    const type = definition ? getNamedType(definition.type) : undefined;
    const children = field.selectionSet ? this.selectionCost(field.selectionSet, type, active) : 0;
    return own + bound.multiplier * children;
  }

  private fragmentCost(name: string, active: ReadonlySet<string>): number {
    const known = this.fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    if (!fragment || active.has(name)) return 0;
    const on = this.schema.getType(fragment.typeCondition.name.value);
    const cost = this.selectionCost(fragment.selectionSet, on, new Set([...active, name]));
    this.fragmentCosts.set(name, cost);
    return cost;
  }

  /** How many times the field's children are resolved, and how many times the engine runs for it. */
  private listBound(
    field: FieldNode,
    definition: GraphQLField<unknown, unknown> | undefined,
  ): { multiplier: number; engineRuns: number } {
    const inputs = argument(field, 'inputs');
    if (field.name.value === 'compareConfigurations' && inputs) {
      const count = this.listLength(inputs);
      return { multiplier: count, engineRuns: count };
    }
    const first = argument(field, 'first');
    const paged = first || definition?.args.some((candidate) => candidate.name === 'first');
    return { multiplier: paged ? this.pageSize(first) : 1, engineRuns: 1 };
  }

  private pageSize(argumentNode: ArgumentNode | undefined): number {
    const value = argumentNode && this.valueOf(argumentNode);
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_PAGE_SIZE;
  }

  /** A single value where a list is expected is coerced to a list of one (GraphQL input coercion). */
  private listLength(argumentNode: ArgumentNode): number {
    const value = argumentNode.value;
    if (value.kind === Kind.LIST) return Math.max(1, value.values.length);
    const resolved = this.valueOf(argumentNode);
    return Array.isArray(resolved) ? Math.max(1, resolved.length) : 1;
  }

  private valueOf(argumentNode: ArgumentNode): unknown {
    const value = argumentNode.value;
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) {
      this.readsVariables = true;
      return this.options.variables?.[value.name.value];
    }
    return undefined;
  }
}

function fieldOf(
  parent: GraphQLNamedType | null | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

function argument(field: FieldNode, name: string): ArgumentNode | undefined {
  return field.arguments?.find((candidate) => candidate.name.value === name);
}
