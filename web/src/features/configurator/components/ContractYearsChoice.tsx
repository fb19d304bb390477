import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CONTRACT_YEARS } from '../../../lib/configuration/configuration';

/** The contract length in years (1–10); fees can change by contract year. */
export function ContractYearsChoice({ years, onChange }: { years: number; onChange(years: number): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Field className="choice-group">
      <Label htmlFor={id}>{t('configurator.yearsLabel')}</Label>
      <Field.Description>{t('configurator.yearsHelp')}</Field.Description>
      <Select
        id={id}
        width="auto"
        value={String(years)}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {Array.from({ length: MAX_CONTRACT_YEARS }, (_, i) => i + 1).map((n) => (
          <Select.Option key={n} value={String(n)}>
            {t('configurator.years', { count: n })}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
