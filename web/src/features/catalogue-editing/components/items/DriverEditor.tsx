import { useTranslation } from 'react-i18next';
import { driverForm, driverInput } from '../../model/simple-forms';
import { useDraftItem } from '../../hooks/use-draft-item-editor';
import type { ItemEditorProps } from '../editor-props';
import { CodeAndNameFields, DraftItemForm } from './DraftItemForm';
import { LocalizedTextFields } from '../../../../components/manage/form/LocalizedTextFields';
import { STANDARD_MEASURES } from '@servicekatalog/shared';
import { CheckboxField, SelectField } from '../../../../components/manage/form/fields';

/** The form for one volume driver: code, name, unit label, whether quantities are whole, its standard measure. */
export function DriverEditor(props: ItemEditorProps) {
  const { t } = useTranslation();
  const { item, editor } = useDraftItem('drivers', props, {
    form: driverForm,
    toInput: driverInput,
  });
  return (
    <DraftItemForm kind="driver" editor={editor} name={item?.name} {...props}>
      <CodeAndNameFields code={props.code} nameLegend={t('manager.driver.name')} />
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
    </DraftItemForm>
  );
}
