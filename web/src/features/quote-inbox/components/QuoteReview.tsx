import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { CommentThread } from '../../../components/quote/CommentThread';
import { ConfigurationSummary } from '../../../components/quote/ConfigurationSummary';
import '../../../components/quote/i18n';
import { PriceBreakdown } from '../../../components/quote/PriceBreakdown';
import { QuoteFacts } from '../../../components/quote/QuoteFacts';
import '../../../components/quote/quotes.css';
import { useQuoteNames } from '../../../components/quote/use-quote-names';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { managePaths } from '../../../lib/manage/manage-paths';
import { useQuote, type QuoteDetail } from '../../../lib/quote/quote-queries';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useLiveReview } from '../hooks/use-live-review';
import { QuoteDecisionForm } from './QuoteDecisionForm';

/**
 * `/manage/quotes/:id`: one quote to read, discuss with the agency and decide. It shows the quote
 * with the same pieces as the customer's quote page — names in the reader's language, with the
 * codes the centre works with after them.
 */
export function QuoteReview({ quoteId }: { quoteId: string }) {
  const { t } = useTranslation();
  const query = useQuote(quoteId);
  const quote = query.data;
  const liveMessage = useLiveReview(quoteId, quote?.status);
  useDocumentTitle(
    quote ? t('manager.review.title', { reference: quote.displayReference }) : t('manager.review.what'),
  );
  const back = (
    <Paragraph className="back-link">
      <Link asChild>
        <RouterLink to={managePaths.quotes()}>{t('manager.review.back')}</RouterLink>
      </Link>
    </Paragraph>
  );
  if (query.isPending) return <LoadingState label={t('manager.review.loading')} />;
  if (query.error)
    return (
      <QueryFailure
        error={query.error}
        what={t('manager.review.what')}
        onRetry={() => void query.refetch()}
      />
    );
  if (!quote)
    return (
      <>
        {back}
        <EmptyState>{t('manager.review.notFound')}</EmptyState>
      </>
    );
  return (
    <>
      {back}
      <Heading level={1} data-size="lg">
        {t('manager.review.heading', { reference: quote.displayReference, name: quote.name })}
      </Heading>
      {/* Always in the page, so that screen readers announce what arrives in it (politely). */}
      <Paragraph role="status" className="live-status">
        {liveMessage}
      </Paragraph>
      <QuoteBody quote={quote} onReload={() => void query.refetch()} />
    </>
  );
}

function QuoteBody({ quote, onReload }: { quote: QuoteDetail; onReload(): void }) {
  const { t } = useTranslation();
  const names = useQuoteNames(quote);
  return (
    <article className="quote">
      <div className="quote-columns">
        <QuoteFacts quote={quote} names={names} showCodes />
        <ConfigurationSummary quote={quote} names={names} showCodes />
      </div>
      <PriceBreakdown price={quote.price} names={names} showCodes vatNote />
      {quote.status === 'SUBMITTED' && <QuoteDecisionForm quote={quote} onReload={onReload} />}
      {/* The centre's managers may comment on their agencies' quotes in any status. */}
      <CommentThread
        quote={quote}
        canComment
        hint={t('manager.comments.help')}
        failureKey={(_, online) => (online ? 'manager.comments.failed' : 'quotes.errors.offline')}
      />
    </article>
  );
}
