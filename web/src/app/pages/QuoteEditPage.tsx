import { Heading, Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Link as RouterLink, useLocation, useParams } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../components/ui/QueryState';
import { Configurator } from '../../features/configurator/components/Configurator';
import { configurationInput, useQuote } from '../../features/quotes/api/quotes';
import { SaveQuoteChanges } from '../../features/quotes/components/SaveQuoteChanges';
import { editPath } from '../../features/quotes/model/edit-path';

/**
 * `/quotes/:quoteId/edit?…`: a draft quote opened in the configurator (the address carries the
 * configuration as on the configurator's own page), with "save the changes" beside the price.
 */
export default function QuoteEditPage() {
  const { t, i18n } = useTranslation();
  const { quoteId = '' } = useParams();
  const { search } = useLocation();
  const quote = useQuote(quoteId);

  if (quote.isPending) return <LoadingState label={t('quotes.loadingOne')} />;
  if (quote.isError || !quote.data || quote.data.status !== 'DRAFT') {
    return (
      <>
        <Heading level={1} data-size="lg">
          {t('quotes.edit.heading')}
        </Heading>
        {quote.isError ? (
          <QueryFailure error={quote.error} what={t('quotes.whatOne')} onRetry={() => void quote.refetch()} />
        ) : (
          <EmptyState>{quote.data ? t('quotes.edit.notDraft') : t('quotes.notFound')}</EmptyState>
        )}
        <Link asChild>
          <RouterLink to={quote.data ? `/quotes/${encodeURIComponent(quoteId)}` : '/quotes'}>
            {quote.data ? t('quotes.print.back') : t('quotes.backToList')}
          </RouterLink>
        </Link>
      </>
    );
  }
  const data = quote.data;
  // Opened without a configuration in the address: start from the one the quote keeps.
  if (!search)
    return (
      <Navigate to={editPath(data.id, configurationInput(data), i18n.language, data.startDate)} replace />
    );
  return (
    <Configurator
      providerCode={data.providerCode}
      actions={(configuration, { complete }) => (
        <SaveQuoteChanges quote={data} configuration={configuration} complete={complete} />
      )}
    />
  );
}
