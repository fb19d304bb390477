import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { LoginForm } from '../../features/session/components/LoginForm';
import { CHANGE_PASSWORD_PATH, safeNext, useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';

/**
 * `/login?next=…`: signing in. Once signed in — now or already — it goes on to `next` (a path of
 * this app only), or first to the change-password page when a one-time password must be changed.
 */
export default function LoginPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const { user } = useSession();
  const next = safeNext(search.get('next'));
  useDocumentTitle(t('session.login.title'));
  if (user?.mustChangePassword)
    return <Navigate to={`${CHANGE_PASSWORD_PATH}?next=${encodeURIComponent(next)}`} replace />;
  if (user) return <Navigate to={next} replace />;
  return <LoginForm />;
}
