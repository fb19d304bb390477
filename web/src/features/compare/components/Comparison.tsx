import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogueStatus } from '../../../components/ui/CatalogueStatus';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useComparedCentres } from '../hooks/use-compared-centres';
import { useComparison } from '../hooks/use-comparison';
import '../i18n';
import { centreCodes, centreRequests, comparedEntries } from '../model/entries';
import { ComparisonWorkspace } from './ComparisonWorkspace';

/**
 * Up to four configurations side by side, of the page's centre and of others: finds each centre's
 * catalogue version, then the workspace. Until the page's own centre is there, its status.
 */
export function Comparison({ providerCode }: { providerCode: string }) {
  const { t } = useTranslation();
  const { comparison, ...actions } = useComparison();
  const codes = centreCodes(comparison.centres, providerCode);
  const { loads, ready } = useComparedCentres(
    centreRequests(providerCode, comparison.version, comparison.configurations, codes),
  );
  const [own] = loads;
  const entries = useMemo(
    () => comparedEntries(comparison.configurations, centreCodes(comparison.centres, providerCode), ready),
    [comparison.configurations, comparison.centres, providerCode, ready],
  );
  const providerName = own.ready?.catalogue.provider.name ?? null;
  const across = new Set(codes).size > 1;
  useDocumentTitle(
    across
      ? t('compareCentres.title')
      : providerName
        ? t('compare.title', { name: providerName })
        : t('compare.heading'),
  );

  if (!own.ready) {
    return (
      <CatalogueStatus
        providerCode={providerCode}
        heading={t('compare.heading')}
        what={t('compare.what')}
        loadingLabel={t('compare.loading')}
        failed={own.failed}
        loading={own.pending}
      />
    );
  }
  return (
    <ComparisonWorkspace
      own={own.ready}
      entries={entries}
      // Not loading and not there: it failed, or the address names a centre with no catalogue in force.
      failedCodes={loads.filter((load) => !load.ready && !load.pending).map((load) => load.code)}
      currency={comparison.currency ?? null}
      sample={comparison.sample}
      {...actions}
    />
  );
}
