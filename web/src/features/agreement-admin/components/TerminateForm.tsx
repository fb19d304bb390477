import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/manage/ConfirmDialog';
import { saveFailure, type SaveFailure } from '../../../lib/api-errors';
import { useFormatters } from '../../../lib/format';
import { todayUtc } from '../../../lib/manage/versions';
import { textInputMessage, textInputProblem } from '../../../lib/text-input';
import { useTerminateAgreement, type AdminAgreement } from '../api/agreements';
import { WriteFailure } from './WriteFailure';

type Problems = { endDate?: string; reason?: string };

/**
 * The centre ends an agreement early: its last day (today up to the end date) and a reason, checked
 * here by the same rules as the API, confirmed in a dialog and sent with the version last seen.
 */
export function TerminateForm({ agreement, onReload }: { agreement: AdminAgreement; onReload(): void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const terminate = useTerminateAgreement();
  const [endDate, setEndDate] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [done, setDone] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const lastDay = format.date(agreement.endDate);

  const check = (): Problems => {
    const found: Problems = {};
    if (!endDate) found.endDate = t('manager.agreements.terminate.endDateRequired');
    else if (endDate < todayUtc() || endDate > agreement.endDate)
      found.endDate = t('manager.agreements.terminate.endDateRange', { endDate: lastDay });
    const problem = textInputProblem(reason, 'comment');
    if (problem) found.reason = textInputMessage(t, problem, 'manager.agreements.terminate');
    return found;
  };

  const send = async () => {
    setFailure(null);
    try {
      await terminate.mutateAsync({
        id: agreement.id,
        expectedVersion: agreement.version,
        endDate,
        reason: reason.trim(),
      });
      setConfirming(false);
      setDone(true);
      setTimeout(() => doneRef.current?.focus(), 0);
    } catch (error) {
      setConfirming(false);
      setFailure(saveFailure(error));
      setTimeout(() => alertRef.current?.focus(), 0);
    }
  };

  // Once terminated the form has nothing left to do; it stays only to say that it was done.
  if (agreement.status === 'TERMINATED' && !done) return null;
  return (
    <section aria-labelledby="terminate-heading" className="quote-section">
      <Heading id="terminate-heading" level={2} data-size="md">
        {t('manager.agreements.terminate.heading')}
      </Heading>
      <Paragraph>{t('manager.agreements.terminate.intro')}</Paragraph>
      {!done && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const found = check();
            setProblems(found);
            setDone(false);
            if (Object.keys(found).length === 0) setConfirming(true);
          }}
        >
          <Textfield
            id="terminate-end-date"
            type="date"
            label={t('manager.agreements.terminate.endDate')}
            description={t('manager.agreements.terminate.endDateHelp', { endDate: lastDay })}
            value={endDate}
            onChange={(event) => setEndDate(event.target.value)}
            error={problems.endDate}
          />
          <Textfield
            id="terminate-reason"
            multiline
            rows={3}
            label={t('manager.agreements.terminate.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={problems.reason}
            counter={{
              limit: 2000,
              under: t('manager.form.charactersLeft'),
              over: t('manager.form.charactersOver'),
            }}
          />
          <Button type="submit" data-color="danger" variant="secondary">
            {t('manager.agreements.terminate.submit')}
          </Button>
        </form>
      )}
      <div role="status">
        {done && (
          <Alert data-color="success" ref={doneRef} tabIndex={-1}>
            {t('manager.agreements.terminate.done')}
          </Alert>
        )}
      </div>
      {failure && <WriteFailure failure={failure} targetRef={alertRef} onReload={onReload} />}
      <ConfirmDialog
        open={confirming}
        heading={t('manager.agreements.terminate.confirmHeading', { reference: agreement.reference })}
        text={t('manager.agreements.terminate.confirmText', {
          date: format.date(endDate || agreement.endDate),
        })}
        confirmLabel={t('manager.agreements.terminate.confirm')}
        onConfirm={() => void send()}
        onCancel={() => setConfirming(false)}
        busy={terminate.isPending}
        danger
      />
    </section>
  );
}
