import { useTranslation } from 'react-i18next';
import { localized } from '../../../../lib/localized';
import { categoryForm, categoryInput, type CategoryForm } from '../../model/simple-forms';
import { useDraftItemEditor } from '../../hooks/use-draft-item-editor';
import type { ItemEditorProps } from '../editor-props';
import { ItemForm } from '../../../../components/manage/form/ItemForm';
import { LocalizedTextFields } from '../../../../components/manage/form/LocalizedTextFields';
import { TextField } from '../../../../components/manage/form/fields';

/** The form for one category: its code and name. */
export function CategoryEditor({ draft, code, onReload, onSaved, onRemoved }: ItemEditorProps) {
  const { t, i18n } = useTranslation();
  const item = code ? (draft.document.categories.find((entry) => entry.code === code) ?? null) : null;
  const editor = useDraftItemEditor({
    list: 'categories',
    draft,
    code,
    initial: categoryForm(item),
    expectedVersion: draft.version,
    toInput: categoryInput,
    codeOf: (form: CategoryForm) => form.code,
    onSaved,
    onRemoved,
  });
  const name = localized(item?.name, i18n.language) || code || '';
  return (
    <ItemForm
      editor={editor}
      heading={code ? t('manager.category.editHeading', { name, code }) : t('manager.category.newHeading')}
      savedText={t('manager.category.saved', { code: editor.value.code.trim() })}
      onReload={onReload}
      removal={
        code
          ? { label: t('manager.category.remove'), question: t('manager.category.removeQuestion', { code }) }
          : undefined
      }
    >
      <TextField
        path="code"
        label={t('manager.form.code')}
        description={code ? t('manager.form.codeFixed') : t('manager.form.codeHelp')}
        readOnly={code !== null}
      />
      <LocalizedTextFields path="name" legend={t('manager.form.name')} required />
    </ItemForm>
  );
}
