import { Alert, Button, Checkbox, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { LoadedDraft } from '../api/draft';
import { usePublish } from '../api/version-actions';
import { todayUtc, type ManagedVersion } from '../../../lib/manage/versions';
import { saveFailure, type SaveFailure } from '../../../lib/api-errors';
import { failureKey } from '../../../components/manage/form/SaveFeedback';

interface Props {
  draft: LoadedDraft;
  /** The version in force today, if any: it stays in force until the new one's date. */
  inForce: ManagedVersion | null;
  open: boolean;
  onClose(): void;
  onPublished(number: number, validFrom: string): void;
  onReload(): void;
}

/** The day before an ISO date ("2027-01-01" → "2026-12-31"). */
export function dayBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** The first day of the month after `today` ("2026-12-07" → "2027-01-01"). */
export function firstOfNextMonth(today: string): string {
  const date = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * DESIGN: the dialog proposes the draft's own validFrom when it is after today, else the first day
 * of next month — never a date that would replace the live price list by accident.
 */
export function proposedValidFrom(draftValidFrom: string | null, today: string): string {
  return draftValidFrom !== null && draftValidFrom > today ? draftValidFrom : firstOfNextMonth(today);
}

/**
 * Publishing the draft on a date: the document's date by default; a future date is explained —
 * the version in force now stays in force until the day before.
 */
export function PublishDialog({ draft, inForce, open, onClose, onPublished, onReload }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const dateId = useId();
  const publish = usePublish();
  const today = todayUtc();
  const [validFrom, setValidFrom] = useState(() => proposedValidFrom(draft.validFrom, today));
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  // A date that is not after today puts the version in force at once: that must be confirmed.
  const [confirmedAtOnce, setConfirmedAtOnce] = useState(false);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(validFrom);
  const atOnce = valid && validFrom <= today;

  const explanation = () => {
    if (!valid) return t('manager.publish.noDate');
    const values = { number: draft.number, date: format.date(validFrom), current: inForce?.number };
    if (validFrom > today) {
      return inForce
        ? t('manager.publish.future', { ...values, until: format.date(dayBefore(validFrom)) })
        : t('manager.publish.futureNoCurrent', values);
    }
    if (validFrom === today)
      return inForce ? t('manager.publish.today', values) : t('manager.publish.todayNoCurrent', values);
    return inForce ? t('manager.publish.past', values) : t('manager.publish.pastNoCurrent', values);
  };

  const submit = async () => {
    setFailure(null);
    try {
      const published = await publish.mutateAsync({
        id: draft.id,
        validFrom,
        expectedVersion: draft.version,
      });
      onPublished(published.number, published.validFrom ?? validFrom);
    } catch (error) {
      setFailure(saveFailure(error));
    }
  };

  const dateError =
    failure?.kind === 'invalid' ? failure.message : !valid ? t('manager.publish.dateFormat') : undefined;
  return (
    <Dialog open={open} onClose={onClose} closeButton={t('manager.dialog.close')} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading id={headingId} level={2} data-size="sm">
          {t('manager.publish.heading', { number: draft.number })}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (valid && (!atOnce || confirmedAtOnce)) void submit();
          }}
        >
          <Textfield
            id={dateId}
            type="date"
            label={t('manager.publish.date')}
            description={t('manager.publish.dateHelp')}
            value={validFrom}
            onChange={(event) => setValidFrom(event.target.value)}
            error={
              dateError && <span lang={failure?.kind === 'invalid' ? 'en' : undefined}>{dateError}</span>
            }
          />
          <Paragraph role="status" className="publish-explanation">
            {explanation()}
          </Paragraph>
          {atOnce && (
            <Checkbox
              label={t('manager.publish.confirmAtOnce', { number: draft.number })}
              checked={confirmedAtOnce}
              onChange={(event) => setConfirmedAtOnce(event.target.checked)}
            />
          )}
          {failure && failure.kind !== 'invalid' && (
            <Alert data-color="danger" role="alert" className="state">
              <Paragraph>{t(`manager.failure.${failureKey(failure)}.text`)}</Paragraph>
              {failure.kind === 'conflict' && (
                <Button variant="secondary" data-size="sm" type="button" onClick={onReload}>
                  {t('manager.failure.reload')}
                </Button>
              )}
            </Alert>
          )}
          <div className="dialog-actions">
            <Button type="submit" disabled={publish.isPending || (atOnce && !confirmedAtOnce)}>
              {t('manager.publish.confirm', { number: draft.number })}
            </Button>
            <Button type="button" variant="secondary" onClick={onClose}>
              {t('manager.dialog.cancel')}
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
