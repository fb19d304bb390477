import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Which fields of a list of quotes can be answered without the stored configuration and price
 * snapshot (the bulk of a quote's row): those of the quote's own columns, its batched relations,
 * and the price's currency and totals, which the quote keeps in columns too. Anything not named
 * here — a field added later included — needs them.
 */
const QUOTE_FIELDS = new Set([
  '__typename',
  'id',
  'reference',
  'displayReference',
  'name',
  'status',
  'revision',
  'previousQuoteId',
  'providerCode',
  'catalogueVersionId',
  'engineVersion',
  'validUntil',
  'startDate',
  'expired',
  'createdAt',
  'updatedAt',
  'submittedAt',
  'decidedAt',
  'decisionComment',
  'version',
  'agency',
  'comments',
  'latestRevision',
]);
const PRICE_FIELDS = new Set(['__typename', 'currency', 'providerCode', 'catalogueVersionId', 'startDate']);
const TOTALS_FIELDS = new Set(['__typename', 'firstYear', 'contractTotal']);

type Fragments = Record<string, FragmentDefinitionNode>;

/**
 * True when the `quotes` connection asked for in `info` shows some field of a quote that needs its
 * configuration or price snapshot. Fragments are followed; `@skip`/`@include` are not evaluated
 * (a field under either counts as asked).
 */
export function listNeedsSnapshots(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) =>
    fieldsOf(node.selectionSet, info.fragments).some(
      ({ name, selectionSet }) =>
        name === 'edges' &&
        fieldsOf(selectionSet, info.fragments).some(
          (edge) => edge.name === 'node' && quoteNeedsSnapshots(edge.selectionSet, info.fragments),
        ),
    ),
  );
}

function quoteNeedsSnapshots(selectionSet: SelectionSetNode | undefined, fragments: Fragments): boolean {
  return fieldsOf(selectionSet, fragments).some(({ name, selectionSet: below }) => {
    if (name === 'price') return priceNeedsSnapshot(below, fragments);
    return !QUOTE_FIELDS.has(name);
  });
}

function priceNeedsSnapshot(selectionSet: SelectionSetNode | undefined, fragments: Fragments): boolean {
  return fieldsOf(selectionSet, fragments).some(({ name, selectionSet: below }) => {
    if (name === 'totals') return fieldsOf(below, fragments).some((total) => !TOTALS_FIELDS.has(total.name));
    return !PRICE_FIELDS.has(name);
  });
}

/** The fields selected in `selectionSet`, fragments spread; a fragment cycle (refused by validation) stops. */
function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Fragments,
  seen: ReadonlySet<string> = new Set(),
): Array<{ name: string; selectionSet: SelectionSetNode | undefined }> {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) {
      return [{ name: selection.name.value, selectionSet: selection.selectionSet }];
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments[name];
    if (!fragment || seen.has(name)) return [];
    return fieldsOf(fragment.selectionSet, fragments, new Set([...seen, name]));
  });
}
