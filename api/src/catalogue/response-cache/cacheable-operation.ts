import { Kind, type OperationDefinitionNode } from 'graphql';

/**
 * Root fields whose anonymous answer depends only on the operation, its variables, the request's
 * languages, today's date and the published picture (providers and published versions) — never
 * on who asks, never on drafts (an anonymous caller cannot see one). Pricing is left out on
 * purpose: its inputs are nearly always new (the volumes), so caching it would only cost.
 */
const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'providers',
  'catalogue',
  'exportCatalogue',
  '__typename',
]);

/**
 * True when a response to this operation may be cached for anonymous callers: a query whose
 * every root selection is a plain field from {@link CACHEABLE_ROOT_FIELDS} (aliases and directives
 * are fine: the document and variables are part of the key). A fragment at the root is not
 * looked into; such an operation is simply not cached.
 */
export function isCacheableOperation(operation: OperationDefinitionNode | undefined): boolean {
  if (!operation || operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(selection.name.value),
  );
}
