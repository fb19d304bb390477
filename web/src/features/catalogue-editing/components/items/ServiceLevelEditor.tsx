import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../../lib/localized';
import { useFormField } from '../../../../lib/manage/item-form-context';
import {
  newTarget,
  serviceLevelForm,
  serviceLevelInput,
  TARGET_UNITS,
  type ServiceLevelForm,
} from '../../model/level-form';
import { useDraftChoices } from '../../hooks/use-draft-choices';
import { useDraftItemEditor } from '../../hooks/use-draft-item-editor';
import type { ItemEditorProps } from '../editor-props';
import { FieldGroup } from '../../../../components/manage/form/FieldGroup';
import { ItemForm } from '../../../../components/manage/form/ItemForm';
import { LocalizedTextFields } from '../../../../components/manage/form/LocalizedTextFields';
import { SelectField, TextField } from '../../../../components/manage/form/fields';
import { AddRow, RowActions } from '../../../../components/manage/form/RowActions';

/** The form for one service level: name, rank, surcharge and its targets. */
export function ServiceLevelEditor({ draft, code, onReload, onSaved, onRemoved }: ItemEditorProps) {
  const { t, i18n } = useTranslation();
  const item = code ? (draft.document.serviceLevels.find((level) => level.code === code) ?? null) : null;
  const editor = useDraftItemEditor({
    list: 'serviceLevels',
    draft,
    code,
    initial: serviceLevelForm(item),
    expectedVersion: draft.version,
    toInput: serviceLevelInput,
    codeOf: (form: ServiceLevelForm) => form.code,
    onSaved,
    onRemoved,
  });
  const name = localized(item?.name, i18n.language) || code || '';
  return (
    <ItemForm
      editor={editor}
      heading={code ? t('manager.level.editHeading', { name, code }) : t('manager.level.newHeading')}
      savedText={t('manager.level.saved', { code: editor.value.code.trim() })}
      onReload={onReload}
      removal={
        code
          ? { label: t('manager.level.remove'), question: t('manager.level.removeQuestion', { code }) }
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
      <TargetFields services={useDraftChoices(draft.document).services} />
    </ItemForm>
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
