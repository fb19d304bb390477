import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useFormatters } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useManagedQuote } from '../api/quotes';
import { useLiveReview } from '../hooks/use-live-review';
import { managePaths } from '../../../lib/manage/manage-paths';
import { QuoteComments } from './QuoteComments';
import { QuoteDecisionForm } from './QuoteDecisionForm';
import { QuotePrice } from './QuotePrice';

/** `/manage/quotes/:id`: one quote to read, discuss with the agency and decide. */
export function QuoteReview({ quoteId }: { quoteId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const query = useManagedQuote(quoteId);
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
      <dl className="facts">
        <dt>{t('manager.review.agency')}</dt>
        <dd>
          {quote.agency.name} ({quote.agency.organisationNumber})
        </dd>
        <dt>{t('manager.review.status')}</dt>
        <dd>
          <Tag data-size="sm" data-color={quote.status === 'SUBMITTED' ? 'info' : 'neutral'}>
            {t(`manager.quoteStatus.${quote.status}`)}
          </Tag>
        </dd>
        <dt>{t('manager.review.catalogue')}</dt>
        <dd>{t('manager.versions.number', { number: quote.catalogueVersion })}</dd>
        {quote.submittedAt && (
          <>
            <dt>{t('manager.review.submitted')}</dt>
            <dd>{format.date(quote.submittedAt.slice(0, 10))}</dd>
          </>
        )}
        <dt>{t('manager.review.validUntil')}</dt>
        <dd>
          {format.date(quote.validUntil)}
          {quote.expired ? ` – ${t('manager.inbox.expired')}` : ''}
        </dd>
        {quote.decisionComment && (
          <>
            <dt>{t('manager.review.decisionComment')}</dt>
            <dd>{quote.decisionComment}</dd>
          </>
        )}
      </dl>
      <QuotePrice quote={quote} />
      {quote.status === 'SUBMITTED' && (
        <QuoteDecisionForm quote={quote} onReload={() => void query.refetch()} />
      )}
      <QuoteComments quote={quote} />
    </>
  );
}
