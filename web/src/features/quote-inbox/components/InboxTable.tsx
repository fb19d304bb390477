import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { TableScroll } from '../../../components/ui/TableScroll';
import { useFormatters } from '../../../lib/format';
import { managePaths } from '../../../lib/manage/manage-paths';
import type { InboxQuote } from '../api/quotes';

interface Props {
  quotes: readonly InboxQuote[];
  caption: string;
  showCentre: boolean;
}

/** The inbox's quotes: reference and name (a link to decide), agency, status, dates and totals. */
export function InboxTable({ quotes, caption, showCentre }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <TableScroll label={caption}>
      <Table zebra>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('manager.inbox.quote')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.inbox.agency')}</Table.HeaderCell>
            {showCentre && <Table.HeaderCell>{t('manager.inbox.centre')}</Table.HeaderCell>}
            <Table.HeaderCell>{t('manager.inbox.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.inbox.submitted')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('manager.inbox.firstYear')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('manager.inbox.contractTotal')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {quotes.map((quote) => (
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
              <Table.Cell>{t(`manager.quoteStatus.${quote.status}`)}</Table.Cell>
              <Table.Cell>{quote.submittedAt ? format.date(quote.submittedAt.slice(0, 10)) : '–'}</Table.Cell>
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
  );
}
