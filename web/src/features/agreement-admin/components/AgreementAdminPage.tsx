import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useFormatters } from '../../../lib/format';
import { managePaths } from '../../../lib/manage/manage-paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAdminAgreement, useLiveAgreement } from '../api/agreements';
import { MonthlyRecordForms } from './MonthlyRecordForms';
import { TermSchedule } from './TermSchedule';
import { TerminateForm } from './TerminateForm';
import { UsageSection } from './UsageSection';
import { VolumesUpload } from './VolumesUpload';

/**
 * `/manage/agreements/:id`: an agreement as the centre keeps it — its terms and price schedules,
 * termination, reported volumes and service results (typed by hand, volumes also as a CSV file),
 * usage against the forecast and the results' history.
 */
export function AgreementAdminPage({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const query = useAdminAgreement(agreementId);
  useLiveAgreement(agreementId);
  const agreement = query.data;
  useDocumentTitle(agreement ? agreement.reference : t('manager.agreements.title'));
  const reload = () => void query.refetch();

  const back = (
    <Paragraph className="back-link">
      <Link asChild>
        <RouterLink to={managePaths.agreements()}>{t('manager.agreements.back')}</RouterLink>
      </Link>
    </Paragraph>
  );
  if (query.isPending) return <LoadingState label={t('manager.agreements.loadingOne')} />;
  if (query.isError || !agreement) {
    return (
      <>
        {back}
        {query.isError ? (
          <QueryFailure error={query.error} what={t('manager.agreements.whatOne')} onRetry={reload} />
        ) : (
          <Alert data-color="warning">{t('manager.agreements.notFound')}</Alert>
        )}
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
        <dt>{t('manager.agreements.column.status')}</dt>
        <dd>{t(`manager.agreements.status.${agreement.status}`)}</dd>
        <dt>{t('manager.agreements.column.period')}</dt>
        <dd>
          {t('manager.agreements.period', {
            from: format.date(agreement.startDate),
            to: format.date(agreement.endDate),
          })}
        </dd>
        <dt>{t('manager.agreements.column.agency')}</dt>
        <dd>{agreement.agency.name}</dd>
        <dt>{t('manager.agreements.column.centre')}</dt>
        <dd>{agreement.providerCode}</dd>
      </dl>
      {agreement.terminationReason && (
        <Alert data-color="info">
          {t('manager.agreements.terminatedReason', { reason: agreement.terminationReason })}
        </Alert>
      )}
      <section aria-labelledby="terms-heading" className="quote-section">
        <Heading id="terms-heading" level={2} data-size="md">
          {t('manager.agreements.terms')}
        </Heading>
        <Paragraph>{t('manager.agreements.fixedPrices')}</Paragraph>
        {agreement.terms.map((term) => (
          <TermSchedule key={`${term.kind}-${term.startDate}`} term={term} />
        ))}
      </section>
      {agreement.status !== 'TERMINATED' && (
        <>
          <MonthlyRecordForms agreement={agreement} onReload={reload} />
          <VolumesUpload agreement={agreement} onReload={reload} />
        </>
      )}
      <UsageSection key={`${agreement.startDate}|${agreement.endDate}`} agreement={agreement} />
      {agreement.status !== 'ENDED' && <TerminateForm agreement={agreement} onReload={reload} />}
    </>
  );
}
