import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { isMonth, monthsBetween } from '@servicekatalog/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useFormatters } from '../../../lib/format';
import { useAgreementUsage, type AdminAgreement } from '../api/agreements';
import { defaultUsageRange, MAX_USAGE_MONTHS } from '../lib/usage';
import { ServiceResults } from './ServiceResults';
import { UsageChart } from './UsageChart';
import { UsageCsvDownload } from './UsageCsvDownload';
import { UsageTable } from './UsageTable';

/**
 * Usage per month (forecast against actual charges), the true-up over the months shown, the
 * usage as a CSV file, and the service results of the same months.
 */
export function UsageSection({ agreement }: { agreement: AdminAgreement }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [range, setRange] = useState(() => defaultUsageRange(agreement.startDate, agreement.endDate));
  const [typed, setTyped] = useState(range);
  const [problem, setProblem] = useState<string | null>(null);
  const usage = useAgreementUsage(agreement.id, range.from, range.to);
  const currency = agreement.terms[agreement.terms.length - 1]?.price.currency ?? '';
  const data = usage.data;

  return (
    <section aria-labelledby="usage-heading" className="quote-section">
      <Heading id="usage-heading" level={2} data-size="md">
        {t('manager.agreements.usage.heading')}
      </Heading>
      <form
        noValidate
        className="usage-range"
        onSubmit={(event) => {
          event.preventDefault();
          const valid =
            isMonth(typed.from) &&
            isMonth(typed.to) &&
            monthsBetween(typed.from, typed.to) >= 0 &&
            monthsBetween(typed.from, typed.to) < MAX_USAGE_MONTHS;
          setProblem(valid ? null : t('manager.agreements.usage.badRange', { max: MAX_USAGE_MONTHS }));
          if (valid) setRange(typed);
        }}
      >
        <Textfield
          id="usage-from"
          type="month"
          label={t('manager.agreements.usage.from')}
          description={t('manager.agreements.usage.monthHelp')}
          value={typed.from}
          onChange={(event) => setTyped({ ...typed, from: event.target.value })}
          error={problem ?? undefined}
        />
        <Textfield
          id="usage-to"
          type="month"
          label={t('manager.agreements.usage.to')}
          description={t('manager.agreements.usage.monthHelp')}
          value={typed.to}
          onChange={(event) => setTyped({ ...typed, to: event.target.value })}
        />
        <Button type="submit" variant="secondary">
          {t('manager.agreements.usage.apply')}
        </Button>
      </form>
      {usage.isPending ? (
        <LoadingState label={t('manager.agreements.usage.loading')} />
      ) : usage.isError || !data ? (
        <QueryFailure
          error={usage.error}
          what={t('manager.agreements.usage.what')}
          onRetry={() => void usage.refetch()}
        />
      ) : data.usage.length === 0 ? (
        <EmptyState>{t('manager.agreements.usage.empty')}</EmptyState>
      ) : (
        <>
          <Paragraph role="status">
            <strong>
              {t('manager.agreements.usage.trueUp', { amount: format.money(data.trueUp, currency) })}
            </strong>
          </Paragraph>
          <UsageChart months={data.usage} />
          <UsageTable months={data.usage} currency={currency} />
          <UsageCsvDownload months={data.usage} reference={agreement.reference} />
          <ServiceResults results={data.serviceResults} />
        </>
      )}
    </section>
  );
}
