import { Heading, Link } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useCatalogueVersion } from '../../../lib/catalogue-version';
import { usePricingCatalogue } from '../../../lib/pricing/pricing-catalogue';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useConfigurationCatalogue } from '../../../lib/configuration/configuration-catalogue';
import { useComparison } from '../hooks/use-comparison';
import { ComparisonWorkspace } from './ComparisonWorkspace';

/** Up to four configurations of one centre side by side: finds the catalogue version, then the workspace. */
export function Comparison({ providerCode }: { providerCode: string }) {
  const { t } = useTranslation();
  const { comparison, change, changeAll, add, remove } = useComparison();
  const picked = useCatalogueVersion(providerCode, comparison.version);
  const number = picked.data?.number;
  const catalogue = useConfigurationCatalogue(providerCode, number);
  const pricing = usePricingCatalogue(providerCode, catalogue.data ? number : undefined);
  useDocumentTitle(
    catalogue.data ? t('compare.title', { name: catalogue.data.provider.name }) : t('compare.heading'),
  );

  const failed = [picked, catalogue, pricing].find((query) => query.isError);
  if (failed) {
    return (
      <Untitled>
        <QueryFailure error={failed.error} what={t('compare.what')} onRetry={() => void failed.refetch()} />
      </Untitled>
    );
  }
  if (picked.isPending || (picked.data && (catalogue.isPending || (catalogue.data && pricing.isPending)))) {
    return <LoadingState label={t('compare.loading')} />;
  }
  if (!picked.data || !catalogue.data || !pricing.data) {
    return (
      <Untitled>
        <EmptyState>{t('catalogue.none', { code: providerCode })}</EmptyState>
        <Link asChild>
          <RouterLink to="/">{t('catalogue.backToCentres')}</RouterLink>
        </Link>
      </Untitled>
    );
  }
  return (
    <ComparisonWorkspace
      catalogue={catalogue.data}
      version={picked.data}
      pricing={pricing.data}
      configurations={comparison.configurations}
      change={change}
      changeAll={changeAll}
      add={add}
      remove={remove}
    />
  );
}

function Untitled({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('compare.heading')}
      </Heading>
      {children}
    </>
  );
}
