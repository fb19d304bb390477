import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import '../i18n';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useFormatters } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAgreement } from '../api/agreements';
import { AgreementTerm } from './AgreementTerm';

/** `/my-services/:id`: one agreement with every term and its price schedule per contract year. */
export function AgreementDetail({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const query = useAgreement(agreementId);
  const agreement = query.data?.agreement;
  useDocumentTitle(agreement ? agreement.reference : t('agreements.title'));

  const back = (
    <Link asChild>
      <RouterLink to="/my-services">{t('agreements.backToList')}</RouterLink>
    </Link>
  );
  if (query.isPending) return <LoadingState label={t('agreements.loadingOne')} />;
  if (query.isError || !agreement) {
    return (
      <>
        {query.isError ? (
          <QueryFailure
            error={query.error}
            what={t('agreements.whatOne')}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <Alert data-color="warning">{t('agreements.notFound')}</Alert>
        )}
        {back}
      </>
    );
  }
  return (
    <>
      {back}
      <Heading level={1} data-size="lg">
        {agreement.reference}
      </Heading>
      <dl className="agreement-facts">
        <dt>{t('agreements.column.status')}</dt>
        <dd>{t(`agreements.status.${agreement.status}`)}</dd>
        <dt>{t('agreements.column.period')}</dt>
        <dd>
          {t('agreements.period', {
            from: format.date(agreement.startDate),
            to: format.date(agreement.endDate),
          })}
        </dd>
        <dt>{t('agreements.agency')}</dt>
        <dd>{agreement.agency.name}</dd>
        <dt>{t('agreements.centre')}</dt>
        <dd>{agreement.providerCode}</dd>
      </dl>
      {agreement.terminationReason && (
        <Alert data-color="info">{t('agreements.terminated', { reason: agreement.terminationReason })}</Alert>
      )}
      <Paragraph>
        {t('agreements.fixedPrices')} <strong>{t('agreements.vat')}</strong>
      </Paragraph>
      <Heading level={2} data-size="md">
        {t('agreements.terms')}
      </Heading>
      {agreement.terms.map((term) => (
        <AgreementTerm key={`${term.kind}-${term.startDate}`} term={term} />
      ))}
    </>
  );
}
