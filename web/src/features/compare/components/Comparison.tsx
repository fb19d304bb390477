import { useTranslation } from 'react-i18next';
import { CatalogueStatus } from '../../../components/ui/CatalogueStatus';
import type { Configuration } from '../../../lib/configuration/configuration';
import { localToday, startDateProblem } from '../../../lib/configuration/start-date';
import { useConfiguringCatalogue } from '../../../lib/configuration/use-configuring-catalogue';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useComparison } from '../hooks/use-comparison';
import { ComparisonWorkspace } from './ComparisonWorkspace';

/** Up to four configurations of one centre side by side: finds the catalogue version, then the workspace. */
export function Comparison({ providerCode }: { providerCode: string }) {
  const { t } = useTranslation();
  const { comparison, change, changeAll, add, remove } = useComparison();
  const { failed, pending, ready, providerName } = useConfiguringCatalogue(
    providerCode,
    comparison.version,
    sharedStart(comparison.configurations),
  );
  useDocumentTitle(providerName ? t('compare.title', { name: providerName }) : t('compare.heading'));

  if (failed || pending || !ready) {
    return (
      <CatalogueStatus
        providerCode={providerCode}
        heading={t('compare.heading')}
        what={t('compare.what')}
        loadingLabel={t('compare.loading')}
        failed={failed}
        loading={pending}
      />
    );
  }
  return (
    <ComparisonWorkspace
      catalogue={ready.catalogue}
      version={ready.version}
      pricing={ready.pricing}
      configurations={comparison.configurations}
      change={change}
      changeAll={changeAll}
      add={add}
      remove={remove}
      sample={comparison.sample}
    />
  );
}

/**
 * The configurations are priced against one catalogue version: when they all start on the same
 * usable day, the version in force then; otherwise the one in force today.
 */
function sharedStart(configurations: readonly Configuration[]): string | null {
  const starts = new Set(configurations.map((configuration) => configuration.startDate));
  const [start] = starts;
  return starts.size === 1 && start && startDateProblem(start, localToday()) === null ? start : null;
}
