import { Alert, Button, ErrorSummary, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, type ShownError } from '../../../lib/manage/form-errors';
import type { EditorStatus } from '../../../lib/manage/use-item-editor';
import type { SaveFailure } from '../../../lib/api-errors';
import { ErrorText } from './ErrorText';

interface Props {
  formId: string;
  status: EditorStatus;
  errors: readonly ShownError[];
  /** What was saved, in words ("The service PAY was saved."). */
  savedText: string;
  /** Reload the draft after a conflict (someone else's change), starting this form afresh. */
  onReload(): void;
  /**
   * i18n prefix of refusals worded for what this form changes (e.g. "manager.agencies.failure"):
   * the general texts speak of the draft, so a form about something else words its own and falls
   * back to the general ones for the rest.
   */
  wording?: string;
}

/**
 * What became of the last save, at the top of the form: saved (announced), refused with errors
 * (an error summary linking to each field), or refused for another reason in words — a conflict
 * with someone else's change offers to reload. Focus moves to the message, so keyboard and
 * screen-reader users learn the outcome where they are.
 */
export function SaveFeedback({ formId, status, errors, savedText, onReload, wording }: Props) {
  const { t } = useTranslation();
  const focusTarget = useRef<HTMLElement | null>(null);
  const keep = (element: HTMLElement | null) => {
    focusTarget.current = element;
  };
  const attempt = 'attempt' in status ? status.attempt : 0;
  const refusal = (key: string, part: 'heading' | 'text') =>
    t(
      wording
        ? [`${wording}.${key}.${part}`, `manager.failure.${key}.${part}`]
        : `manager.failure.${key}.${part}`,
    );

  useEffect(() => {
    if (attempt === 0) return;
    // After the page's own reactions (a new item gets its address, and the layout focuses the
    // page on a new address), so the outcome is where focus ends up.
    const timer = setTimeout(() => focusTarget.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [attempt, status.kind]);

  return (
    <div className="save-feedback">
      <div role="status" className="save-feedback__status">
        {status.kind === 'saving' && <Paragraph>{t('manager.form.saving')}</Paragraph>}
        {status.kind === 'saved' && (
          <Alert data-color="success" ref={keep} tabIndex={-1}>
            <Paragraph>{savedText}</Paragraph>
          </Alert>
        )}
      </div>
      {status.kind === 'invalid' && (
        <ErrorSummary key={attempt} ref={keep}>
          <ErrorSummary.Heading>
            {t('manager.form.errorsHeading', { count: errors.length })}
          </ErrorSummary.Heading>
          <ErrorSummary.List>
            {errors.map((error, index) => (
              <ErrorSummary.Item key={index}>
                <ErrorSummary.Link
                  href={`#${error.target === null ? `${formId}-heading` : fieldId(formId, error.target)}`}
                  onClick={(event) =>
                    focusField(
                      event,
                      error.target === null ? `${formId}-heading` : fieldId(formId, error.target),
                    )
                  }
                >
                  <ErrorText errors={[error]} />
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {status.kind === 'failed' && (
        <Alert data-color="danger" ref={keep} tabIndex={-1} className="state">
          <Heading level={2} data-size="xs">
            {refusal(failureKey(status.failure), 'heading')}
          </Heading>
          <Paragraph>{refusal(failureKey(status.failure), 'text')}</Paragraph>
          {(status.failure.kind === 'conflict' || status.failure.kind === 'gone') && (
            <Button variant="secondary" data-size="sm" onClick={onReload}>
              {t('manager.failure.reload')}
            </Button>
          )}
        </Alert>
      )}
    </div>
  );
}

/** The i18n key of a refusal that is not about a field. */
export function failureKey(failure: Exclude<SaveFailure, { kind: 'invalid' }>): string {
  if (failure.kind === 'conflict') return failure.reason === 'PUBLISHED_VERSION' ? 'published' : 'conflict';
  return failure.kind;
}

/**
 * Follows an error link to its field and puts the cursor there; a group (a localized text, a
 * list of checkboxes) gets its first input.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  const focusable = target.matches('input, select, textarea')
    ? target
    : (target.querySelector<HTMLElement>('input, select, textarea') ?? target);
  focusable.scrollIntoView?.({ block: 'center' });
  focusable.focus();
}
