import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ProviderList } from '../../features/providers/components/ProviderList';
import { useDocumentTitle } from '../../lib/use-document-title';

/** `/`: choose a shared service centre. */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(null);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('home.heading')}
      </Heading>
      <Paragraph variant="long" className="lead">
        {t('home.intro')}
      </Paragraph>
      <ProviderList />
    </>
  );
}
