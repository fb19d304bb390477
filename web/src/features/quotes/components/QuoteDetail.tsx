import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import '../../../components/quote/i18n';
import '../../../components/quote/quotes.css';
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useFormatters } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useQuote, useReloadQuote, type QuoteDetail as Quote } from '../api/quotes';
import { issueWords } from '../model/issue-words';
import { quoteFailure } from '../model/quote-errors';
import { useLiveQuote } from '../hooks/use-live-quote';
import { quoteActions } from '../model/quote-actions';
import { useNotice, type Notice } from '../hooks/use-notice';
import { useQuoteNames } from '../../../components/quote/use-quote-names';
import { CommentThread } from '../../../components/quote/CommentThread';
import { ConfigurationSummary } from '../../../components/quote/ConfigurationSummary';
import { CsvDownload } from './CsvDownload';
import { PriceBreakdown } from '../../../components/quote/PriceBreakdown';
import { UpcomingChangeNote } from '../../../components/ui/UpcomingChangeNote';
import { QuoteActions } from './QuoteActions';
import { QuoteFacts } from '../../../components/quote/QuoteFacts';
import { QuoteNotice } from './QuoteNotice';
import { StatusTag } from '../../../components/quote/StatusTag';

/** `/quotes/:id`: loads the quote and shows it, or says in words why it cannot. */
export function QuoteDetail({ quoteId }: { quoteId: string }) {
  const { t } = useTranslation();
  const quote = useQuote(quoteId);
  useDocumentTitle(quote.data?.name ?? t('quotes.title'));
  if (quote.isPending) return <LoadingState label={t('quotes.loadingOne')} />;
  if (quote.isError || !quote.data) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {t('quotes.title')}
        </Heading>
        {quote.isError ? (
          <QueryFailure error={quote.error} what={t('quotes.whatOne')} onRetry={() => void quote.refetch()} />
        ) : (
          <EmptyState>{t('quotes.notFound')}</EmptyState>
        )}
        <Link asChild>
          <RouterLink to="/quotes">{t('quotes.backToList')}</RouterLink>
        </Link>
      </>
    );
  }
  return <QuoteView quote={quote.data} />;
}

function QuoteView({ quote }: { quote: Quote }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { user } = useSession();
  const names = useQuoteNames(quote);
  const { notice, show, ref } = useNotice(useArrivalNotice());
  const reload = useReloadQuote();
  const liveMessage = useLiveQuote(quote);
  const role = user?.role ?? 'CUSTOMER';
  const errors = quote.price.issues.filter((issue) => issue.severity === 'ERROR');
  const openForChange = quote.status === 'DRAFT' && !quote.expired;

  return (
    <article className="quote">
      <Paragraph data-size="sm" className="no-print">
        <Link asChild>
          <RouterLink to="/quotes">{t('quotes.backToList')}</RouterLink>
        </Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {quote.name}
      </Heading>
      <Paragraph className="lead">
        {quote.displayReference} <StatusTag status={quote.status} expired={quote.expired} />{' '}
        <strong>{t('quotes.vat')}</strong>
      </Paragraph>
      {/* Always in the page, so that screen readers announce what arrives in it (politely). */}
      <Paragraph role="status" className="quote-live no-print">
        {liveMessage}
      </Paragraph>
      <QuoteNotice
        notice={notice}
        noticeRef={ref}
        names={names}
        onReload={() => {
          show(null);
          void reload(quote.id);
        }}
      />
      {quote.expired && (quote.status === 'DRAFT' || quote.status === 'SUBMITTED') && (
        <Paragraph>{t('quotes.expiredNote', { date: format.date(quote.validUntil) })}</Paragraph>
      )}
      {openForChange && errors.length > 0 && (
        <section aria-labelledby="quote-issues-heading" className="quote-section quote-issues">
          <Heading level={2} data-size="sm" id="quote-issues-heading">
            {t('quotes.price.issuesHeading')}
          </Heading>
          <Paragraph>{t('quotes.price.issuesIntro')}</Paragraph>
          <ul>
            {errors.map((issue, i) => (
              <li key={`${issue.code}-${i}`}>{issueWords(issue, names, t)}</li>
            ))}
          </ul>
        </section>
      )}
      <QuoteActions quote={quote} role={role} notify={show} />
      <div className="quote-downloads no-print">
        <Button variant="tertiary" asChild>
          <RouterLink to={`/quotes/${encodeURIComponent(quote.id)}/print`}>
            {t('quotes.actions.print')}
          </RouterLink>
        </Button>
        <CsvDownload quote={quote} names={names} />
      </div>
      <div className="quote-columns">
        <QuoteFacts quote={quote} names={names} />
        <ConfigurationSummary quote={quote} names={names} />
      </div>
      {quote.price.upcomingChange && <UpcomingChangeNote change={quote.price.upcomingChange} />}
      <PriceBreakdown price={quote.price} names={names} />
      <CommentThread
        quote={quote}
        canComment={quoteActions(quote, role).includes('comment')}
        failureKey={(error, online) => quoteFailure(error, online).key}
      />
    </article>
  );
}

/**
 * A success reported by the page that sent the user here (after saving changes or revising), read
 * once: it is then cleared from the history entry, so a reload does not repeat it.
 */
function useArrivalNotice(): Notice | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [text] = useState(() => (location.state as { notice?: string } | null)?.notice ?? null);
  useEffect(() => {
    if (text) void navigate(location, { replace: true, state: null });
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return text ? { tone: 'success', text } : null;
}
