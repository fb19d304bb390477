import { Heading, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../../lib/localized';
import { useFormField } from '../../../../lib/manage/item-form-context';
import {
  newPriceComponent,
  SERVICE_KINDS,
  SERVICE_STATUSES,
  serviceForm,
  serviceInput,
} from '../../model/service-form';
import { useDraftChoices, type DraftChoices } from '../../hooks/use-draft-choices';
import { useDraftItem } from '../../hooks/use-draft-item-editor';
import type { ItemEditorProps } from '../editor-props';
import { ErrorText } from '../../../../components/manage/form/ErrorText';
import { CodeAndNameFields, DraftItemForm } from '../items/DraftItemForm';
import { LocalizedTextFields } from '../../../../components/manage/form/LocalizedTextFields';
import { SelectField } from '../../../../components/manage/form/fields';
import { AddRow } from '../../../../components/manage/form/RowActions';
import { PriceComponentFields } from './PriceComponentFields';
import { ResponsibilityFields } from './ResponsibilityFields';
import { ServiceRulesFields } from './ServiceRulesFields';

/** The form for one service of the draft: texts, category, kind and status, prices, rules, division of labour. */
export function ServiceEditor(props: ItemEditorProps) {
  const { t, i18n } = useTranslation();
  const { item, editor } = useDraftItem('services', props, { form: serviceForm, toInput: serviceInput });
  const { document } = props.draft;
  const choices = useDraftChoices(document);
  const unitOf = (driver: string) =>
    localized(document.drivers.find((candidate) => candidate.code === driver)?.unit, i18n.language) || driver;
  return (
    <DraftItemForm kind="service" editor={editor} name={item?.name} {...props}>
      <section className="form-section" aria-labelledby="service-about-heading">
        <Heading id="service-about-heading" level={2} data-size="sm">
          {t('manager.service.aboutHeading')}
        </Heading>
        <CodeAndNameFields code={props.code} />
        <LocalizedTextFields path="description" legend={t('manager.form.description')} multiline />
        <div className="form-columns">
          <SelectField path="category" label={t('manager.service.category')} choices={choices.categories} />
          <SelectField
            path="kind"
            label={t('manager.service.kind')}
            choices={SERVICE_KINDS.map((kind) => ({ value: kind, label: t(`service.kind.${kind}`) }))}
          />
          <SelectField
            path="status"
            label={t('manager.service.status')}
            choices={SERVICE_STATUSES.map((status) => ({
              value: status,
              label: t(`manager.serviceStatus.${status}`),
            }))}
          />
        </div>
      </section>
      <PriceComponentsSection currency={props.draft.currency} choices={choices} unitOf={unitOf} />
      <ServiceRulesFields choices={choices} />
      <ResponsibilityFields />
    </DraftItemForm>
  );
}

function PriceComponentsSection({
  currency,
  choices,
  unitOf,
}: {
  currency: string;
  choices: DraftChoices;
  unitOf(driver: string): string;
}) {
  const { t } = useTranslation();
  const list = useFormField('priceComponents');
  const components = (list.value as unknown[] | undefined) ?? [];
  return (
    <section className="form-section" aria-labelledby="service-prices-heading">
      <Heading id="service-prices-heading" level={2} data-size="sm" tabIndex={-1}>
        {t('manager.service.pricesHeading', { currency })}
      </Heading>
      <div id={list.id} tabIndex={-1}>
        {list.errors.length > 0 && (
          <ValidationMessage>
            <ErrorText errors={list.errors} />
          </ValidationMessage>
        )}
        {components.map((_, index) => (
          <PriceComponentFields
            key={index}
            index={index}
            currency={currency}
            choices={choices}
            unitOf={unitOf}
          />
        ))}
      </div>
      <AddRow listPath="priceComponents" label={t('manager.service.addComponent')} row={newPriceComponent} />
    </section>
  );
}
