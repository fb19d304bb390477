import { Button } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { quotesPathFor } from '../../../lib/manage/manage-paths';
import { LOGIN_PATH, loginPath, useSession } from '../../../lib/session';
import './session.css';

/**
 * The header's account corner: who is signed in, their quotes and services and signing out — or a way to sign
 * in that comes back to this page afterwards.
 */
export function SessionMenu() {
  const { t } = useTranslation();
  const { status, user, ended, signOut } = useSession();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const leaving = useRef(false);

  // Signing out goes home first and ends the session once there: ended on a page that needs a
  // sign-in, the session would send the person to the sign-in page instead (the router's
  // navigation runs in a transition, after the session's change).
  useEffect(() => {
    if (!leaving.current || pathname !== '/') return;
    leaving.current = false;
    signOut();
  }, [pathname, signOut]);

  const where = user?.agency?.name ?? user?.providerCode;
  return (
    <div className="session-menu">
      {user ? (
        <nav className="session-menu" aria-label={t('session.account')}>
          <RouterLink className="session-menu__link" to={quotesPathFor(user.role)}>
            {t('session.quotes')}
          </RouterLink>
          <RouterLink className="session-menu__link" to="/my-services">
            {t('session.services')}
          </RouterLink>
          <p className="session-menu__user">
            {t('session.signedInAs', { name: user.name })}
            {where && <span className="session-menu__where">{where}</span>}
          </p>
          <Button
            variant="secondary"
            data-size="sm"
            className="session-menu__button"
            onClick={() => {
              if (pathname === '/') {
                signOut();
                return;
              }
              leaving.current = true;
              void navigate('/');
            }}
          >
            {t('session.signOut')}
          </Button>
        </nav>
      ) : (
        status === 'anonymous' &&
        pathname !== LOGIN_PATH && (
          <RouterLink className="session-menu__link" to={loginPath(`${pathname}${search}`)}>
            {t('session.signIn')}
          </RouterLink>
        )
      )}
      {/* Always there, so that screen readers announce the change when someone signs out. */}
      <span role="status" className="visually-hidden">
        {ended === 'signed-out' && !user ? t('session.signedOut') : ''}
      </span>
    </div>
  );
}
