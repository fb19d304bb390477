import { SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { LanguageSelect } from '../components/ui/LanguageSelect';
import { LivePausedNotice } from '../components/ui/LivePausedNotice';
import { OfflineBanner } from '../components/ui/OfflineBanner';
import { SessionMenu } from '../features/session/components/SessionMenu';
import { useSession, userMay } from '../lib/session';

/**
 * The page frame: skip link, header with the account corner and language choice, offline notice,
 * live updates paused notice, main content, footer.
 */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const mainRef = useFocusMainOnNavigation();
  return (
    <>
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <header className="site-header">
        <div className="site-header__inner">
          <div>
            <RouterLink to="/" className="site-header__brand">
              {t('app.name')}
            </RouterLink>
            <p className="site-header__tagline">{t('app.tagline')}</p>
          </div>
          <div className="site-header__tools">
            <RouterLink to="/benchmarks" className="site-header__link">
              {t('benchmarks.link')}
            </RouterLink>
            <RouterLink to="/price-benchmark" className="site-header__link">
              {t('priceBenchmark.link')}
            </RouterLink>
            <ManageLink />
            <SessionMenu />
            <LanguageSelect />
          </div>
        </div>
      </header>
      <OfflineBanner />
      <LivePausedNotice />
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>
          {t('app.name')} — {t('app.tagline')}
        </p>
      </footer>
    </>
  );
}

/** The way into the account managers' area, for account managers and administrators. */
function ManageLink() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!userMay(user, 'CATALOGUE_EDIT')) return null;
  return (
    <RouterLink to="/manage" className="site-header__link">
      {t('manager.link')}
    </RouterLink>
  );
}

/**
 * After a client-side navigation, focus moves to the main content so keyboard and screen-reader
 * users start at the new page rather than at the link they left (query changes do not count).
 */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);
  return mainRef;
}
