import { Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { ConfigurationIssue } from '@servicekatalog/shared';
import type { ReactNode } from 'react';
import { YearOneCharges } from '../../../components/ui/PriceTotals';
import { listWithNodes, translateWithNodes } from '../../../i18n/translate-nodes';
import type { VolumeField } from '../../../lib/configuration/pricing-input';
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
import { volumeFieldId } from './VolumeFields';

/** How long the total must stay put before screen readers hear it (they should not hear every keystroke). */
const ANNOUNCE_DELAY_MS = 700;

interface Props {
  /** The figures shown; null when the configuration cannot be priced. */
  shown: ShownFigures | null;
  confirmation: ConfirmationStatus;
  issues: readonly ConfigurationIssue[];
  /** Volume fields whose text cannot be used: the price leaves out what depends on them. */
  fieldProblems: readonly VolumeField[];
  names: CatalogueNames;
  currency: string;
  contractYears: number;
  /** A comparison that starts from this configuration. */
  compareUrl: string;
  /** What the page around the configurator offers to do with it (e.g. save it as a quote). */
  actions?: ReactNode;
}

/**
 * The headline figures, whether the API has confirmed them, and what must be fixed. It says the
 * same as the fields and the buttons: a volume that is missing or cannot be read is listed here
 * and marks the price incomplete, never "nothing to fix".
 */
export function PriceSummary(props: Props) {
  const { shown, confirmation, issues, fieldProblems, names, currency, contractYears, compareUrl, actions } =
    props;
  const { t } = useTranslation();
  const missing = incompleteDrivers(issues, fieldProblems);
  const format = useFormatters();
  const totals = shown?.totals ?? null;
  const yearOne = shown?.years[0] ?? null;
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
      {totals && missing.length > 0 && (
        <Paragraph data-size="sm" className="totals__incomplete" id="price-incomplete">
          {translateWithNodes(t, 'summary.incomplete', {
            drivers: listWithNodes(new Intl.ListFormat(format.locale), missing.map(names.driverName)),
          })}
        </Paragraph>
      )}
      {totals ? (
        <dl className="totals" aria-describedby={missing.length > 0 ? 'price-incomplete' : undefined}>
          <dt>{t('summary.monthly')}</dt>
          <dd id="total-monthly">{format.money(totals.monthly, currency)}</dd>
          {yearOne && (
            <YearOneCharges yearOne={yearOne} monthly={totals.monthly} currency={currency} idPrefix="total" />
          )}
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
      {shown && missing.length === 0 && <Confirmation status={confirmation} />}
      <IssueSummary issues={issues} fieldProblems={fieldProblems} names={names} />
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

/** Drivers the price leaves out: a volume that is missing or cannot be read, in field order. */
function incompleteDrivers(
  issues: readonly ConfigurationIssue[],
  fieldProblems: readonly VolumeField[],
): string[] {
  const drivers = new Set(fieldProblems.map((field) => field.driverCode));
  for (const issue of issues) if (issue.code === 'MISSING_VOLUME') drivers.add(issue.driverCode);
  return [...drivers];
}

interface IssueSummaryProps {
  issues: readonly ConfigurationIssue[];
  fieldProblems: readonly VolumeField[];
  names: CatalogueNames;
}

function IssueSummary({ issues, fieldProblems, names }: IssueSummaryProps) {
  const { t } = useTranslation();
  const issueText = useIssueText(names);
  const errors = issues.filter((issue) => issue.severity === 'ERROR').length + fieldProblems.length;
  if (issues.length === 0 && fieldProblems.length === 0)
    return <Paragraph data-size="sm">{t('summary.noIssues')}</Paragraph>;
  return (
    <div className="issue-summary">
      <Paragraph data-size="sm">
        {errors > 0
          ? t('summary.errors', { count: errors })
          : t('summary.warningsOnly', { count: issues.length })}
      </Paragraph>
      <ul>
        {fieldProblems.map((field) => (
          <li key={`field-${field.driverCode}`}>
            <Link href={`#${volumeFieldId(field.driverCode)}`}>
              {translateWithNodes(t, 'summary.fieldProblem', {
                driver: names.driverName(field.driverCode),
                problem: translateWithNodes(t, `volumes.problem.${field.problem}`, {
                  driver: names.driverName(field.driverCode),
                }),
              })}
            </Link>
          </li>
        ))}
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
