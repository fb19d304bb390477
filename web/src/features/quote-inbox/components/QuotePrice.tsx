import { Heading, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { ManagedQuote } from '../api/quotes';
import { TableScroll } from '../../../components/manage/TableScroll';

interface SavedConfiguration {
  servicePackageCode?: string | null;
  serviceCodes?: string[] | null;
  serviceLevelCode?: string | null;
  volumes?: { driverCode: string; quantity: string }[] | null;
  contractYears?: number | null;
}

/** What the agency asked for and the price as offered (the stored snapshot, excluding VAT). */
export function QuotePrice({ quote }: { quote: ManagedQuote }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const configuration = (quote.configuration ?? {}) as SavedConfiguration;
  const { price } = quote;
  return (
    <section aria-labelledby="quote-price-heading" className="quote-section">
      <Heading id="quote-price-heading" level={2} data-size="md">
        {t('manager.review.priceHeading')}
      </Heading>
      <dl className="facts">
        <dt>{t('manager.review.package')}</dt>
        <dd>{price.servicePackageCode ?? t('manager.review.noPackage')}</dd>
        <dt>{t('manager.review.extras')}</dt>
        <dd>
          {configuration.serviceCodes?.length
            ? configuration.serviceCodes.join(', ')
            : t('manager.value.none')}
        </dd>
        <dt>{t('manager.review.level')}</dt>
        <dd>{price.serviceLevelCode ?? t('manager.value.none')}</dd>
        <dt>{t('manager.review.volumes')}</dt>
        <dd>
          {configuration.volumes?.length
            ? configuration.volumes
                .map((volume) => `${volume.driverCode}: ${format.quantity(volume.quantity)}`)
                .join(', ')
            : t('manager.value.none')}
        </dd>
        <dt>{t('manager.review.years')}</dt>
        <dd>{t('manager.review.yearsValue', { count: price.contractYears })}</dd>
        <dt>{t('manager.review.monthly')}</dt>
        <dd>{format.money(price.totals.monthly, price.currency)}</dd>
        <dt>{t('manager.review.firstYear')}</dt>
        <dd>{format.money(price.totals.firstYear, price.currency)}</dd>
        <dt>{t('manager.review.contractTotal')}</dt>
        <dd>{format.money(price.totals.contractTotal, price.currency)}</dd>
      </dl>
      <TableScroll label={t('manager.review.linesCaption')}>
        <Table zebra data-size="sm">
          <caption>{t('manager.review.linesCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('manager.review.service')}</Table.HeaderCell>
              <Table.HeaderCell>{t('manager.review.component')}</Table.HeaderCell>
              <Table.HeaderCell>{t('manager.review.period')}</Table.HeaderCell>
              <Table.HeaderCell className="amount">{t('manager.review.amount')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {price.lines.map((line, index) => (
              <Table.Row key={index}>
                <Table.Cell>{line.serviceCode}</Table.Cell>
                <Table.Cell>{line.componentLabel}</Table.Cell>
                <Table.Cell>{t(`line.period.${line.period}`)}</Table.Cell>
                <Table.Cell className="amount">{format.money(line.amount, price.currency)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}
