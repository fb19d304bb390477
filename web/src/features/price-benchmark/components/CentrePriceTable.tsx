import { Table } from '@digdir/designsystemet-react';
import { TableScroll } from '../../../components/ui/TableScroll';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { CentrePrice } from '../api/price-benchmark';

/**
 * Every centre's year-1 price in its own currency and converted, with the cost per payslip and the
 * rate used; a centre that cannot price the profile says "not offered" and why, never a zero.
 */
export function CentrePriceTable({
  centres,
  currency,
}: {
  centres: readonly CentrePrice[];
  currency: string;
}) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('priceBenchmark.table.caption', { currency })}>
      <Table data-size="sm" zebra className="price-benchmark-table">
        <caption>{t('priceBenchmark.table.caption', { currency })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('priceBenchmark.table.centre')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="amount">
              {t('priceBenchmark.table.own')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="amount">
              {t('priceBenchmark.table.ownPerPayslip')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="amount">
              {t('priceBenchmark.table.converted', { currency })}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="amount">
              {t('priceBenchmark.table.convertedPerPayslip', { currency })}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('priceBenchmark.table.rate')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {centres.map((centre) => (
            <Table.Row key={centre.providerCode}>
              <Table.HeaderCell scope="row">
                {centre.providerName}
                {centre.servicePackageCode && centre.offered && (
                  <span className="price-benchmark-table__package">
                    {t('priceBenchmark.table.package', { code: centre.servicePackageCode })}
                  </span>
                )}
              </Table.HeaderCell>
              {centre.offered ? <OfferedCells centre={centre} /> : <NotOfferedCell centre={centre} />}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function OfferedCells({ centre }: { centre: CentrePrice }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const none = t('priceBenchmark.table.noPayslips');
  const converted = centre.converted;
  return (
    <>
      <Table.Cell className="amount">{format.money(centre.total!, centre.currency)}</Table.Cell>
      <Table.Cell className="amount">
        {centre.pricePerPayslip ? format.money(centre.pricePerPayslip, centre.currency) : none}
      </Table.Cell>
      {converted ? (
        <>
          <Table.Cell className="amount">{format.money(converted.total, converted.currency)}</Table.Cell>
          <Table.Cell className="amount">
            {converted.pricePerPayslip ? format.money(converted.pricePerPayslip, converted.currency) : none}
          </Table.Cell>
          <Table.Cell>
            {converted.rate.date === null
              ? t('priceBenchmark.table.sameCurrency')
              : t('priceBenchmark.table.rateUsed', {
                  from: converted.rate.from,
                  to: converted.rate.to,
                  rate: format.exact(converted.rate.rate),
                  date: format.date(converted.rate.date),
                  source: converted.rate.source,
                })}
          </Table.Cell>
        </>
      ) : (
        <Table.Cell colSpan={3}>
          {t('priceBenchmark.table.rateMissing', { from: centre.currency })}
        </Table.Cell>
      )}
    </>
  );
}

function NotOfferedCell({ centre }: { centre: CentrePrice }) {
  const { t } = useTranslation();
  const reason = centre.notOfferedReason ?? 'NO_PACKAGE';
  return (
    <Table.Cell colSpan={5}>
      <strong>{t('priceBenchmark.table.notOffered')}</strong>{' '}
      {t(`priceBenchmark.reason.${reason}`, {
        drivers: centre.missingDrivers.join(', '),
        issues: centre.issueCodes.join(', '),
      })}
    </Table.Cell>
  );
}
