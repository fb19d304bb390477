import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import '../i18n';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useFormatters } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMyAgreements } from '../api/agreements';

/** `/my-services`: the agreements the user may see, with their period and current monthly charges. */
export function AgreementList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const list = useMyAgreements();
  useDocumentTitle(t('agreements.title'));
  const agreements = list.data?.agreements.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('agreements.title')}
      </Heading>
      <Paragraph className="lead">
        {t('agreements.intro')} <strong>{t('agreements.vat')}</strong>
      </Paragraph>
      {list.isPending ? (
        <LoadingState label={t('agreements.loading')} />
      ) : list.isError ? (
        <QueryFailure error={list.error} what={t('agreements.what')} onRetry={() => void list.refetch()} />
      ) : agreements.length === 0 ? (
        <EmptyState>{t('agreements.empty')}</EmptyState>
      ) : (
        <Table>
          <caption>{t('agreements.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('agreements.column.reference')}</Table.HeaderCell>
              <Table.HeaderCell>{t('agreements.column.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('agreements.column.period')}</Table.HeaderCell>
              <Table.HeaderCell>{t('agreements.column.monthly')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {agreements.map((agreement) => (
              <Table.Row key={agreement.id}>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/my-services/${encodeURIComponent(agreement.id)}`}>
                      {agreement.reference}
                    </RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell>{t(`agreements.status.${agreement.status}`)}</Table.Cell>
                <Table.Cell>
                  {t('agreements.period', {
                    from: format.date(agreement.startDate),
                    to: format.date(agreement.endDate),
                  })}
                </Table.Cell>
                <Table.Cell>
                  {format.money(agreement.current.price.totals.monthly, agreement.current.price.currency)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </>
  );
}
