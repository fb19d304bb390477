import { useTranslation } from 'react-i18next';
import { CatalogueStatus } from '../../../components/ui/CatalogueStatus';
import { localToday, startDateProblem } from '../../../lib/configuration/start-date';
import { useConfiguringCatalogue } from '../../../lib/configuration/use-configuring-catalogue';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAgencyDefaults } from '../../../lib/configuration/agency-defaults';
import { useConfiguration } from '../hooks/use-configuration';
import { ConfiguratorWorkspace, type ConfiguratorActions } from './ConfiguratorWorkspace';

/**
 * The configurator of one centre: finds and loads the catalogue version, then the workspace.
 * `actions`: what the page offers to do with the configuration, shown beside the price.
 * `startWithAgencyDefaults`: a new configuration of a signed-in customer starts with the volumes
 * of their agency (when this centre serves it and the address holds no volumes).
 */
export function Configurator({
  providerCode,
  actions,
  startWithAgencyDefaults = false,
}: {
  providerCode: string;
  actions?: ConfiguratorActions;
  startWithAgencyDefaults?: boolean;
}) {
  const { t } = useTranslation();
  const { configuration, version, update, priceFrom } = useConfiguration();
  const agency = useAgencyDefaults(providerCode, startWithAgencyDefaults);
  // A usable start date picks the version in force on it (unless the address pins one).
  const { startDate } = configuration;
  const usableStart = startDate && startDateProblem(startDate, localToday()) === null ? startDate : null;
  const { failed, pending, ready, providerName } = useConfiguringCatalogue(
    providerCode,
    version,
    usableStart,
  );
  useDocumentTitle(
    providerName ? t('configurator.title', { name: providerName }) : t('configurator.heading'),
  );

  // The agency's defaults are waited for too, so the volume fields never change under the customer's typing.
  if (failed || pending || agency.pending || !ready) {
    return (
      <CatalogueStatus
        providerCode={providerCode}
        heading={t('configurator.heading')}
        what={t('configurator.what')}
        loadingLabel={t('configurator.loading')}
        failed={failed}
        loading={pending || agency.pending}
      />
    );
  }
  return (
    <ConfiguratorWorkspace
      catalogue={ready.catalogue}
      version={ready.version}
      pricing={ready.pricing}
      configuration={configuration}
      update={update}
      priceFrom={priceFrom}
      startWithoutVersion={
        version === null && usableStart !== null && (ready.version.validFrom ?? '') > usableStart
      }
      actions={actions}
      agencyDefaults={agency.defaults}
    />
  );
}
