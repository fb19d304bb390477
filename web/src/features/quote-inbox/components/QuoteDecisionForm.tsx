import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { textInputMessage, textInputProblem } from '../../../lib/text-input';
import { useDecideQuote, type ManagedQuote } from '../api/quotes';
import { saveFailure, type SaveFailure } from '../../../lib/api-errors';
import { managePaths } from '../../../lib/manage/manage-paths';

/**
 * Accept or reject a submitted quote. A rejection needs the reason, which the agency reads; the
 * decision is sent with the quote's version, so a quote changed meanwhile is not decided blind.
 */
export function QuoteDecisionForm({ quote, onReload }: { quote: ManagedQuote; onReload(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const decide = useDecideQuote();
  const [decision, setDecision] = useState<'ACCEPT' | 'REJECT' | null>(null);
  const [comment, setComment] = useState('');
  /** What must change before sending: no decision, no reason for a rejection, or the comment's wording of what is wrong with it. */
  const [problem, setProblem] = useState<'decision' | 'reason' | { comment: string } | null>(null);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const submit = async () => {
    setFailure(null);
    if (!decision) return setProblem('decision');
    const found = textInputProblem(comment, 'comment', decision === 'REJECT');
    if (found?.reason === 'empty') return setProblem('reason');
    if (found) return setProblem({ comment: textInputMessage(t, found, 'manager.decision') });
    setProblem(null);
    try {
      await decide.mutateAsync({
        id: quote.id,
        decision,
        comment: comment.trim() || null,
        expectedVersion: quote.version,
      });
      const notice = t(decision === 'ACCEPT' ? 'manager.decision.accepted' : 'manager.decision.rejected', {
        reference: quote.displayReference,
      });
      void navigate(managePaths.quotes(), { state: { notice } });
    } catch (error) {
      setFailure(saveFailure(error));
      setTimeout(() => alertRef.current?.focus(), 0);
    }
  };

  return (
    <section aria-labelledby="decision-heading" className="quote-section">
      <Heading id="decision-heading" level={2} data-size="md">
        {t('manager.decision.heading')}
      </Heading>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Fieldset>
          <Fieldset.Legend>{t('manager.decision.legend')}</Fieldset.Legend>
          <Radio
            name="decision"
            value="ACCEPT"
            label={t('manager.decision.accept')}
            checked={decision === 'ACCEPT'}
            onChange={() => setDecision('ACCEPT')}
          />
          <Radio
            name="decision"
            value="REJECT"
            label={t('manager.decision.reject')}
            checked={decision === 'REJECT'}
            onChange={() => setDecision('REJECT')}
          />
          {problem === 'decision' && <ValidationMessage>{t('manager.decision.chooseOne')}</ValidationMessage>}
        </Fieldset>
        <Textfield
          id="decision-comment"
          multiline
          rows={3}
          label={decision === 'REJECT' ? t('manager.decision.reason') : t('manager.decision.comment')}
          description={
            decision === 'REJECT' ? t('manager.decision.reasonHelp') : t('manager.decision.commentHelp')
          }
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          error={commentError(problem, t)}
          counter={{
            limit: 2000,
            under: t('manager.form.charactersLeft'),
            over: t('manager.form.charactersOver'),
          }}
        />
        <Button type="submit" disabled={decide.isPending}>
          {decision === 'REJECT' ? t('manager.decision.submitReject') : t('manager.decision.submitAccept')}
        </Button>
      </form>
      {failure && (
        <Alert data-color="danger" ref={alertRef} tabIndex={-1} role="alert" className="state">
          <Paragraph>{t(`manager.decision.failure.${failureWord(failure)}`)}</Paragraph>
          {failure.kind === 'conflict' && (
            <Button variant="secondary" data-size="sm" onClick={onReload}>
              {t('manager.decision.reload')}
            </Button>
          )}
        </Alert>
      )}
    </section>
  );
}

function commentError(
  problem: 'decision' | 'reason' | { comment: string } | null,
  t: (key: string) => string,
): string | undefined {
  if (problem === 'reason') return t('manager.decision.reasonRequired');
  return typeof problem === 'object' && problem ? problem.comment : undefined;
}

function failureWord(failure: SaveFailure): string {
  switch (failure.kind) {
    case 'conflict':
    case 'invalid':
    case 'gone':
    case 'forbidden':
    case 'network':
      return failure.kind;
    default:
      return 'server';
  }
}
