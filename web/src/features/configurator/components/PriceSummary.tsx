import { Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { ConfigurationIssue } from '@servicekatalog/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useFormatters } from '../../../lib/format';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useOnlineStatus } from '../../../lib/use-online-status';
import type { CatalogueNames } from '../hooks/use-catalogue-names';
import type { Confirmation as ConfirmationStatus } from '../../../lib/pricing/use-live-prices';
import type { ShownFigures } from '../../../lib/pricing/price-authority';
import { useIssueText } from './issue-text';
import { serviceRowId } from './ServiceChoice';

/** How long the total must stay put before screen readers hear it (they should not hear every keystroke). */
const ANNOUNCE_DELAY_MS = 700;

interface Props {
  /** The figures shown; null when the configuration cannot be priced. */
  shown: ShownFigures | null;
  confirmation: ConfirmationStatus;
  issues: readonly ConfigurationIssue[];
  names: CatalogueNames;
  currency: string;
  contractYears: number;
  /** A comparison that starts from this configuration. */
  compareUrl: string;
  /** What the page around the configurator offers to do with it (e.g. save it as a quote). */
  actions?: ReactNode;
}

/** The headline figures, whether the API has confirmed them, and what must be fixed. */
export function PriceSummary({
  shown,
  confirmation,
  issues,
  names,
  currency,
  contractYears,
  compareUrl,
  actions,
}: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const totals = shown?.totals ?? null;
  const announcement = totals
    ? t('summary.announcement', {
        monthly: format.money(totals.monthly, currency),
        firstYear: format.money(totals.firstYear, currency),
      })
    : '';
  const announced = useDebouncedValue(announcement, ANNOUNCE_DELAY_MS);
  return (
    <aside className="configurator__summary" aria-labelledby="summary-heading">
      <Heading level={2} data-size="sm" id="summary-heading">
        {t('summary.heading')}
      </Heading>
      {totals ? (
        <dl className="totals">
          <dt>{t('summary.monthly')}</dt>
          <dd id="total-monthly">{format.money(totals.monthly, currency)}</dd>
          <dt>{t('summary.firstYear')}</dt>
          <dd id="total-first-year">{format.money(totals.firstYear, currency)}</dd>
          <dt>{t('summary.contractTotal', { count: contractYears })}</dt>
          <dd id="total-contract">{format.money(totals.contractTotal, currency)}</dd>
        </dl>
      ) : (
        <Paragraph>{t('summary.unpriceable')}</Paragraph>
      )}
      <Paragraph data-size="sm">
        <strong>{t('summary.vat')}</strong>
      </Paragraph>
      {shown && <Confirmation status={confirmation} />}
      <IssueSummary issues={issues} names={names} />
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={compareUrl}>{t('compare.compareThis')}</RouterLink>
        </Link>
      </Paragraph>
      {actions}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announced}
      </div>
    </aside>
  );
}

function Confirmation({ status }: { status: ConfirmationStatus }) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  const shown: ConfirmationStatus | 'offline' = !online && status === 'confirming' ? 'offline' : status;
  return (
    <Paragraph data-size="sm" className={`confirmation confirmation--${shown}`}>
      {shown === 'confirming' && <Spinner aria-hidden data-size="xs" />} {t(`summary.confirmation.${shown}`)}
    </Paragraph>
  );
}

function IssueSummary({ issues, names }: { issues: readonly ConfigurationIssue[]; names: CatalogueNames }) {
  const { t } = useTranslation();
  const issueText = useIssueText(names);
  const errors = issues.filter((issue) => issue.severity === 'ERROR');
  if (issues.length === 0) return <Paragraph data-size="sm">{t('summary.noIssues')}</Paragraph>;
  return (
    <div className="issue-summary">
      <Paragraph data-size="sm">
        {errors.length > 0
          ? t('summary.errors', { count: errors.length })
          : t('summary.warningsOnly', { count: issues.length })}
      </Paragraph>
      <ul>
        {issues.map((issue, i) => (
          <li key={`${issue.code}-${i}`}>
            {issue.serviceCode ? (
              <Link href={`#${serviceRowId(issue.serviceCode)}`}>{issueText(issue)}</Link>
            ) : (
              issueText(issue)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
