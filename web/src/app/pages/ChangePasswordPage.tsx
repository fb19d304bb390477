import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { LoadingState } from '../../components/ui/QueryState';
import { ChangePasswordForm } from '../../features/session/components/ChangePasswordForm';
import { loginPath, safeNext, useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';

/** `/change-password?next=…`: the signed-in user changes their password (first, after a one-time one). */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const { status } = useSession();
  useDocumentTitle(t('session.password.title'));
  if (status === 'loading') return <LoadingState label={t('session.checking')} />;
  if (status === 'anonymous') return <Navigate to={loginPath(`${pathname}?${search.toString()}`)} replace />;
  return <ChangePasswordForm next={safeNext(search.get('next'))} />;
}
