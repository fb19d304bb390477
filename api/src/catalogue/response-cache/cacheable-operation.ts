import { Kind, type OperationDefinitionNode } from 'graphql';

/** Which cache an operation's anonymous answers go to; null: never cached. */
export type CacheClass = 'catalogue' | 'pricing';

/**
 * Root fields whose anonymous answer depends only on the operation, its variables, the request's
 * languages, today's date and the published picture (providers and published versions) — never
 * on who asks, never on drafts (an anonymous caller cannot see one).
 */
const CATALOGUE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'providers',
  'catalogue',
  'exportCatalogue',
  '__typename',
]);

/** Pricing depends on the same things, but its inputs are mostly new (volumes): kept apart, see ResponseCache. */
const PRICING_ROOT_FIELDS: ReadonlySet<string> = new Set(['priceConfiguration', 'compareConfigurations']);

/**
 * The cache a query's anonymous answers may go to: 'catalogue' when every root selection is a
 * plain catalogue field, 'pricing' when pricing fields are among them, null otherwise (a mutation,
 * any other field, a fragment at the root — not looked into). Aliases and directives are fine: the
 * document and variables are part of the key.
 */
export function cacheClassOf(operation: OperationDefinitionNode | undefined): CacheClass | null {
  if (!operation || operation.operation !== 'query') return null;
  let pricing = false;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    const name = selection.name.value;
    if (PRICING_ROOT_FIELDS.has(name)) pricing = true;
    else if (!CATALOGUE_ROOT_FIELDS.has(name)) return null;
  }
  return pricing ? 'pricing' : 'catalogue';
}
