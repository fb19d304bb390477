import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDraftImpact, type QuoteImpact } from '../api/impact';
import { useManagedProvider } from '../../../lib/manage/versions';
import { byLargestChange } from '../model/impact-order';
import { managePaths } from '../../../lib/manage/manage-paths';
import { AgreementImpactSection } from './AgreementImpactSection';
import { ImpactAmountCells, ImpactProblems, ImpactTable } from './ImpactTable';

/**
 * `/manage/centres/:code/impact`: what the draft does to every open quote of the centre's agencies,
 * and to the renewals of its agreements.
 */
export function ImpactView({ providerCode }: { providerCode: string }) {
  const { t } = useTranslation();
  const centre = useManagedProvider(providerCode);
  const impact = useDraftImpact(providerCode, centre.draft !== null && centre.draft !== undefined);
  useDocumentTitle(t('manager.impact.title'));
  const back = (
    <Paragraph className="back-link">
      <Link asChild>
        <RouterLink to={managePaths.draft(providerCode)}>{t('manager.draft.back')}</RouterLink>
      </Link>
    </Paragraph>
  );
  if (centre.isPending) return <LoadingState label={t('manager.impact.loading')} />;
  if (centre.error)
    return (
      <QueryFailure
        error={centre.error}
        what={t('manager.impact.what')}
        onRetry={() => void centre.refetch()}
      />
    );
  return (
    <>
      {back}
      <Heading level={1} data-size="lg">
        {centre.draft
          ? t('manager.impact.heading', { number: centre.draft.number })
          : t('manager.impact.title')}
      </Heading>
      <Paragraph className="lead">{t('manager.impact.intro')}</Paragraph>
      {!centre.draft ? (
        <EmptyState>{t('manager.draft.none')}</EmptyState>
      ) : impact.isPending ? (
        <LoadingState label={t('manager.impact.loading')} />
      ) : impact.error ? (
        <QueryFailure
          error={impact.error}
          what={t('manager.impact.what')}
          onRetry={() => void impact.refetch()}
        />
      ) : impact.data.length === 0 ? (
        <EmptyState>{t('manager.impact.none')}</EmptyState>
      ) : (
        <QuoteImpactTable impacts={byLargestChange(impact.data)} />
      )}
      {centre.draft && <AgreementImpactSection providerCode={providerCode} />}
    </>
  );
}

function QuoteImpactTable({ impacts }: { impacts: readonly QuoteImpact[] }) {
  const { t } = useTranslation();
  return (
    <ImpactTable
      caption={t('manager.impact.caption', { count: impacts.length })}
      rowHeading={t('manager.impact.quoteAndAgency')}
      beforeLabel={t('manager.impact.before')}
    >
      {impacts.map((impact) => (
        <ImpactRow key={impact.quoteId} impact={impact} />
      ))}
    </ImpactTable>
  );
}

function ImpactRow({ impact }: { impact: QuoteImpact }) {
  const { t } = useTranslation();
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        <span className="impact-reference">
          {impact.reference}
          {impact.revision > 1 ? ` ${t('manager.impact.revision', { revision: impact.revision })}` : ''}
        </span>
        <span className="impact-name">{impact.name}</span>
        <span className="impact-agency">{impact.agencyName}</span>
        <Tag data-size="sm" data-color={impact.status === 'SUBMITTED' ? 'info' : 'neutral'}>
          {t(`manager.quoteStatus.${impact.status}`)}
        </Tag>
        <ImpactProblems problems={impact.problems} validAfter={impact.validAfter} />
      </Table.HeaderCell>
      <ImpactAmountCells impact={impact} />
    </Table.Row>
  );
}
