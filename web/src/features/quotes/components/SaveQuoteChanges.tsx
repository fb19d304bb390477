import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { configurationInputKey, type ConfigurationInput } from '@servicekatalog/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../components/quote/i18n';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useFormatters } from '../../../lib/format';
import { useLeaveGuard } from '../../../lib/leave/use-leave-guard';
import { useOnlineStatus } from '../../../lib/use-online-status';
import { useUpdateQuote, type QuoteDetail } from '../api/quotes';
import { quoteFailure } from '../model/quote-errors';
import { QuoteNotice } from './QuoteNotice';
import { useQuoteNames } from '../../../components/quote/use-quote-names';
import type { Notice } from '../hooks/use-notice';

/**
 * Beside the configurator when a draft quote is being changed: saves the configuration back into
 * the quote (updateQuote with the version that was opened) and returns to it.
 */
export function SaveQuoteChanges({
  quote,
  configuration,
  complete,
}: {
  quote: QuoteDetail;
  configuration: ConfigurationInput;
  complete: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const online = useOnlineStatus();
  const navigate = useNavigate();
  const update = useUpdateQuote();
  const names = useQuoteNames(quote);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const path = `/quotes/${encodeURIComponent(quote.id)}`;
  // The configuration as the page opened it: any other one is a change that leaving would lose.
  const [openedKey] = useState(() => configurationInputKey(configuration));
  const dirty = configurationInputKey(configuration) !== openedKey;
  const leaveGuard = useLeaveGuard(dirty);

  const save = () => {
    if (!complete || update.isPending) return;
    update.mutate(
      { quote, name: quote.name, configuration },
      {
        onSuccess: (changed) => {
          leaveGuard.settle();
          void navigate(path, {
            state: { notice: t('quotes.done.updated', { date: format.date(changed.validUntil) }) },
          });
        },
        onError: (error) => {
          setNotice({ tone: 'failure', failure: quoteFailure(error, online) });
          requestAnimationFrame(() => noticeRef.current?.focus());
        },
      },
    );
  };

  return (
    <div className="save-quote">
      <Paragraph data-size="sm">
        {t('quotes.edit.intro', { name: quote.name, reference: quote.displayReference })}
      </Paragraph>
      <Paragraph data-size="sm" role="status" className={dirty ? 'form-dirty--unsaved' : undefined}>
        {dirty ? t('leave.unsaved') : t('leave.saved')}
      </Paragraph>
      <QuoteNotice notice={notice} noticeRef={noticeRef} names={names} onReload={() => void navigate(path)} />
      <Button
        onClick={save}
        aria-disabled={!complete || undefined}
        aria-describedby={complete ? undefined : 'save-quote-incomplete'}
        aria-busy={update.isPending || undefined}
      >
        {t('quotes.edit.save')}
      </Button>
      {!complete && (
        <Paragraph data-size="sm" id="save-quote-incomplete">
          {t('quotes.save.incomplete')}
        </Paragraph>
      )}
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={path}>{t('quotes.edit.cancel')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
