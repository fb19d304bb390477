import { Link, Table } from '@digdir/designsystemet-react';
import { TableScroll } from '../../../components/ui/TableScroll';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useFormatters } from '../../../lib/format';
import type { QuoteListItem } from '../api/quotes';
import { StatusTag } from '../../../components/quote/StatusTag';

/** The quotes of the list: each reference opens the quote. */
export function QuoteTable({
  quotes,
  showAgency,
}: {
  quotes: readonly QuoteListItem[];
  showAgency: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <TableScroll label={t('quotes.caption')}>
      <Table data-size="sm" zebra className="quote-table">
        <caption>{t('quotes.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('quotes.column.reference')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('quotes.column.name')}</Table.HeaderCell>
            {showAgency && <Table.HeaderCell scope="col">{t('quotes.column.agency')}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{t('quotes.column.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="amount">
              {t('quotes.column.firstYear')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="amount">
              {t('quotes.column.contractTotal')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('quotes.column.validUntil')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="amount">
              {t('quotes.column.revision')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {quotes.map((quote) => (
            <Table.Row key={quote.id}>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={`/quotes/${encodeURIComponent(quote.id)}`}>
                    {quote.displayReference}
                  </RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell>{quote.name}</Table.Cell>
              {showAgency && <Table.Cell>{quote.agency.name}</Table.Cell>}
              <Table.Cell>
                <StatusTag status={quote.status} expired={quote.expired} />
              </Table.Cell>
              <Table.Cell className="amount">
                {format.money(quote.price.totals.firstYear, quote.price.currency)}
              </Table.Cell>
              <Table.Cell className="amount">
                {format.money(quote.price.totals.contractTotal, quote.price.currency)}
              </Table.Cell>
              <Table.Cell>{format.date(quote.validUntil)}</Table.Cell>
              <Table.Cell className="amount">{quote.revision}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
