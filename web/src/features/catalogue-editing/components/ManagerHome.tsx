import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Navigate } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useManagedProviders } from '../../../lib/manage/versions';
import { managePaths } from '../../../lib/manage/manage-paths';
import { VersionStatus } from './VersionStatus';

/**
 * `/manage`: an account manager goes straight to their centre; an administrator picks one.
 */
export function ManagerHome({ ownCentre }: { ownCentre: string | null }) {
  const { t } = useTranslation();
  const providers = useManagedProviders();
  useDocumentTitle(t('manager.home.title'));
  if (ownCentre) return <Navigate to={managePaths.centre(ownCentre)} replace />;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('manager.home.heading')}
      </Heading>
      <Paragraph className="lead">{t('manager.home.intro')}</Paragraph>
      {providers.isPending ? (
        <LoadingState label={t('manager.home.loading')} />
      ) : providers.error ? (
        <QueryFailure
          error={providers.error}
          what={t('manager.home.what')}
          onRetry={() => void providers.refetch()}
        />
      ) : providers.data.length === 0 ? (
        <EmptyState>{t('manager.home.empty')}</EmptyState>
      ) : (
        <ul className="card-grid">
          {providers.data.map((provider) => {
            const latest = [...provider.versions].sort((a, b) => b.number - a.number)[0];
            return (
              <li key={provider.code}>
                <Card data-color="neutral">
                  <Heading level={2} data-size="sm">
                    <Link asChild>
                      <RouterLink to={managePaths.centre(provider.code)}>{provider.name}</RouterLink>
                    </Link>
                  </Heading>
                  <Paragraph data-size="sm">
                    {t('manager.home.centreMeta', { code: provider.code, count: provider.versions.length })}
                  </Paragraph>
                  {latest && <VersionStatus version={latest} />}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
