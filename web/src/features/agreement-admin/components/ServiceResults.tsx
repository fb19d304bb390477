import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { groupByTarget, type ServiceResultRow } from '../lib/results';

/** Each service-level target with its history: the measured value per month, met or missed. */
export function ServiceResults({ results }: { results: readonly ServiceResultRow[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const groups = groupByTarget(results);
  return (
    <section aria-labelledby="results-heading">
      <Heading id="results-heading" level={3} data-size="sm">
        {t('manager.agreements.results.heading')}
      </Heading>
      {groups.length === 0 && <Paragraph>{t('manager.agreements.results.empty')}</Paragraph>}
      {groups.map((group) => {
        const target = t('manager.agreements.results.target', {
          metric: group.metric,
          service: group.serviceCode ?? t('manager.agreements.results.wholePackage'),
        });
        const met = group.months.filter((month) => month.met).length;
        return (
          <Table key={group.key} data-size="sm">
            <caption>
              {target}: {t('manager.agreements.results.summary', { met, count: group.months.length })}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('manager.agreements.results.month')}</Table.HeaderCell>
                <Table.HeaderCell className="amount">
                  {t('manager.agreements.results.value')}
                </Table.HeaderCell>
                <Table.HeaderCell className="amount">
                  {t('manager.agreements.results.targetValue')}
                </Table.HeaderCell>
                <Table.HeaderCell>{t('manager.agreements.results.outcome')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {group.months.map((month) => (
                <Table.Row key={month.month}>
                  <Table.HeaderCell scope="row">{month.month}</Table.HeaderCell>
                  <Table.Cell className="amount">{format.quantity(month.value)}</Table.Cell>
                  <Table.Cell className="amount">{format.quantity(month.target)}</Table.Cell>
                  <Table.Cell>
                    <Tag data-size="sm" data-color={month.met ? 'success' : 'danger'}>
                      {t(month.met ? 'manager.agreements.results.met' : 'manager.agreements.results.missed')}
                    </Tag>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        );
      })}
    </section>
  );
}
