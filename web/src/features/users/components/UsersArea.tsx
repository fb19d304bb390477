import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Route, Routes, useParams } from 'react-router';
import { useSession, userMay } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { managePaths } from '../../../lib/manage/manage-paths';
import { UserCreatePage, UserEditPage } from './UserPages';
import { UserList } from './UserList';

/** Users are the administrators' alone (the API refuses everyone else); others are told so in words. */
function NotForAccountManagers() {
  const { t } = useTranslation();
  useDocumentTitle(t('manager.users.access.heading'));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('manager.users.access.heading')}
      </Heading>
      <Alert data-color="info" className="state">
        <Paragraph>{t('manager.users.access.text')}</Paragraph>
        <Link asChild>
          <RouterLink to={managePaths.agencies()}>{t('manager.users.access.agencies')}</RouterLink>
        </Link>
      </Alert>
    </>
  );
}

function EditUser() {
  const { userId = '' } = useParams();
  return <UserEditPage key={userId} id={userId} />;
}

/**
 * `/manage/users/*`: the list of users, a new user, one user (changes, sign-in, one-time password).
 * Administrators only: the check is here, with the pages, so no route to them can forget it.
 */
export function UsersArea() {
  const { user } = useSession();
  if (!userMay(user, 'USER_ADMIN')) return <NotForAccountManagers />;
  return (
    <Routes>
      <Route index element={<UserList />} />
      <Route path="new" element={<UserCreatePage />} />
      <Route path=":userId" element={<EditUser />} />
    </Routes>
  );
}
