import { Heading, Table } from '@digdir/designsystemet-react';
import { TableScroll } from '../../../components/ui/TableScroll';
import type { PriceTotals, YearTotal } from '@servicekatalog/shared';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';

/** What each contract year costs: one-time charges, recurring charges, total. */
export function YearTable({
  years,
  totals,
  currency,
}: {
  years: readonly YearTotal[];
  totals: PriceTotals;
  currency: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <section aria-labelledby="years-heading" className="configurator-section">
      <Heading level={2} data-size="sm" id="years-heading">
        {t('years.heading')}
      </Heading>
      <TableScroll label={t('years.caption')}>
        <Table data-size="sm" zebra className="year-table">
          <caption>{t('years.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('years.year')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="amount">
                {t('years.oneTime')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="amount">
                {t('years.recurring')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="amount">
                {t('years.total')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {years.map((year) => (
              <Table.Row key={year.year}>
                <Table.HeaderCell scope="row">{t('years.yearN', { year: year.year })}</Table.HeaderCell>
                <Table.Cell className="amount">{format.money(year.oneTime, currency)}</Table.Cell>
                <Table.Cell className="amount">{format.money(year.recurring, currency)}</Table.Cell>
                <Table.Cell className="amount">{format.money(year.total, currency)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
          <Table.Foot>
            <Table.Row>
              <Table.HeaderCell scope="row" colSpan={3}>
                {t('years.contractTotal')}
              </Table.HeaderCell>
              <Table.Cell className="amount">
                <strong>{format.money(totals.contractTotal, currency)}</strong>
              </Table.Cell>
            </Table.Row>
          </Table.Foot>
        </Table>
      </TableScroll>
    </section>
  );
}
