import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormField } from '../../../../lib/manage/item-form-context';
import { newTarget, serviceLevelForm, serviceLevelInput, TARGET_UNITS } from '../../model/level-form';
import { useDraftChoices } from '../../hooks/use-draft-choices';
import { useDraftItem } from '../../hooks/use-draft-item-editor';
import type { ItemEditorProps } from '../editor-props';
import { FieldGroup } from '../../../../components/manage/form/FieldGroup';
import { CodeAndNameFields, DraftItemForm } from './DraftItemForm';
import { LocalizedTextFields } from '../../../../components/manage/form/LocalizedTextFields';
import { SelectField, TextField } from '../../../../components/manage/form/fields';
import { AddRow, RowActions } from '../../../../components/manage/form/RowActions';

/** The form for one service level: name, rank, surcharge and its targets. */
export function ServiceLevelEditor(props: ItemEditorProps) {
  const { t } = useTranslation();
  const { item, editor } = useDraftItem('serviceLevels', props, {
    form: serviceLevelForm,
    toInput: serviceLevelInput,
  });
  return (
    <DraftItemForm kind="level" editor={editor} name={item?.name} {...props}>
      <CodeAndNameFields code={props.code} />
      <div className="form-columns">
        <TextField
          path="rank"
          label={t('manager.level.rank')}
          description={t('manager.level.rankHelp')}
          inputMode="numeric"
        />
        <TextField
          path="surchargePercent"
          label={t('manager.level.surcharge')}
          description={t('manager.level.surchargeHelp')}
          inputMode="decimal"
        />
      </div>
      <TargetFields services={useDraftChoices(props.draft.document).services} />
    </DraftItemForm>
  );
}

function TargetFields({ services }: { services: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const targets = (useFormField('targets').value as unknown[] | undefined) ?? [];
  return (
    <section className="form-section" aria-labelledby="level-targets-heading">
      <Heading id="level-targets-heading" level={2} data-size="sm">
        {t('manager.level.targetsHeading')}
      </Heading>
      {targets.map((_, index) => {
        const path = `targets[${index}]`;
        const item = t('manager.level.target', { number: index + 1 });
        return (
          <FieldGroup key={index} path={path} legend={item} className="form-group form-card">
            <LocalizedTextFields path={`${path}.name`} legend={t('manager.level.targetName')} required />
            <div className="form-columns">
              <TextField
                path={`${path}.metric`}
                label={t('manager.level.metric')}
                description={t('manager.level.metricHelp')}
              />
              <TextField path={`${path}.value`} label={t('manager.level.value')} inputMode="decimal" />
              <SelectField
                path={`${path}.unit`}
                label={t('manager.level.unit')}
                choices={TARGET_UNITS.map((unit) => ({
                  value: unit,
                  label: t(`manager.targetUnit.${unit}`),
                }))}
              />
              <SelectField
                path={`${path}.service`}
                label={t('manager.level.forService')}
                choices={services}
                emptyChoice={t('manager.level.wholePackage')}
              />
            </div>
            <RowActions listPath="targets" index={index} item={item} />
          </FieldGroup>
        );
      })}
      <div className="form-add">
        <AddRow listPath="targets" label={t('manager.level.addTarget')} row={newTarget} />
      </div>
    </section>
  );
}
