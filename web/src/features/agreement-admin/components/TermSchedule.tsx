import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { AdminAgreement } from '../api/agreements';

/** One term: its kind and period, pinned catalogue version, and price per contract year. */
export function TermSchedule({ term }: { term: AdminAgreement['terms'][number] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { currency } = term.price;
  const period = t('manager.agreements.period', {
    from: format.date(term.startDate),
    to: format.date(term.endDate),
  });
  const heading = t('manager.agreements.termHeading', {
    kind: t(`manager.agreements.kind.${term.kind}`),
    period,
  });
  return (
    <section className="agreement-term">
      <Heading level={3} data-size="sm">
        {heading}
      </Heading>
      <Paragraph data-size="sm">
        {t('manager.agreements.termVersion', {
          number: term.catalogueVersion,
          monthly: format.money(term.price.totals.monthly, currency),
        })}
      </Paragraph>
      <Table data-size="sm">
        <caption>
          {t('manager.agreements.schedule')} ({heading})
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('manager.agreements.year')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('manager.agreements.oneTime')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('manager.agreements.recurring')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('manager.agreements.total')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {term.price.years.map((year) => (
            <Table.Row key={year.year}>
              <Table.HeaderCell scope="row">
                {t('manager.agreements.yearNumber', { year: year.year })}
              </Table.HeaderCell>
              <Table.Cell className="amount">{format.money(year.oneTime, currency)}</Table.Cell>
              <Table.Cell className="amount">{format.money(year.recurring, currency)}</Table.Cell>
              <Table.Cell className="amount">{format.money(year.total, currency)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}
