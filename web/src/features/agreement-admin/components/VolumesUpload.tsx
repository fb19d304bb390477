import { Alert, Button, Field, Heading, Label, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFailure, type SaveFailure } from '../../../lib/api-errors';
import { useRecordVolumes, type AdminAgreement } from '../api/agreements';
import { WriteFailure } from './WriteFailure';
import { apiRowProblems, readVolumesFile, type RowProblem } from '../lib/volume-problems';

type Outcome =
  | { kind: 'rows'; heading: 'problemsHeading' | 'refusedHeading'; problems: RowProblem[] }
  | { kind: 'failed'; failure: SaveFailure }
  | { kind: 'recorded'; count: number }
  | { kind: 'message'; key: 'chooseFile' | 'unreadable' };

/**
 * Reported volumes from a CSV file in DESIGN's format: read with the shared parser, every refused
 * row named by its line and nothing sent; a clean file goes as one version-checked batch.
 */
export function VolumesUpload({ agreement, onReload }: { agreement: AdminAgreement; onReload(): void }) {
  const { t } = useTranslation();
  const record = useRecordVolumes();
  const fileRef = useRef<HTMLInputElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const show = (next: Outcome) => {
    setOutcome(next);
    setTimeout(() => outcomeRef.current?.focus(), 0);
  };

  const upload = async () => {
    const file = fileRef.current?.files?.[0];
    if (!file) return show({ kind: 'message', key: 'chooseFile' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return show({ kind: 'message', key: 'unreadable' });
    }
    const { entries, problems } = readVolumesFile(text);
    if (problems.length > 0) return show({ kind: 'rows', heading: 'problemsHeading', problems });
    try {
      await record.mutateAsync({ agreementId: agreement.id, expectedVersion: agreement.version, entries });
      show({ kind: 'recorded', count: entries.length });
    } catch (error) {
      const failure = saveFailure(error);
      if (failure.kind === 'invalid' && failure.problems.length > 0) {
        show({ kind: 'rows', heading: 'refusedHeading', problems: apiRowProblems(failure.problems) });
      } else show({ kind: 'failed', failure });
    }
  };

  return (
    <section aria-labelledby="volumes-heading" className="quote-section">
      <Heading id="volumes-heading" level={2} data-size="md">
        {t('manager.agreements.volumes.heading')}
      </Heading>
      <Paragraph>{t('manager.agreements.volumes.intro')}</Paragraph>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void upload();
        }}
      >
        <Field>
          <Label htmlFor="volumes-file">{t('manager.agreements.volumes.file')}</Label>
          <input id="volumes-file" ref={fileRef} type="file" accept=".csv,text/csv" className="file-input" />
        </Field>
        <Button type="submit" disabled={record.isPending}>
          {t('manager.agreements.volumes.submit')}
        </Button>
      </form>
      <div aria-live="polite">
        {outcome && <OutcomeView outcome={outcome} targetRef={outcomeRef} onReload={onReload} />}
      </div>
    </section>
  );
}

function OutcomeView({
  outcome,
  targetRef,
  onReload,
}: {
  outcome: Outcome;
  targetRef: RefObject<HTMLDivElement | null>;
  onReload(): void;
}) {
  const { t } = useTranslation();
  switch (outcome.kind) {
    case 'recorded':
      return (
        <Alert data-color="success" ref={targetRef} tabIndex={-1}>
          {t('manager.agreements.volumes.done', { count: outcome.count })}
        </Alert>
      );
    case 'message':
      return (
        <Alert data-color="danger" ref={targetRef} tabIndex={-1}>
          {t(`manager.agreements.volumes.${outcome.key}`)}
        </Alert>
      );
    case 'failed':
      return <WriteFailure failure={outcome.failure} targetRef={targetRef} onReload={onReload} />;
    case 'rows':
      return (
        <Alert data-color="danger" ref={targetRef} tabIndex={-1}>
          <Heading level={3} data-size="xs">
            {t(`manager.agreements.volumes.${outcome.heading}`)}
          </Heading>
          <ul>
            {outcome.problems.map((problem, index) => (
              <li key={index}>
                {t('manager.agreements.volumes.problem', {
                  line: problem.line,
                  text: t(`manager.agreements.volumes.${problem.key}`),
                })}
              </li>
            ))}
          </ul>
        </Alert>
      );
  }
}
