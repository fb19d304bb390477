import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LoadingState } from '../../components/ui/QueryState';
import { useDocumentTitle } from '../use-document-title';
import type { Role } from './session-store';
import { useSession } from './use-session';

export const LOGIN_PATH = '/login';
export const CHANGE_PASSWORD_PATH = '/change-password';

/**
 * A `next` address from the query string that is safe to go to after signing in: a path of this
 * app ("/quotes?x=1"), never another site ("//evil.example", "https://…"). Anything else: home.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

/** `/login?next=<here>`: where to send someone who must sign in first. */
export function loginPath(next: string): string {
  return next === '/' ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(next)}`;
}

function useHere(): string {
  const { pathname, search } = useLocation();
  return `${pathname}${search}`;
}

/**
 * Shows `children` to a signed-in user (with one of `roles`, when given). Anonymous visitors go to
 * the sign-in page and come back here afterwards; a user who must change a one-time password goes
 * to that page first; a user without the role is told so in words.
 */
export function RequireSignIn({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { status, user } = useSession();
  const here = useHere();
  if (status === 'loading') return <LoadingState label={t('session.checking')} />;
  if (!user) return <Navigate to={loginPath(here)} replace />;
  if (user.mustChangePassword)
    return <Navigate to={`${CHANGE_PASSWORD_PATH}?next=${encodeURIComponent(here)}`} replace />;
  if (roles && !roles.includes(user.role)) return <NotForYourRole />;
  return children;
}

function NotForYourRole() {
  const { t } = useTranslation();
  useDocumentTitle(t('session.forbiddenHeading'));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('session.forbiddenHeading')}
      </Heading>
      <Alert data-color="info" className="state">
        <Paragraph>{t('session.forbiddenText')}</Paragraph>
      </Alert>
    </>
  );
}

/**
 * A user with a one-time password can do nothing else until it is changed (the API refuses every
 * other operation), so every page but sign-in and change-password sends them there first.
 */
export function PasswordChangeGate({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const { pathname } = useLocation();
  const here = useHere();
  if (user?.mustChangePassword && pathname !== CHANGE_PASSWORD_PATH && pathname !== LOGIN_PATH)
    return <Navigate to={`${CHANGE_PASSWORD_PATH}?next=${encodeURIComponent(here)}`} replace />;
  return children;
}
