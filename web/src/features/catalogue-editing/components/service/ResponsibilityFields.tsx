import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { textForm } from '../../../../lib/manage/form-values';
import { useFormField } from '../../../../lib/manage/item-form-context';
import { PARTIES, type ServiceForm } from '../../model/service-form';
import { FieldGroup } from '../../../../components/manage/form/FieldGroup';
import { LocalizedTextFields } from '../../../../components/manage/form/LocalizedTextFields';
import { SelectField } from '../../../../components/manage/form/fields';
import { AddRow, RowActions } from '../../../../components/manage/form/RowActions';

/** The division of labour: each task and who does it. */
export function ResponsibilityFields() {
  const { t } = useTranslation();
  const service = useFormField('').value as ServiceForm;
  return (
    <section className="form-section" aria-labelledby="service-labour-heading">
      <Heading id="service-labour-heading" level={2} data-size="sm">
        {t('manager.service.labourHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('manager.service.labourHelp')}</Paragraph>
      {service.responsibilities.map((_, index) => {
        const item = t('manager.service.task', { number: index + 1 });
        return (
          <FieldGroup
            key={index}
            path={`responsibilities[${index}]`}
            legend={item}
            className="form-group form-card"
          >
            <LocalizedTextFields
              path={`responsibilities[${index}].task`}
              legend={t('manager.service.taskText')}
              required
            />
            <SelectField
              path={`responsibilities[${index}].party`}
              label={t('manager.service.party')}
              choices={PARTIES.map((party) => ({ value: party, label: t(`manager.party.${party}`) }))}
            />
            <RowActions listPath="responsibilities" index={index} item={item} />
          </FieldGroup>
        );
      })}
      <div className="form-add">
        <AddRow
          listPath="responsibilities"
          label={t('manager.service.addTask')}
          row={() => ({ task: textForm(null), party: 'CENTRE' })}
        />
      </div>
    </section>
  );
}
