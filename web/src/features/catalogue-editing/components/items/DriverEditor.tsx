import { useTranslation } from 'react-i18next';
import { localized } from '../../../../lib/localized';
import { driverForm, driverInput, type DriverForm } from '../../model/simple-forms';
import { useDraftItemEditor } from '../../hooks/use-draft-item-editor';
import type { ItemEditorProps } from '../editor-props';
import { ItemForm } from '../../../../components/manage/form/ItemForm';
import { LocalizedTextFields } from '../../../../components/manage/form/LocalizedTextFields';
import { STANDARD_MEASURES } from '@servicekatalog/shared';
import { CheckboxField, SelectField, TextField } from '../../../../components/manage/form/fields';

/** The form for one volume driver: code, name, unit label, whether quantities are whole, its standard measure. */
export function DriverEditor({ draft, code, onReload, onSaved, onRemoved }: ItemEditorProps) {
  const { t, i18n } = useTranslation();
  const item = code ? (draft.document.drivers.find((entry) => entry.code === code) ?? null) : null;
  const editor = useDraftItemEditor({
    list: 'drivers',
    draft,
    code,
    initial: driverForm(item),
    expectedVersion: draft.version,
    toInput: driverInput,
    codeOf: (form: DriverForm) => form.code,
    onSaved,
    onRemoved,
  });
  const name = localized(item?.name, i18n.language) || code || '';
  return (
    <ItemForm
      editor={editor}
      heading={code ? t('manager.driver.editHeading', { name, code }) : t('manager.driver.newHeading')}
      savedText={t('manager.driver.saved', { code: editor.value.code.trim() })}
      onReload={onReload}
      removal={
        code
          ? { label: t('manager.driver.remove'), question: t('manager.driver.removeQuestion', { code }) }
          : undefined
      }
    >
      <TextField
        path="code"
        label={t('manager.form.code')}
        description={code ? t('manager.form.codeFixed') : t('manager.form.codeHelp')}
        readOnly={code !== null}
      />
      <LocalizedTextFields path="name" legend={t('manager.driver.name')} required />
      <LocalizedTextFields path="unit" legend={t('manager.driver.unit')} required />
      <CheckboxField
        path="integer"
        label={t('manager.driver.integer')}
        description={t('manager.driver.integerHelp')}
      />
      <SelectField
        path="standardMeasure"
        label={t('manager.driver.standardMeasure')}
        description={t('manager.driver.standardMeasureHelp')}
        emptyChoice={t('manager.driver.standardMeasureNone')}
        choices={STANDARD_MEASURES.map((measure) => ({
          value: measure,
          label: t(`manager.driver.measure.${measure}`),
        }))}
      />
    </ItemForm>
  );
}
