import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFailure, type SaveFailure } from '../../../lib/api-errors';
import { todayUtc } from '../../../lib/manage/versions';
import type { AdminAgreement } from '../api/agreements';
import {
  apiFieldProblems,
  proposedMonth,
  readMonthlyEntries,
  type EntryField,
  type FieldProblems,
} from '../lib/monthly-entries';
import { WriteFailure } from './WriteFailure';

/** A value the form asks for, with how it is labelled and explained. */
export interface MonthlyField extends EntryField {
  label: ReactNode;
  description?: ReactNode;
  /** Parameters of its problem texts, e.g. the driver's name for "whole units". */
  problemParams?: Record<string, string>;
}

export interface MonthlyEntryFormProps<E> {
  /** Prefix of the element ids, and the form's name in texts under manager.agreements.record. */
  id: 'volumes' | 'results';
  agreement: Pick<AdminAgreement, 'id' | 'version' | 'startDate' | 'endDate'>;
  fields: readonly MonthlyField[];
  /** The entry the API takes for a field's value in a month. */
  entry(month: string, key: string, value: string): E;
  /** Sends the month's entries (in field order) as one batch checked against the version seen. */
  send(batch: { agreementId: string; expectedVersion: number; entries: E[] }): Promise<unknown>;
  /** Reloads the agreement (a newer version was written meanwhile). */
  onReload(): void;
}

/**
 * One month's figures typed by hand — a volume per driver or a measured value per target — read
 * in the interface language's number format, problems shown by their field, and sent as one batch
 * with the agreement's version. A stale version reloads the agreement and keeps what was typed.
 */
export function MonthlyEntryForm<E>({
  id,
  agreement,
  fields,
  entry,
  send,
  onReload,
}: MonthlyEntryFormProps<E>) {
  const { t, i18n } = useTranslation();
  const [month, setMonth] = useState(() => proposedMonth(todayUtc(), agreement.startDate, agreement.endDate));
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<FieldProblems>({});
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [recorded, setRecorded] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const texts = `manager.agreements.record.${id}`;
  const problemText = (key: string) => {
    const found = problems[key];
    const params = fields.find((field) => field.key === key)?.problemParams;
    return found ? t(found, params ?? {}) : undefined;
  };
  const focusOutcome = () => setTimeout(() => outcomeRef.current?.focus(), 0);

  const submit = async () => {
    setFailure(null);
    setRecorded(null);
    const read = readMonthlyEntries(month, typed, fields, i18n.language);
    setProblems(read.problems);
    if (Object.keys(read.problems).length > 0) return;
    setBusy(true);
    try {
      await send({
        agreementId: agreement.id,
        expectedVersion: agreement.version,
        entries: read.values.map(({ key, value }) => entry(month, key, value)),
      });
      setTyped({});
      setRecorded(read.values.length);
      focusOutcome();
    } catch (error) {
      const refused = saveFailure(error);
      if (refused.kind === 'invalid' && refused.problems.length > 0)
        setProblems(
          apiFieldProblems(
            refused.problems,
            read.values.map((value) => value.key),
          ),
        );
      else {
        if (refused.kind === 'conflict') onReload();
        setFailure(refused);
        focusOutcome();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-form-heading`} className="quote-section">
      <Heading id={`${id}-form-heading`} level={2} data-size="md">
        {t(`${texts}.heading`)}
      </Heading>
      <Paragraph>{t(`${texts}.intro`)}</Paragraph>
      <form
        noValidate
        className="monthly-entry-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Textfield
          id={`${id}-month`}
          type="month"
          label={t('manager.agreements.record.month')}
          description={t('manager.agreements.usage.monthHelp')}
          value={month}
          onChange={(event) => setMonth(event.target.value)}
          error={problemText('month')}
        />
        {fields.map((field) => (
          <Textfield
            key={field.key}
            id={`${id}-${field.key}`}
            inputMode="decimal"
            autoComplete="off"
            label={field.label}
            description={field.description}
            value={typed[field.key] ?? ''}
            onChange={(event) => setTyped({ ...typed, [field.key]: event.target.value })}
            error={problemText(field.key)}
          />
        ))}
        {problems.form && (
          <Paragraph className="field-error" role="alert">
            {problemText('form')}
          </Paragraph>
        )}
        <Button type="submit" disabled={busy}>
          {t(`${texts}.submit`)}
        </Button>
      </form>
      <div aria-live="polite">
        {recorded !== null && (
          <Alert data-color="success" ref={outcomeRef} tabIndex={-1}>
            {t(`${texts}.done`, { count: recorded, month })}
          </Alert>
        )}
      </div>
      {failure && <WriteFailure failure={failure} targetRef={outcomeRef} onReload={onReload} reloaded />}
    </section>
  );
}
