import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../../lib/catalogue-version';

/** Where the API serves a centre's catalogue in the standards other public systems read. */
export function standardsUrls(providerCode: string, version: Pick<VersionSummary, 'number' | 'status'>) {
  const code = encodeURIComponent(providerCode);
  // Drafts are never exported: a draft's page links to the version in force instead.
  const published = version.status === 'PUBLISHED';
  return {
    cpsvAp: `/standards/cpsv-ap/${code}${published ? `?version=${version.number}` : ''}`,
    published,
    tmf620: `/tmf-api/productCatalogManagement/v5/productCatalog/${code}`,
  };
}

/** "For integrators": links to the catalogue as CPSV-AP 3.2 and as a TMF620 v5 product catalogue. */
export function StandardsLinks({ providerCode, version }: { providerCode: string; version: VersionSummary }) {
  const { t } = useTranslation();
  const urls = standardsUrls(providerCode, version);
  return (
    <section aria-labelledby="standards-heading" className="catalogue-section">
      <Heading level={2} data-size="md" id="standards-heading">
        {t('catalogue.standardsHeading')}
      </Heading>
      <Paragraph>{t('catalogue.standardsIntro')}</Paragraph>
      <ul>
        <li>
          <Link href={urls.cpsvAp} type="application/ld+json">
            {urls.published
              ? t('catalogue.cpsvAp', { number: version.number })
              : t('catalogue.cpsvApInForce')}
          </Link>
        </li>
        <li>
          <Link href={urls.tmf620} type="application/json">
            {t('catalogue.tmf620')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
