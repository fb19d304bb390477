import { Field, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgenciesToQuoteFor } from '../api/quote-agencies';

interface Props {
  providerCode: string;
  value: string;
  onChange(agencyId: string): void;
  error: string | null;
  selectRef?: Ref<HTMLSelectElement>;
}

/**
 * An administrator saves a quote on behalf of an agency: the choice of the agencies the centre
 * serves (a customer never sees this — its quotes are its own agency's).
 */
export function SaveQuoteAgency({ providerCode, value, onChange, error, selectRef }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const agencies = useAgenciesToQuoteFor(providerCode, true);
  if (agencies.isPending) return <Paragraph data-size="sm">{t('quotes.save.agency.loading')}</Paragraph>;
  if (agencies.isError) return <Paragraph data-size="sm">{t('quotes.save.agency.failed')}</Paragraph>;
  if (agencies.data.agencies.length === 0) {
    return <Paragraph data-size="sm">{t('quotes.save.agency.none', { centre: providerCode })}</Paragraph>;
  }
  return (
    <Field>
      <Label htmlFor={id}>{t('quotes.save.agency.label')}</Label>
      {agencies.data.more && <Field.Description>{t('quotes.save.agency.more')}</Field.Description>}
      <Select
        id={id}
        ref={selectRef}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
      >
        <Select.Option value="">{t('quotes.save.agency.choose')}</Select.Option>
        {agencies.data.agencies.map((agency) => (
          <Select.Option key={agency.id} value={agency.id}>
            {t('quotes.save.agency.option', { name: agency.name, number: agency.organisationNumber })}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
