import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/ui/TableScroll';
import { useFormatters } from '../../../lib/format';
import { monthDifference, type UsageMonth } from '../lib/usage';

interface Month extends UsageMonth {
  lines: readonly { driverCode: string; forecast: string; actual?: string | null }[];
}

/** The chart's figures as a table: per month the charges, their difference and each driver's volumes. */
export function UsageTable({ months, currency }: { months: readonly Month[]; currency: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const caption = t('manager.agreements.usage.table', { currency });
  const notRecorded = t('manager.agreements.usage.noActual');
  return (
    <TableScroll label={caption}>
      <Table zebra data-size="sm">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('manager.agreements.usage.month')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('manager.agreements.usage.forecast')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('manager.agreements.usage.actual')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('manager.agreements.usage.difference')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.agreements.usage.drivers')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.agreements.usage.engine')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {months.map((month) => (
            <Table.Row key={month.month}>
              <Table.HeaderCell scope="row">{month.month}</Table.HeaderCell>
              <Table.Cell className="amount">{format.money(month.forecastAmount, currency)}</Table.Cell>
              <Table.Cell className="amount">
                {month.actualAmount == null ? notRecorded : format.money(month.actualAmount, currency)}
              </Table.Cell>
              <Table.Cell className="amount">{format.money(monthDifference(month), currency)}</Table.Cell>
              <Table.Cell>
                {month.lines.map((line) => (
                  <div key={line.driverCode}>
                    {t('manager.agreements.usage.driverLine', {
                      driver: line.driverCode,
                      forecast: format.quantity(line.forecast),
                      actual: line.actual == null ? notRecorded : format.quantity(line.actual),
                    })}
                  </div>
                ))}
              </Table.Cell>
              <Table.Cell>{month.engineVersion}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
