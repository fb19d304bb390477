import { Heading, Link } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useCatalogueVersion } from '../../../lib/catalogue-version';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePricingCatalogue } from '../../../lib/pricing/pricing-catalogue';
import { useAgencyDefaults } from '../api/agency-defaults';
import { useConfigurationCatalogue } from '../../../lib/configuration/configuration-catalogue';
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
  const { configuration, version, update } = useConfiguration();
  const agency = useAgencyDefaults(providerCode, startWithAgencyDefaults);
  const picked = useCatalogueVersion(providerCode, version);
  const number = picked.data?.number;
  const catalogue = useConfigurationCatalogue(providerCode, number);
  const pricing = usePricingCatalogue(providerCode, catalogue.data ? number : undefined);
  useDocumentTitle(
    catalogue.data
      ? t('configurator.title', { name: catalogue.data.provider.name })
      : t('configurator.heading'),
  );

  const failed = [picked, catalogue, pricing].find((query) => query.isError);
  if (failed) {
    return (
      <Untitled>
        <QueryFailure
          error={failed.error}
          what={t('configurator.what')}
          onRetry={() => void failed.refetch()}
        />
      </Untitled>
    );
  }
  // The agency's defaults are waited for too, so the volume fields never change under the customer's typing.
  const loading = picked.isPending || agency.pending;
  if (loading || (picked.data && (catalogue.isPending || (catalogue.data && pricing.isPending)))) {
    return <LoadingState label={t('configurator.loading')} />;
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
    <ConfiguratorWorkspace
      catalogue={catalogue.data}
      version={picked.data}
      pricing={pricing.data}
      configuration={configuration}
      update={update}
      actions={actions}
      agencyDefaults={agency.defaults}
    />
  );
}

function Untitled({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('configurator.heading')}
      </Heading>
      {children}
    </>
  );
}
