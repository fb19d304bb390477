import { categoryForm, categoryInput } from '../../model/simple-forms';
import { useDraftItem } from '../../hooks/use-draft-item-editor';
import type { ItemEditorProps } from '../editor-props';
import { CodeAndNameFields, DraftItemForm } from './DraftItemForm';

/** The form for one category: its code and name. */
export function CategoryEditor(props: ItemEditorProps) {
  const { item, editor } = useDraftItem('categories', props, { form: categoryForm, toInput: categoryInput });
  return (
    <DraftItemForm kind="category" editor={editor} name={item?.name} {...props}>
      <CodeAndNameFields code={props.code} />
    </DraftItemForm>
  );
}
