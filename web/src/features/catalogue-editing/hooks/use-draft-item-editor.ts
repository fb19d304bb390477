import type { CatalogueDocument } from '@servicekatalog/shared';
import type { LoadedDraft } from '../api/draft';
import type { ItemEditorProps } from '../components/editor-props';
import { remove as removeItem, upsert } from '../api/draft-edits';
import { useRefreshCatalogue } from '../api/refresh';
import type { LocalProblem } from '../../../lib/manage/form-values';
import { useItemEditor } from '../../../lib/manage/use-item-editor';

/** The lists of a draft whose items are edited one at a time, each by its code. */
export type ItemList = 'services' | 'serviceLevels' | 'servicePackages' | 'categories' | 'drivers';

type InputOf<L extends ItemList> = Parameters<(typeof upsert)[L]>[1];
type ItemOf<L extends ItemList> = CatalogueDocument[L][number];

interface Options<L extends ItemList, F> {
  list: L;
  draft: LoadedDraft;
  /** The item's code when it exists in the draft; null for a new item. */
  code: string | null;
  initial: F;
  expectedVersion: number;
  toInput(form: F): { input: InputOf<L>; problems: LocalProblem[] };
  codeOf(form: F): string;
  /** A document path inside the item → the form's path (default: the same). */
  formPath?(relativePath: string, form: F): string;
  onSaved?(code: string): void;
  onRemoved?(code: string): void;
}

/** Where an item with `code` sits (or would be added) in the draft's list: its document path. */
export function itemPrefix(document: CatalogueDocument, list: ItemList, code: string): string {
  const items = document[list] as readonly { code: string }[];
  const index = items.findIndex((item) => item.code === code);
  return `${list}[${index >= 0 ? index : items.length}]`;
}

/**
 * An item form of the draft editor wired to the API: the item's upsert and removal with the
 * draft's expected version, and the document paths of its errors mapped onto the form.
 * Every change refreshes what the manager area shows (the draft, the versions, diff and impact).
 */
export function useDraftItemEditor<L extends ItemList, F>(options: Options<L, F>) {
  const { list, draft } = options;
  const refresh = useRefreshCatalogue();
  const save = upsert[list] as (
    target: { id: string; expectedVersion: number },
    input: InputOf<L>,
  ) => Promise<number>;
  return useItemEditor<F, InputOf<L>>({
    formId: `edit-${list}`,
    initial: options.initial,
    expectedVersion: options.expectedVersion,
    toInput: options.toInput,
    save: (input, expectedVersion) => save({ id: draft.id, expectedVersion }, input),
    mapping: (form) => ({
      prefix: itemPrefix(draft.document, list, options.codeOf(form).trim()),
      formPath: (path) => options.formPath?.(path, form) ?? path,
    }),
    onSaved: (_, form) => {
      void refresh();
      options.onSaved?.(options.codeOf(form).trim());
    },
    remove:
      options.code === null
        ? undefined
        : (expectedVersion) => removeItem[list]({ id: draft.id, expectedVersion }, options.code ?? ''),
    onRemoved: () => {
      void refresh();
      options.onRemoved?.(options.code ?? '');
    },
  });
}

/** How an item of a list becomes its form and its form the API's input. */
interface ItemForms<L extends ItemList, F> {
  form(item: ItemOf<L> | null): F;
  toInput(form: F): { input: InputOf<L>; problems: LocalProblem[] };
  formPath?(relativePath: string, form: F): string;
}

/** The item of `list` that the page's code names (null for a new one), and its editor. */
export function useDraftItem<L extends ItemList, F extends { code: string }>(
  list: L,
  { draft, code, onSaved, onRemoved }: ItemEditorProps,
  forms: ItemForms<L, F>,
) {
  const items = draft.document[list] as readonly ItemOf<L>[];
  const item = code ? (items.find((entry) => entry.code === code) ?? null) : null;
  const editor = useDraftItemEditor({
    list,
    draft,
    code,
    initial: forms.form(item),
    expectedVersion: draft.version,
    toInput: forms.toInput,
    codeOf: (form: F) => form.code,
    formPath: forms.formPath,
    onSaved,
    onRemoved,
  });
  return { item, editor };
}
