import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/QueryState';
import type { BrowsedCatalogue } from '../api/catalogue';
import type { CatalogueIndex } from '../hooks/use-catalogue-index';
import { PackageCard } from './PackageCard';

/** The service packages of the version. */
export function PackageSection({ catalogue, index }: { catalogue: BrowsedCatalogue; index: CatalogueIndex }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="packages-heading" className="catalogue-section">
      <Heading level={2} data-size="md" id="packages-heading">
        {t('catalogue.packagesHeading')}
      </Heading>
      {catalogue.servicePackages.length === 0 ? (
        <EmptyState>{t('catalogue.noPackages')}</EmptyState>
      ) : (
        <ul className="card-grid card-grid--wide">
          {catalogue.servicePackages.map((servicePackage) => (
            <li key={servicePackage.code}>
              <PackageCard
                servicePackage={servicePackage}
                providerCode={catalogue.provider.code}
                index={index}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
