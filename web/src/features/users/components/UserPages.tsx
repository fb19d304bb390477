import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAgencyChoices } from '../api/agency-choices';
import { useUser, type ManagedUser } from '../api/users';
import { useManagedProviders } from '../../../lib/manage/versions';
import { managePaths } from '../../../lib/manage/manage-paths';
import { OneTimePasswordForm } from './OneTimePasswordForm';
import { SignInLock } from './SignInLock';
import { UserActivation } from './UserActivation';
import { UserEditor, type UserChoices } from './UserEditor';

function BackLink() {
  const { t } = useTranslation();
  return (
    <Paragraph className="back-link">
      <Link asChild>
        <RouterLink to={managePaths.users()}>{t('manager.users.back')}</RouterLink>
      </Link>
    </Paragraph>
  );
}

/** The centres and agencies a user can belong to; `data` once both have come. */
function useUserChoices() {
  const providers = useManagedProviders();
  const agencies = useAgencyChoices();
  const data: UserChoices | undefined =
    providers.data && agencies.data
      ? {
          providers: providers.data,
          agencies: agencies.data.edges.map((edge) => edge.node),
          moreAgencies: agencies.data.totalCount > agencies.data.edges.length,
        }
      : undefined;
  return {
    data,
    pending: providers.isPending || agencies.isPending,
    error: providers.error ?? agencies.error,
    refetch: () => void Promise.all([providers.refetch(), agencies.refetch()]),
  };
}

/** `/manage/users/new`: creates a user, then goes back to the list and says so. */
export function UserCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const choices = useUserChoices();
  useDocumentTitle(t('manager.users.newTitle'));
  if (choices.pending) return <LoadingState label={t('manager.users.loadingForm')} />;
  if (!choices.data)
    return (
      <QueryFailure error={choices.error} what={t('manager.users.whatChoices')} onRetry={choices.refetch} />
    );
  return (
    <>
      <BackLink />
      <UserEditor
        user={null}
        choices={choices.data}
        onReload={choices.refetch}
        onCreated={(name) =>
          void navigate(managePaths.users(), { state: { notice: t('manager.users.created', { name }) } })
        }
      />
    </>
  );
}

/**
 * One user's forms. They change the same user, so they share the lock counter: each change
 * expects what the previous one returned, and a change by someone else is refused (CONFLICT).
 */
function UserWorkspace({
  user,
  choices,
  onReload,
}: {
  user: ManagedUser;
  choices: UserChoices;
  onReload(): void;
}) {
  const { t } = useTranslation();
  const { user: me } = useSession();
  const versionRef = useRef(user.version);
  return (
    <>
      <UserEditor user={user} versionRef={versionRef} choices={choices} onReload={onReload} />
      {me?.id === user.id ? (
        // The API refuses both for one's own account: the password is changed from the user menu.
        <Paragraph className="section-heading">{t('manager.users.self')}</Paragraph>
      ) : (
        <>
          <OneTimePasswordForm user={user} versionRef={versionRef} onReload={onReload} />
          <UserActivation user={user} versionRef={versionRef} onReload={onReload} />
          <SignInLock user={user} />
        </>
      )}
    </>
  );
}

function UserNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <BackLink />
      <Heading level={1} data-size="lg">
        {t('manager.users.notFoundHeading')}
      </Heading>
      <Paragraph>{t('manager.users.notFound')}</Paragraph>
    </>
  );
}

/** `/manage/users/:id`: changes a user, sets a one-time password, deactivates or reactivates. */
export function UserEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const user = useUser(id);
  const choices = useUserChoices();
  // Bumped by a reload after a conflict: every form opens afresh with what is stored now.
  const [generation, setGeneration] = useState(0);
  useDocumentTitle(t('manager.users.editTitle', { name: user.data?.name ?? '' }));
  if (user.isPending || choices.pending) return <LoadingState label={t('manager.users.loadingForm')} />;
  if (user.error || choices.error || !choices.data)
    return (
      <QueryFailure
        error={user.error ?? choices.error}
        what={t('manager.users.whatOne')}
        onRetry={() => {
          void user.refetch();
          choices.refetch();
        }}
      />
    );
  if (!user.data) return <UserNotFound />;
  return (
    <>
      <BackLink />
      <UserWorkspace
        key={generation}
        user={user.data}
        choices={choices.data}
        onReload={() => void user.refetch().then(() => setGeneration((count) => count + 1))}
      />
    </>
  );
}
