import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useSession, userMay } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePriceBenchmark, type BenchmarkQuestion } from '../api/price-benchmark';
import { CentrePriceChart } from './CentrePriceChart';
import { CentrePriceTable } from './CentrePriceTable';
import { ProfileForm } from './ProfileForm';
import '../i18n';
import './price-benchmark.css';

/**
 * `/price-benchmark`: what the same agency would pay at each centre in year 1 (DESIGN "Centres side
 * by side") — prices to customers, kept apart from the centres' own unit costs on /benchmarks.
 */
export function PriceBenchmark() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [question, setQuestion] = useState<BenchmarkQuestion | null>(null);
  const answer = usePriceBenchmark(question);
  useDocumentTitle(t('priceBenchmark.title'));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('priceBenchmark.title')}
      </Heading>
      <Paragraph variant="long" className="lead">
        {t('priceBenchmark.intro')}
      </Paragraph>
      <Paragraph data-size="sm">
        {t('priceBenchmark.notCosts')}{' '}
        <Link asChild>
          <RouterLink to="/benchmarks">{t('priceBenchmark.costsLink')}</RouterLink>
        </Link>
        {userMay(user, 'EXCHANGE_RATE_WRITE') && (
          <>
            {' · '}
            <Link asChild>
              <RouterLink to="/exchange-rates">{t('priceBenchmark.ratesLink')}</RouterLink>
            </Link>
          </>
        )}
      </Paragraph>
      <section aria-labelledby="price-benchmark-profile" className="price-benchmark-section">
        <Heading level={2} data-size="sm" id="price-benchmark-profile">
          {t('priceBenchmark.form.heading')}
        </Heading>
        <ProfileForm busy={answer.isFetching} onAsk={setQuestion} />
      </section>
      <section aria-labelledby="price-benchmark-result" aria-live="polite">
        <Heading level={2} data-size="sm" id="price-benchmark-result">
          {t('priceBenchmark.result.heading')}
        </Heading>
        {question === null ? (
          <Paragraph data-size="sm">{t('priceBenchmark.result.ask')}</Paragraph>
        ) : answer.isPending ? (
          <LoadingState label={t('priceBenchmark.result.loading')} />
        ) : answer.isError ? (
          <QueryFailure
            error={answer.error}
            what={t('priceBenchmark.result.what')}
            onRetry={() => void answer.refetch()}
          />
        ) : answer.data.length === 0 ? (
          <EmptyState>{t('priceBenchmark.result.empty')}</EmptyState>
        ) : (
          <>
            <CentrePriceChart centres={answer.data} currency={question.currency} />
            <CentrePriceTable centres={answer.data} currency={question.currency} />
            <Paragraph data-size="sm">{t('priceBenchmark.result.indicative')}</Paragraph>
          </>
        )}
      </section>
    </>
  );
}
