import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useFormatters } from '../../../lib/format';
import { useDraftAgreementImpact, type AgreementImpact } from '../api/impact';
import { ImpactAmountCells, ImpactProblems, ImpactTable } from './ImpactTable';

/**
 * The agreements whose renewal (the day after their end) falls on or after the day the draft takes
 * effect: each renewal priced under the price list otherwise in force then and under the draft, by
 * agency name and reference as the API orders them.
 */
export function AgreementImpactSection({ providerCode }: { providerCode: string }) {
  const { t } = useTranslation();
  const impact = useDraftAgreementImpact(providerCode);
  return (
    <section aria-labelledby="agreement-impact-heading" className="quote-section">
      <Heading id="agreement-impact-heading" level={2} data-size="md">
        {t('manager.impact.agreements.heading')}
      </Heading>
      <Paragraph>{t('manager.impact.agreements.intro')}</Paragraph>
      {impact.isPending ? (
        <LoadingState label={t('manager.impact.agreements.loading')} />
      ) : impact.error ? (
        <QueryFailure
          error={impact.error}
          what={t('manager.impact.agreements.what')}
          onRetry={() => void impact.refetch()}
        />
      ) : impact.data.length === 0 ? (
        <EmptyState>{t('manager.impact.agreements.none')}</EmptyState>
      ) : (
        <ImpactTable
          caption={t('manager.impact.agreements.caption', { count: impact.data.length })}
          rowHeading={t('manager.impact.agreements.agencyAndAgreement')}
          beforeLabel={t('manager.impact.agreements.before')}
        >
          {impact.data.map((row) => (
            <AgreementImpactRow key={row.agreementId} impact={row} />
          ))}
        </ImpactTable>
      )}
    </section>
  );
}

function AgreementImpactRow({ impact }: { impact: AgreementImpact }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        <span className="impact-agency">{impact.agencyName}</span>
        <span className="impact-reference">{impact.reference}</span>
        <span className="impact-name">
          {t('manager.impact.agreements.renews', {
            date: format.date(impact.renewalDate),
            count: impact.contractYears,
          })}
        </span>
        <ImpactProblems problems={impact.problems} validAfter={impact.validAfter} />
      </Table.HeaderCell>
      <ImpactAmountCells impact={impact} />
    </Table.Row>
  );
}
