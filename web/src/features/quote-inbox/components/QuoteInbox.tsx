import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useFormatters } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useInbox, useLiveInbox } from '../api/quotes';
import { managePaths } from '../../../lib/manage/manage-paths';
import { Notice } from '../../../components/manage/Notice';
import { TableScroll } from '../../../components/manage/TableScroll';

/** `/manage/quotes`: the quotes agencies have submitted to the centre, waiting for a decision. */
export function QuoteInbox({ showCentre }: { showCentre: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const inbox = useInbox();
  useLiveInbox();
  useDocumentTitle(t('manager.inbox.title'));
  return (
    <>
      <Notice />
      <Heading level={1} data-size="lg">
        {t('manager.inbox.heading')}
      </Heading>
      <Paragraph className="lead">{t('manager.inbox.intro')}</Paragraph>
      {inbox.isPending ? (
        <LoadingState label={t('manager.inbox.loading')} />
      ) : inbox.error ? (
        <QueryFailure
          error={inbox.error}
          what={t('manager.inbox.what')}
          onRetry={() => void inbox.refetch()}
        />
      ) : inbox.data.edges.length === 0 ? (
        <EmptyState>{t('manager.inbox.empty')}</EmptyState>
      ) : (
        <TableScroll label={t('manager.inbox.caption', { count: inbox.data.totalCount })}>
          <Table zebra>
            <caption>{t('manager.inbox.caption', { count: inbox.data.totalCount })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('manager.inbox.quote')}</Table.HeaderCell>
                <Table.HeaderCell>{t('manager.inbox.agency')}</Table.HeaderCell>
                {showCentre && <Table.HeaderCell>{t('manager.inbox.centre')}</Table.HeaderCell>}
                <Table.HeaderCell>{t('manager.inbox.submitted')}</Table.HeaderCell>
                <Table.HeaderCell className="amount">{t('manager.inbox.firstYear')}</Table.HeaderCell>
                <Table.HeaderCell className="amount">{t('manager.inbox.contractTotal')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {inbox.data.edges.map(({ node: quote }) => (
                <Table.Row key={quote.id}>
                  <Table.HeaderCell scope="row">
                    <Link asChild>
                      <RouterLink to={managePaths.quote(quote.id)}>
                        {quote.displayReference}: {quote.name}
                      </RouterLink>
                    </Link>
                    {quote.expired && (
                      <Tag data-size="sm" data-color="warning">
                        {t('manager.inbox.expired')}
                      </Tag>
                    )}
                  </Table.HeaderCell>
                  <Table.Cell>{quote.agency.name}</Table.Cell>
                  {showCentre && <Table.Cell>{quote.providerCode}</Table.Cell>}
                  <Table.Cell>
                    {quote.submittedAt ? format.date(quote.submittedAt.slice(0, 10)) : '–'}
                  </Table.Cell>
                  <Table.Cell className="amount">
                    {format.money(quote.price.totals.firstYear, quote.price.currency)}
                  </Table.Cell>
                  <Table.Cell className="amount">
                    {format.money(quote.price.totals.contractTotal, quote.price.currency)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
