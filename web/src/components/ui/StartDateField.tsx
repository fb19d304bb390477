import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format';
import {
  EARLIEST_START,
  latestStart,
  localToday,
  type StartDateProblem,
} from '../../lib/configuration/start-date';

interface Props {
  id: string;
  /** The picked start date; null = the user's own today, which the field proposes. */
  value: string | null;
  problem: StartDateProblem | null;
  /** null: back to the proposal (today). */
  onChange(startDate: string | null): void;
  label?: string;
}

/**
 * The contract's first day: a date field proposing the user's own calendar day, bounded as DESIGN
 * says (2000-01-01 to ten years after today); a date outside them is explained at the field.
 */
export function StartDateField({ id, value, problem, onChange, label }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const today = localToday();
  const latest = latestStart(today);
  const error = problem
    ? t(`contractStart.problem.${problem}`, {
        earliest: format.date(EARLIEST_START),
        latest: format.date(latest),
      })
    : undefined;
  return (
    <Textfield
      id={id}
      type="date"
      label={label ?? t('contractStart.label')}
      description={t('contractStart.help')}
      value={value ?? today}
      min={EARLIEST_START}
      max={latest}
      onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      error={error}
      className="start-date-field"
    />
  );
}
