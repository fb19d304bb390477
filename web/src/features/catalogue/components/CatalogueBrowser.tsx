import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { CatalogueStatus } from '../../../components/ui/CatalogueStatus';
import { NewPricesNotice } from '../../../components/ui/NewPricesNotice';
import { VersionNote } from '../../../components/ui/VersionNote';
import { useCatalogueVersion, useNextVersion, type VersionSummary } from '../../../lib/catalogue-version';
import { useAgencyDefaults } from '../../../lib/configuration/agency-defaults';
import { comparisonPath, MAX_COMPARED } from '../../../lib/configuration/comparison';
import { EMPTY_CONFIGURATION } from '../../../lib/configuration/configuration';
import { sampleVolumes } from '../../../lib/configuration/sample-volumes';
import { useFormatters } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useBrowsedCatalogue, type BrowsedCatalogue } from '../api/catalogue';
import { useCatalogueIndex } from '../hooks/use-catalogue-index';
import { PackageSection } from './PackageSection';
import { ServiceLevelSection } from './ServiceLevelSection';
import { ServiceSection } from './ServiceSection';
import { StandardsLinks } from './StandardsLinks';

/** The catalogue browser of one centre: packages, services by category, service levels. */
export function CatalogueBrowser({
  providerCode,
  version,
  actions,
}: {
  providerCode: string;
  version: number | null;
  /** More ways on from the catalogue, beside configure and compare (the app adds them). */
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const picked = useCatalogueVersion(providerCode, version);
  const catalogue = useBrowsedCatalogue(providerCode, picked.data?.number);
  useDocumentTitle(catalogue.data?.provider.name ?? t('catalogue.title'));
  const failed = picked.isError ? picked : catalogue.isError ? catalogue : undefined;
  const loading = picked.isPending || (!!picked.data && catalogue.isPending);
  if (failed || loading || !picked.data || !catalogue.data) {
    return (
      <CatalogueStatus
        providerCode={providerCode}
        heading={t('catalogue.title')}
        what={t('catalogue.what')}
        loadingLabel={t('catalogue.loading')}
        failed={failed}
        loading={loading}
      />
    );
  }
  return <CatalogueContent catalogue={catalogue.data} version={picked.data} actions={actions} />;
}

function CatalogueContent({
  catalogue,
  version,
  actions,
}: {
  catalogue: BrowsedCatalogue;
  version: VersionSummary;
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const index = useCatalogueIndex(catalogue);
  const next = useNextVersion(catalogue.provider.code);
  const configureUrl = `/centres/${encodeURIComponent(catalogue.provider.code)}/configure`;
  const packages = catalogue.servicePackages.slice(0, MAX_COMPARED);
  // Packages are compared at the signed-in customer's agency's default volumes, else at a sample
  // the compare page calls a sample — never at no volumes (every package would cost nothing).
  const { defaults } = useAgencyDefaults(catalogue.provider.code, packages.length > 1);
  const volumes = defaults
    ? Object.fromEntries(defaults.volumes.map((volume) => [volume.driverCode, volume.quantity]))
    : sampleVolumes(catalogue.drivers);
  const compareUrl = comparisonPath(
    catalogue.provider.code,
    packages.map((servicePackage) => ({
      ...EMPTY_CONFIGURATION,
      servicePackageCode: servicePackage.code,
      volumes,
    })),
    { sample: !defaults },
  );
  return (
    <>
      {/* The centre's name is in the centre's own language (as on the list of centres). */}
      <Heading
        level={1}
        data-size="lg"
        lang={catalogue.provider.locale === i18n.language ? undefined : catalogue.provider.locale}
      >
        {catalogue.provider.name}
      </Heading>
      <Paragraph className="lead">
        {t('catalogue.meta', {
          number: catalogue.number,
          date: catalogue.validFrom ? format.date(catalogue.validFrom) : '',
          currency: catalogue.currency,
        })}{' '}
        <VersionNote version={version} /> <strong>{t('catalogue.vat')}</strong>
      </Paragraph>
      <NewPricesNotice
        providerCode={catalogue.provider.code}
        next={next.data ?? null}
        shownNumber={version.number}
      />
      <div className="page-actions">
        <Button asChild>
          <RouterLink to={configureUrl}>{t('catalogue.configure')}</RouterLink>
        </Button>
        {packages.length > 1 && (
          <Button asChild variant="secondary">
            <RouterLink to={compareUrl}>{t('compare.comparePackages')}</RouterLink>
          </Button>
        )}
        {actions}
      </div>
      <nav aria-label={t('catalogue.contents')} className="in-page-nav">
        <ul>
          <li>
            <Link href="#packages-heading">{t('catalogue.packagesHeading')}</Link>
          </li>
          <li>
            <Link href="#services-heading">{t('catalogue.servicesHeading')}</Link>
          </li>
          <li>
            <Link href="#levels-heading">{t('catalogue.levelsHeading')}</Link>
          </li>
        </ul>
      </nav>
      <PackageSection catalogue={catalogue} index={index} />
      <ServiceSection catalogue={catalogue} index={index} />
      <ServiceLevelSection catalogue={catalogue} index={index} />
      <StandardsLinks providerCode={catalogue.provider.code} version={version} />
    </>
  );
}
