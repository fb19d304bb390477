import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { CatalogueText } from '../../../components/ui/CatalogueText';
import type { BrowsedCatalogue } from '../api/catalogue';
import type { CatalogueIndex } from '../hooks/use-catalogue-index';
import { ServiceCard } from './ServiceCard';

/** Every service of the version, grouped by category in catalogue order. */
export function ServiceSection({ catalogue, index }: { catalogue: BrowsedCatalogue; index: CatalogueIndex }) {
  const { t } = useTranslation();
  const categories = catalogue.categories.filter((category) =>
    catalogue.services.some((s) => s.category === category.code),
  );
  return (
    <section aria-labelledby="services-heading" className="catalogue-section">
      <Heading level={2} data-size="md" id="services-heading">
        {t('catalogue.servicesHeading')}
      </Heading>
      {categories.map((category) => (
        <section key={category.code} aria-labelledby={`category-${category.code}`} className="category">
          <Heading level={3} data-size="sm" id={`category-${category.code}`}>
            <CatalogueText text={category.nameTranslations} fallback={category.code} />
          </Heading>
          <ul className="card-grid">
            {catalogue.services
              .filter((service) => service.category === category.code)
              .map((service) => (
                <li key={service.code}>
                  <ServiceCard service={service} currency={catalogue.currency} index={index} />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
