import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Notice } from '../../../components/manage/Notice';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import type { QuoteStatus } from '../../../lib/graphql/generated/graphql';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useInbox, useLiveInbox, type InboxFilters as Filters } from '../api/quotes';
import { InboxFilters } from './InboxFilters';
import { InboxTable } from './InboxTable';

/** "Quote inbox" means the quotes waiting for a decision unless the address says otherwise. */
const WAITING: QuoteStatus = 'SUBMITTED';

/** The filters in the address: `?status=` (ALL for every status) and `?agency=`. */
function useInboxFilters(): [Filters, (filters: Filters) => void] {
  const [search, setSearch] = useSearchParams();
  const status = search.get('status');
  const filters: Filters = {
    status: status === 'ALL' ? null : ((status as QuoteStatus | null) ?? WAITING),
    agencyId: search.get('agency'),
  };
  const apply = (next: Filters) => {
    const params = new URLSearchParams();
    if (next.status !== WAITING) params.set('status', next.status ?? 'ALL');
    if (next.agencyId) params.set('agency', next.agencyId);
    setSearch(params);
  };
  return [filters, apply];
}

/**
 * `/manage/quotes`: the quotes of the centre's agencies, newest first, 20 a page — by default those
 * submitted and waiting for a decision; narrowed by status and agency.
 */
export function QuoteInbox({ showCentre }: { showCentre: boolean }) {
  const { t } = useTranslation();
  const [filters, apply] = useInboxFilters();
  const inbox = useInbox(filters);
  useLiveInbox();
  useDocumentTitle(t('manager.inbox.title'));
  const pages = inbox.data?.pages ?? [];
  const shown = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  const total = pages[0]?.totalCount ?? 0;
  const waiting = filters.status === WAITING && filters.agencyId === null;
  const caption = waiting
    ? t('manager.inbox.caption', { count: total })
    : t('manager.inbox.captionFiltered', { count: total });
  return (
    <>
      <Notice />
      <Heading level={1} data-size="lg">
        {t('manager.inbox.heading')}
      </Heading>
      <Paragraph className="lead">{t('manager.inbox.intro')}</Paragraph>
      <InboxFilters key={`${filters.status}|${filters.agencyId}`} value={filters} onApply={apply} />
      {inbox.isPending ? (
        <LoadingState label={t('manager.inbox.loading')} />
      ) : inbox.error ? (
        <QueryFailure
          error={inbox.error}
          what={t('manager.inbox.what')}
          onRetry={() => void inbox.refetch()}
        />
      ) : shown.length === 0 ? (
        <EmptyState>{waiting ? t('manager.inbox.empty') : t('manager.inbox.emptyFiltered')}</EmptyState>
      ) : (
        <>
          <InboxTable quotes={shown} caption={caption} showCentre={showCentre} />
          <Paragraph data-size="sm" role="status">
            {t('manager.inbox.shown', { count: shown.length, total })}
          </Paragraph>
          {inbox.hasNextPage && (
            <Button
              variant="secondary"
              onClick={() => void inbox.fetchNextPage()}
              disabled={inbox.isFetchingNextPage}
            >
              {t('manager.inbox.more')}
            </Button>
          )}
        </>
      )}
    </>
  );
}
