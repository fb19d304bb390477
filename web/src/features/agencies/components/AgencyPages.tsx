import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAgency } from '../api/agencies';
import { useManagedProviders } from '../../../lib/manage/versions';
import { managePaths } from '../../../lib/manage/manage-paths';
import { AgencyEditor } from './AgencyEditor';

function BackLink() {
  const { t } = useTranslation();
  return (
    <Paragraph className="back-link">
      <Link asChild>
        <RouterLink to={managePaths.agencies()}>{t('manager.agencies.back')}</RouterLink>
      </Link>
    </Paragraph>
  );
}

/** `/manage/agencies/new`: registers an agency, then goes back to the list and says so. */
export function AgencyCreatePage({ ownCentre }: { ownCentre: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The centres give an administrator their choice and an account manager's form its country.
  const providers = useManagedProviders();
  useDocumentTitle(t('manager.agencies.newTitle'));
  if (providers.isPending) return <LoadingState label={t('manager.agencies.loadingForm')} />;
  if (providers.error)
    return (
      <QueryFailure
        error={providers.error}
        what={t('manager.home.what')}
        onRetry={() => void providers.refetch()}
      />
    );
  return (
    <>
      <BackLink />
      <AgencyEditor
        agency={null}
        ownCentre={ownCentre}
        providers={providers.data}
        onReload={() => void providers.refetch()}
        onCreated={(name) =>
          void navigate(managePaths.agencies(), {
            state: { notice: t('manager.agencies.registered', { name }) },
          })
        }
      />
    </>
  );
}

/** `/manage/agencies/:id`: changes an agency, expecting the version it was read at. */
export function AgencyEditPage({ id, ownCentre }: { id: string; ownCentre: string | null }) {
  const { t } = useTranslation();
  const agency = useAgency(id);
  const providers = useManagedProviders();
  // Bumped by a reload after a conflict: the form opens afresh with what is stored now.
  const [generation, setGeneration] = useState(0);
  useDocumentTitle(t('manager.agencies.editTitle', { name: agency.data?.name ?? '' }));
  if (agency.isPending || providers.isPending)
    return <LoadingState label={t('manager.agencies.loadingForm')} />;
  const error = agency.error ?? providers.error;
  if (error || !agency.data || !providers.data)
    return (
      <>
        <BackLink />
        <QueryFailure
          error={error}
          what={t('manager.agencies.whatOne')}
          onRetry={() => void Promise.all([agency.refetch(), providers.refetch()])}
        />
      </>
    );
  return (
    <>
      <BackLink />
      <AgencyEditor
        key={generation}
        agency={agency.data}
        ownCentre={ownCentre}
        providers={providers.data}
        onReload={() => void agency.refetch().then(() => setGeneration((count) => count + 1))}
        onCreated={() => undefined}
      />
    </>
  );
}
