import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { Role } from '../../../lib/session';
import { useOnlineStatus } from '../../../lib/use-online-status';
import {
  configurationInput,
  useQuoteTransition,
  type QuoteDetail,
  type QuoteTransition,
} from '../api/quotes';
import { editPath } from '../model/edit-path';
import { EDITORS, quoteActions } from '../model/quote-actions';
import { quoteFailure } from '../model/quote-errors';
import type { Notice } from '../hooks/use-notice';
import { RenameQuote } from './RenameQuote';
import { WithdrawDialog } from './WithdrawDialog';

interface Props {
  quote: QuoteDetail;
  role: Role;
  notify(notice: Notice): void;
}

/**
 * The changes a person may make to the quote in its status: change a draft (configuration, name),
 * submit, withdraw (after a confirmation), revise. Each sends the version shown (expectedVersion);
 * the outcome is reported through `notify`.
 */
export function QuoteActions({ quote, role, notify }: Props) {
  const { t, i18n } = useTranslation();
  const online = useOnlineStatus();
  const navigate = useNavigate();
  const transition = useQuoteTransition();
  const withdrawRef = useRef<HTMLDialogElement>(null);
  const actions = quoteActions(quote, role).filter((action) => action !== 'comment');
  // DESIGN: the same withdrawQuote is "Discard draft" on a draft and "Withdraw" once submitted.
  const discard = quote.status === 'DRAFT';
  if (!quote.latestRevision && EDITORS.includes(role)) return <OlderRevision quote={quote} />;
  if (actions.length === 0) return null;

  const run = (kind: QuoteTransition) => {
    if (transition.isPending) return;
    transition.mutate(
      { transition: kind, quote },
      {
        onSuccess: (changed) => {
          withdrawRef.current?.close();
          if (kind === 'revise') {
            void navigate(`/quotes/${encodeURIComponent(changed.id)}`, {
              state: { notice: t('quotes.done.revised', { revision: changed.revision }) },
            });
          } else {
            notify({
              tone: 'success',
              text: t(
                kind === 'submit'
                  ? 'quotes.done.submitted'
                  : discard
                    ? 'quotes.done.discarded'
                    : 'quotes.done.withdrawn',
              ),
            });
          }
        },
        onError: (error) => {
          withdrawRef.current?.close();
          notify({ tone: 'failure', failure: quoteFailure(error, online) });
        },
      },
    );
  };
  const busy = (kind: QuoteTransition) =>
    transition.isPending && transition.variables?.transition === kind ? { 'aria-busy': true as const } : {};

  return (
    <section aria-labelledby="quote-actions-heading" className="quote-section quote-actions no-print">
      <Heading level={2} data-size="sm" id="quote-actions-heading">
        {t('quotes.actions.heading')}
      </Heading>
      <div className="quote-actions__buttons">
        {actions.includes('submit') && (
          <Button onClick={() => run('submit')} aria-describedby="submit-hint" {...busy('submit')}>
            {t('quotes.actions.submit')}
          </Button>
        )}
        {actions.includes('edit') && (
          <Button variant="secondary" asChild>
            <RouterLink to={editPath(quote.id, configurationInput(quote), i18n.language, quote.startDate)}>
              {t('quotes.actions.edit')}
            </RouterLink>
          </Button>
        )}
        {actions.includes('revise') && (
          <Button
            variant="secondary"
            onClick={() => run('revise')}
            aria-describedby="revise-hint"
            {...busy('revise')}
          >
            {t('quotes.actions.revise')}
          </Button>
        )}
        {actions.includes('withdraw') && (
          <Button variant="secondary" data-color="danger" onClick={() => withdrawRef.current?.showModal()}>
            {t(discard ? 'quotes.actions.discard' : 'quotes.actions.withdraw')}
          </Button>
        )}
      </div>
      {actions.includes('submit') && (
        <Paragraph data-size="sm" id="submit-hint">
          {t('quotes.actions.submitHint')}
        </Paragraph>
      )}
      {actions.includes('revise') && (
        <Paragraph data-size="sm" id="revise-hint">
          {t('quotes.actions.reviseHint')}
        </Paragraph>
      )}
      {actions.includes('rename') && <RenameQuote quote={quote} notify={notify} />}
      {actions.includes('withdraw') && (
        <WithdrawDialog
          ref={withdrawRef}
          draft={discard}
          busy={transition.isPending}
          onConfirm={() => run('withdraw')}
        />
      )}
    </section>
  );
}

/** An older revision stays for the record: say why nothing can be done with it any more. */
function OlderRevision({ quote }: { quote: QuoteDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="quote-actions-heading" className="quote-section quote-actions no-print">
      <Heading level={2} data-size="sm" id="quote-actions-heading">
        {t('quotes.actions.heading')}
      </Heading>
      <Paragraph data-size="sm">
        {t('quotes.actions.olderRevision', { reference: quote.reference })}
      </Paragraph>
    </section>
  );
}
