import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { TableScroll } from '../../../components/ui/TableScroll';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useFormatters } from '../../../lib/format';
import type { AgreementStatus } from '../../../lib/graphql/generated/graphql';
import { managePaths } from '../../../lib/manage/manage-paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  useAdminAgreements,
  type AdminAgreementRow,
  type AgreementFilters as Filters,
} from '../api/agreements';
import { AGREEMENT_STATUSES, AgreementFilters } from './AgreementFilters';

/** The filters in the address: `?status=`, `?agency=` and `?endingBefore=`. */
function useFilters(): [Filters, (filters: Filters) => void] {
  const [search, setSearch] = useSearchParams();
  const status = search.get('status') as AgreementStatus | null;
  const endingBefore = search.get('endingBefore');
  const filters: Filters = {
    status: status && AGREEMENT_STATUSES.includes(status) ? status : null,
    agencyId: search.get('agency'),
    endingBefore: endingBefore && /^\d{4}-\d{2}-\d{2}$/.test(endingBefore) ? endingBefore : null,
  };
  const apply = (next: Filters) => {
    const params = new URLSearchParams();
    if (next.status) params.set('status', next.status);
    if (next.agencyId) params.set('agency', next.agencyId);
    if (next.endingBefore) params.set('endingBefore', next.endingBefore);
    setSearch(params);
  };
  return [filters, apply];
}

/** `/manage/agreements`: the agreements of the centre's agencies (an administrator: all), 20 a page. */
export function AgreementAdminList({ showCentre }: { showCentre: boolean }) {
  const { t } = useTranslation();
  const [filters, apply] = useFilters();
  const list = useAdminAgreements(filters);
  useDocumentTitle(t('manager.agreements.title'));
  const pages = list.data?.pages ?? [];
  const shown = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  const total = pages[0]?.totalCount ?? 0;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('manager.agreements.title')}
      </Heading>
      <Paragraph className="lead">{t('manager.agreements.intro')}</Paragraph>
      <AgreementFilters
        key={`${filters.status}|${filters.agencyId}|${filters.endingBefore}`}
        value={filters}
        onApply={apply}
      />
      {list.isPending ? (
        <LoadingState label={t('manager.agreements.loading')} />
      ) : list.error ? (
        <QueryFailure
          error={list.error}
          what={t('manager.agreements.what')}
          onRetry={() => void list.refetch()}
        />
      ) : shown.length === 0 ? (
        <EmptyState>{t('manager.agreements.empty')}</EmptyState>
      ) : (
        <>
          <AgreementTable
            rows={shown}
            caption={t('manager.agreements.caption', { count: total })}
            showCentre={showCentre}
          />
          <Paragraph data-size="sm" role="status">
            {t('manager.agreements.shown', { count: shown.length, total })}
          </Paragraph>
          {list.hasNextPage && (
            <Button
              variant="secondary"
              onClick={() => void list.fetchNextPage()}
              disabled={list.isFetchingNextPage}
            >
              {t('manager.agreements.more')}
            </Button>
          )}
        </>
      )}
    </>
  );
}

function AgreementTable({
  rows,
  caption,
  showCentre,
}: {
  rows: readonly AdminAgreementRow[];
  caption: string;
  showCentre: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <TableScroll label={caption}>
      <Table zebra>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('manager.agreements.column.reference')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.agreements.column.agency')}</Table.HeaderCell>
            {showCentre && <Table.HeaderCell>{t('manager.agreements.column.centre')}</Table.HeaderCell>}
            <Table.HeaderCell>{t('manager.agreements.column.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.agreements.column.period')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('manager.agreements.column.monthly')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id}>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={managePaths.agreement(row.id)}>{row.reference}</RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell>{row.agency.name}</Table.Cell>
              {showCentre && <Table.Cell>{row.providerCode}</Table.Cell>}
              <Table.Cell>{t(`manager.agreements.status.${row.status}`)}</Table.Cell>
              <Table.Cell>
                {t('manager.agreements.period', {
                  from: format.date(row.startDate),
                  to: format.date(row.endDate),
                })}
              </Table.Cell>
              <Table.Cell className="amount">
                {format.money(row.current.price.totals.monthly, row.current.price.currency)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
