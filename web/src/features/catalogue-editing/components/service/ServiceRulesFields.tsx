import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormField } from '../../../../lib/manage/item-form-context';
import type { ServiceForm } from '../../model/service-form';
import type { DraftChoices } from '../../hooks/use-draft-choices';
import { CodeChecklist } from '../form/CodeChecklist';
import { FieldGroup } from '../../../../components/manage/form/FieldGroup';
import { SelectField, TextField } from '../../../../components/manage/form/fields';
import { AddRow, RowActions } from '../../../../components/manage/form/RowActions';

/** What a service needs (requirement groups), may not go with (exclusions), and its volume limits. */
export function ServiceRulesFields({ choices }: { choices: DraftChoices }) {
  const { t } = useTranslation();
  const service = useFormField('').value as ServiceForm;
  const others = choices.services.filter((choice) => choice.value !== service.code.trim());
  return (
    <section className="form-section" aria-labelledby="service-rules-heading">
      <Heading id="service-rules-heading" level={2} data-size="sm">
        {t('manager.service.rulesHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('manager.service.requiresHelp')}</Paragraph>
      {service.requires.map((_, index) => {
        const item = t('manager.service.requiresGroup', { number: index + 1 });
        return (
          <CodeChecklist key={index} path={`requires[${index}]`} legend={item} choices={others}>
            <RowActions listPath="requires" index={index} item={item} />
          </CodeChecklist>
        );
      })}
      <div className="form-add">
        <AddRow listPath="requires" label={t('manager.service.addRequiresGroup')} row={() => []} />
      </div>
      <CodeChecklist
        path="excludes"
        legend={t('manager.service.excludes')}
        description={t('manager.service.excludesHelp')}
        choices={others}
      />
      <FieldGroup
        path="limits"
        legend={t('manager.service.limits')}
        description={t('manager.service.limitsHelp')}
      >
        {service.limits.map((_, index) => {
          const item = t('manager.service.limit', { number: index + 1 });
          return (
            <FieldGroup key={index} path={`limits[${index}]`} legend={item} className="form-group form-row">
              <SelectField
                path={`limits[${index}].driver`}
                label={t('manager.service.driver')}
                choices={choices.drivers}
              />
              <TextField path={`limits[${index}].min`} label={t('manager.service.min')} inputMode="decimal" />
              <TextField path={`limits[${index}].max`} label={t('manager.service.max')} inputMode="decimal" />
              <RowActions listPath="limits" index={index} item={item} />
            </FieldGroup>
          );
        })}
        <AddRow
          listPath="limits"
          label={t('manager.service.addLimit')}
          row={() => ({ driver: '', min: '', max: '' })}
        />
      </FieldGroup>
    </section>
  );
}
