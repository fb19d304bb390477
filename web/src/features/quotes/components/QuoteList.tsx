import { Button, Field, Heading, Label, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import '../../../components/quote/i18n';
import '../../../components/quote/quotes.css';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useQuoteList, type QuoteStatus } from '../api/quotes';
import { QuoteTable } from './QuoteTable';

const STATUSES: readonly QuoteStatus[] = ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'];

function statusFrom(search: URLSearchParams): QuoteStatus | null {
  const value = search.get('status');
  return STATUSES.find((status) => status === value) ?? null;
}

/** `/quotes`: the quotes the user may see, filtered by status (kept in the address), a page at a time. */
export function QuoteList({ showAgency }: { showAgency: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const status = statusFrom(search);
  const list = useQuoteList(status);
  const filterId = useId();
  useDocumentTitle(t('quotes.title'));

  const quotes = list.data?.pages.flatMap((page) => page.edges.map((edge) => edge.node)) ?? [];
  const total = list.data?.pages[0]?.totalCount ?? 0;

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('quotes.title')}
      </Heading>
      <Paragraph className="lead">
        {t('quotes.intro')} <strong>{t('quotes.vat')}</strong>
      </Paragraph>
      <Field className="quote-filter">
        <Label htmlFor={filterId}>{t('quotes.filter')}</Label>
        <Select
          id={filterId}
          width="auto"
          value={status ?? ''}
          onChange={(event) =>
            setSearch(event.target.value ? { status: event.target.value } : {}, { replace: true })
          }
        >
          <Select.Option value="">{t('quotes.allStatuses')}</Select.Option>
          {STATUSES.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`quotes.status.${value}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {list.isPending ? (
        <LoadingState label={t('quotes.loading')} />
      ) : list.isError && quotes.length === 0 ? (
        <QueryFailure error={list.error} what={t('quotes.what')} onRetry={() => void list.refetch()} />
      ) : quotes.length === 0 ? (
        <>
          <EmptyState>{status ? t('quotes.emptyStatus') : t('quotes.empty')}</EmptyState>
          {!status && (
            <Link asChild>
              <RouterLink to="/">{t('quotes.configureLink')}</RouterLink>
            </Link>
          )}
        </>
      ) : (
        <>
          <QuoteTable quotes={quotes} showAgency={showAgency} />
          <Paragraph role="status" data-size="sm">
            {t('quotes.shown', { shown: quotes.length, count: total })}
          </Paragraph>
          {list.isFetchNextPageError && (
            <QueryFailure
              error={list.error}
              what={t('quotes.what')}
              onRetry={() => void list.fetchNextPage()}
            />
          )}
          {list.hasNextPage && (
            <Button
              variant="secondary"
              aria-busy={list.isFetchingNextPage || undefined}
              onClick={() => void (list.isFetchingNextPage || list.fetchNextPage())}
            >
              {list.isFetchingNextPage ? t('quotes.loadingMore') : t('quotes.showMore')}
            </Button>
          )}
        </>
      )}
    </>
  );
}
