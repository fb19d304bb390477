import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import '../../../components/quote/i18n';
import '../../../components/quote/quotes.css';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useFormatters } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useQuote, type QuoteDetail } from '../api/quotes';
import { useQuoteNames } from '../../../components/quote/use-quote-names';
import { ConfigurationSummary } from '../../../components/quote/ConfigurationSummary';
import { PriceBreakdown } from '../../../components/quote/PriceBreakdown';
import { QuoteFacts } from '../../../components/quote/QuoteFacts';

/**
 * `/quotes/:id/print`: the quote as a document — reference, parties, validity, configuration and
 * the full price breakdown, "excluding VAT" — laid out for paper; the browser's print (or "save as
 * PDF") leaves out the site's header, footer and buttons.
 */
export function QuotePrint({ quoteId }: { quoteId: string }) {
  const { t } = useTranslation();
  const quote = useQuote(quoteId);
  useDocumentTitle(
    quote.data ? t('quotes.print.title', { reference: quote.data.displayReference }) : t('quotes.title'),
  );
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
      </>
    );
  }
  return <PrintedQuote quote={quote.data} />;
}

function PrintedQuote({ quote }: { quote: QuoteDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const names = useQuoteNames(quote);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <article className="quote-print">
      <div className="quote-print__tools no-print">
        <Button onClick={() => window.print()}>{t('quotes.print.print')}</Button>
        <Link asChild>
          <RouterLink to={`/quotes/${encodeURIComponent(quote.id)}`}>{t('quotes.print.back')}</RouterLink>
        </Link>
      </div>
      <header className="quote-print__header">
        <Paragraph data-size="sm" className="muted">
          {t('app.name')} · {names.centre}
        </Paragraph>
        <Heading level={1} data-size="lg">
          {t('quotes.print.title', { reference: quote.displayReference })}
        </Heading>
        <Paragraph className="quote-print__name">{quote.name}</Paragraph>
        <Paragraph>
          {t('quotes.print.for', { agency: quote.agency.name })} ·{' '}
          {t('quotes.print.from', { centre: names.centre })}
        </Paragraph>
        <Paragraph>
          <strong>
            {quote.expired
              ? t('quotes.print.expired', { date: format.date(quote.validUntil) })
              : t('quotes.print.validity', { date: format.date(quote.validUntil) })}{' '}
            {t('quotes.print.vat', { currency: quote.price.currency })}
          </strong>
        </Paragraph>
      </header>
      <div className="quote-columns">
        <QuoteFacts quote={quote} names={names} />
        <ConfigurationSummary quote={quote} names={names} />
      </div>
      <PriceBreakdown price={quote.price} names={names} />
      <footer className="quote-print__footer">
        <Paragraph data-size="sm">
          {t('quotes.print.engine', { version: quote.catalogueVersion, centre: names.centre })}{' '}
          {t('quotes.print.vat', { currency: quote.price.currency })}{' '}
          {t('quotes.print.printed', { date: format.date(today) })}
        </Paragraph>
      </footer>
    </article>
  );
}
