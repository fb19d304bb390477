import { Button, Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from '../../../lib/use-online-status';
import { TARGET_CURRENCIES, useRecordRate, useUpdateRate, type ExchangeRate } from '../api/price-benchmark';
import {
  normalizeRate,
  RATE_FIELDS,
  rateDraftOf,
  rateFailure,
  rateProblems,
  type RateDraft,
  type RateField,
  type RateProblems,
} from '../model/rate-form';

interface RateFormProps {
  rate: ExchangeRate | null;
  today: string;
  onSaved(what: 'recorded' | 'saved'): void;
  onCancel(): void;
  onMessage(message: { key: string; reload: boolean }): void;
}

/** Records or changes one exchange rate: checked here first, the API's refusals shown at their fields. */
export function RateForm({ rate, today, onSaved, onCancel, onMessage }: RateFormProps) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  const record = useRecordRate();
  const update = useUpdateRate();
  const prefix = useId();
  const [draft, setDraft] = useState<RateDraft>(() => rateDraftOf(rate, today));
  const [problems, setProblems] = useState<RateProblems>({});
  const busy = record.isPending || update.isPending;
  const id = (field: RateField) => `${prefix}-${field}`;

  const set = (field: RateField, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  };
  const show = (found: RateProblems) => {
    setProblems(found);
    const first = RATE_FIELDS.find((field) => found[field]);
    if (first) requestAnimationFrame(() => document.getElementById(id(first))?.focus());
  };
  const failed = (error: unknown) => {
    const failure = rateFailure(error, online);
    if (failure.kind === 'field') show({ [failure.field]: failure.key });
    else onMessage(failure);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = rateProblems(draft);
    if (Object.keys(found).length > 0) return show(found);
    const input = { ...draft, rate: normalizeRate(draft.rate), source: draft.source.trim() };
    if (rate) {
      update.mutate(
        { id: rate.id, expectedVersion: rate.version, input },
        { onSuccess: () => onSaved('saved'), onError: failed },
      );
    } else {
      record.mutate(input, { onSuccess: () => onSaved('recorded'), onError: failed });
    }
  };
  const error = (field: RateField) => (problems[field] ? t(problems[field]) : undefined);
  const currencyField = (field: 'from' | 'to') => (
    <Field>
      <Label htmlFor={id(field)}>{t(`priceBenchmark.rates.form.${field}`)}</Label>
      <Select id={id(field)} width="auto" value={draft[field]} onChange={(e) => set(field, e.target.value)}>
        {TARGET_CURRENCIES.map((code) => (
          <Select.Option key={code} value={code}>
            {code}
          </Select.Option>
        ))}
      </Select>
      {problems[field] && <ValidationMessage>{error(field)}</ValidationMessage>}
    </Field>
  );
  return (
    <form className="rate-form" onSubmit={submit} noValidate>
      <Textfield
        id={id('date')}
        type="date"
        label={t('priceBenchmark.rates.form.date')}
        value={draft.date}
        onChange={(e) => set('date', e.target.value)}
        error={error('date')}
      />
      {currencyField('from')}
      {currencyField('to')}
      <Textfield
        id={id('rate')}
        label={t('priceBenchmark.rates.form.rate')}
        description={t('priceBenchmark.rates.form.rateHint', { from: draft.from, to: draft.to })}
        inputMode="decimal"
        autoComplete="off"
        size={16}
        value={draft.rate}
        onChange={(e) => set('rate', e.target.value)}
        error={error('rate')}
      />
      <Textfield
        id={id('source')}
        label={t('priceBenchmark.rates.form.source')}
        description={t('priceBenchmark.rates.form.sourceHint')}
        value={draft.source}
        onChange={(e) => set('source', e.target.value)}
        error={error('source')}
      />
      <div className="rate-table__actions">
        <Button type="submit" aria-busy={busy || undefined}>
          {rate ? t('priceBenchmark.rates.form.save') : t('priceBenchmark.rates.form.record')}
        </Button>
        {rate && (
          <Button variant="secondary" onClick={onCancel}>
            {t('priceBenchmark.rates.form.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
