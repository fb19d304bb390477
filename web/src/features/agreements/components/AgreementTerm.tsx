import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';

/** What a term shows: its kind, period, pinned version and price per contract year. */
export interface TermView {
  kind: string;
  startDate: string;
  endDate: string;
  catalogueVersion: number;
  price: {
    currency: string;
    contractYears: number;
    upcomingChange?: { catalogueVersion: number; validFrom: string } | null;
    years: { year: number; oneTime: string; recurring: string; total: string }[];
  };
}

export function AgreementTerm({ term }: { term: TermView }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { currency } = term.price;
  const period = t('agreements.period', { from: format.date(term.startDate), to: format.date(term.endDate) });
  return (
    <section className="agreement-term">
      <Heading level={3} data-size="sm">
        {t('agreements.termHeading', { kind: t(`agreements.kind.${term.kind}`), period })}
      </Heading>
      <Paragraph data-size="sm">
        {t('agreements.version', { number: term.catalogueVersion, count: term.price.contractYears })}
      </Paragraph>
      {term.price.upcomingChange && (
        <Paragraph data-size="sm">
          {t('agreements.upcoming', {
            number: term.price.upcomingChange.catalogueVersion,
            date: format.date(term.price.upcomingChange.validFrom),
          })}
        </Paragraph>
      )}
      <Table data-size="sm">
        <caption>{t('agreements.schedule')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('agreements.year')}</Table.HeaderCell>
            <Table.HeaderCell>{t('agreements.oneTime')}</Table.HeaderCell>
            <Table.HeaderCell>{t('agreements.recurring')}</Table.HeaderCell>
            <Table.HeaderCell>{t('agreements.total')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {term.price.years.map((year) => (
            <Table.Row key={year.year}>
              <Table.HeaderCell scope="row">
                {t('agreements.yearNumber', { year: year.year })}
              </Table.HeaderCell>
              <Table.Cell>{format.money(year.oneTime, currency)}</Table.Cell>
              <Table.Cell>{format.money(year.recurring, currency)}</Table.Cell>
              <Table.Cell>{format.money(year.total, currency)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}
