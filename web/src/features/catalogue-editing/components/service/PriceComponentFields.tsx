import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormField } from '../../../../lib/manage/item-form-context';
import { modelUses, PRICE_MODELS, PRICE_PERIODS, type PriceComponentForm } from '../../model/service-form';
import type { DraftChoices } from '../../hooks/use-draft-choices';
import { FieldGroup } from '../../../../components/manage/form/FieldGroup';
import { LocalizedTextFields } from '../../../../components/manage/form/LocalizedTextFields';
import { SelectField, TextField } from '../../../../components/manage/form/fields';
import { RowActions } from '../../../../components/manage/form/RowActions';
import { ComponentPreview } from './ComponentPreview';
import { TierRows } from './TierRows';

interface Props {
  index: number;
  currency: string;
  choices: DraftChoices;
  unitOf(driverCode: string): string;
}

/**
 * One price component: its label, model and period, and only the fields its model uses (an amount
 * for FLAT, a unit price for PER_UNIT, tiers for GRADUATED and VOLUME), then how it reads in words.
 */
export function PriceComponentFields({ index, currency, choices, unitOf }: Props) {
  const { t } = useTranslation();
  const path = `priceComponents[${index}]`;
  const component = useFormField(path).value as PriceComponentForm;
  const uses = modelUses(component.model);
  const item = t('manager.service.component', { number: index + 1 });
  return (
    <FieldGroup path={path} legend={item} className="form-group form-card">
      <LocalizedTextFields path={`${path}.label`} legend={t('manager.service.componentLabel')} required />
      <div className="form-columns">
        <SelectField
          path={`${path}.model`}
          label={t('manager.service.model')}
          choices={PRICE_MODELS.map((model) => ({ value: model, label: t(`manager.model.${model}`) }))}
        />
        <SelectField
          path={`${path}.period`}
          label={t('manager.service.period')}
          choices={PRICE_PERIODS.map((period) => ({ value: period, label: t(`manager.period.${period}`) }))}
        />
        {uses.driver && (
          <SelectField
            path={`${path}.driver`}
            label={t('manager.service.driver')}
            choices={choices.drivers}
          />
        )}
        {uses.amount && (
          <TextField
            path={`${path}.amount`}
            label={t('manager.service.amount', { currency })}
            inputMode="decimal"
          />
        )}
        {uses.unitPrice && (
          <TextField
            path={`${path}.unitPrice`}
            label={t('manager.service.unitPrice', { currency })}
            inputMode="decimal"
          />
        )}
      </div>
      {uses.tiers && <TierRows path={`${path}.tiers`} currency={currency} />}
      <div className="form-columns">
        <TextField
          path={`${path}.minimumCharge`}
          label={t('manager.service.minimumCharge', { currency })}
          description={t('manager.service.minimumChargeHelp')}
          inputMode="decimal"
        />
        <TextField path={`${path}.fromYear`} label={t('manager.service.fromYear')} inputMode="numeric" />
        <TextField
          path={`${path}.toYear`}
          label={t('manager.service.toYear')}
          description={t('manager.service.toYearHelp')}
          inputMode="numeric"
        />
      </div>
      <Paragraph data-size="sm" className="component-preview">
        <ComponentPreview component={component} currency={currency} unitOf={unitOf} />
      </Paragraph>
      <RowActions listPath="priceComponents" index={index} item={item} movable />
    </FieldGroup>
  );
}
