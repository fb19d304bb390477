import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useFormatters } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDraftImpact, type QuoteImpact } from '../api/impact';
import { useManagedProvider } from '../../../lib/manage/versions';
import { byLargestChange } from '../model/impact-order';
import { describeImpactProblem } from '../model/impact-problems';
import { managePaths } from '../../../lib/manage/manage-paths';
import { TableScroll } from '../../../components/ui/TableScroll';

/** `/manage/centres/:code/impact`: what the draft does to every open quote of the centre's agencies. */
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
        <ImpactTable impacts={byLargestChange(impact.data)} />
      )}
    </>
  );
}

function ImpactTable({ impacts }: { impacts: readonly QuoteImpact[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('manager.impact.caption', { count: impacts.length })}>
      <Table zebra data-size="sm" className="impact-table">
        <caption>{t('manager.impact.caption', { count: impacts.length })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell rowSpan={2}>{t('manager.impact.quoteAndAgency')}</Table.HeaderCell>
            <Table.HeaderCell colSpan={3} scope="colgroup">
              {t('manager.impact.firstYear')}
            </Table.HeaderCell>
            <Table.HeaderCell colSpan={3} scope="colgroup">
              {t('manager.impact.contractTotal')}
            </Table.HeaderCell>
          </Table.Row>
          <Table.Row>
            {['firstYear', 'contractTotal'].flatMap((group) =>
              ['before', 'after', 'difference'].map((column) => (
                <Table.HeaderCell key={`${group}-${column}`} className="amount">
                  {t(`manager.impact.${column}`)}
                </Table.HeaderCell>
              )),
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {impacts.map((impact) => (
            <ImpactRow key={impact.quoteId} impact={impact} />
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function ImpactRow({ impact }: { impact: QuoteImpact }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const money = (amount: string | null | undefined, currency: string) =>
    amount == null ? t('manager.impact.notPriced') : format.money(amount, currency);
  const difference = (amount: string | null | undefined) => {
    if (amount == null) return t('manager.impact.noDifference');
    const text = format.money(amount, impact.currency);
    return amount.startsWith('-') || /^0*(\.0*)?$/.test(amount) ? text : `+${text}`;
  };
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
        {impact.problems.map((problem) => {
          const worded = describeImpactProblem(problem, t);
          return (
            <span key={problem.field + problem.code} className="impact-problem" lang={worded.lang}>
              {worded.text}
            </span>
          );
        })}
        {impact.validAfter === false && (
          <span className="impact-problem">{t('manager.impact.invalidAfter')}</span>
        )}
      </Table.HeaderCell>
      <Table.Cell className="amount">{money(impact.firstYearBefore, impact.currency)}</Table.Cell>
      <Table.Cell className="amount">{money(impact.firstYearAfter, impact.draftCurrency)}</Table.Cell>
      <Table.Cell className="amount">{difference(impact.firstYearDifference)}</Table.Cell>
      <Table.Cell className="amount">{money(impact.contractTotalBefore, impact.currency)}</Table.Cell>
      <Table.Cell className="amount">{money(impact.contractTotalAfter, impact.draftCurrency)}</Table.Cell>
      <Table.Cell className="amount">{difference(impact.contractTotalDifference)}</Table.Cell>
    </Table.Row>
  );
}
