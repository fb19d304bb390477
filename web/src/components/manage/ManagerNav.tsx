import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { managePaths } from '../../lib/manage/manage-paths';

/**
 * The manager area's own navigation: catalogue versions, quote inbox, agreements, agencies, audit log, and
 * for administrators the users (a link others would only be refused at is not offered).
 */
export function ManagerNav({ ownCentre, admin }: { ownCentre: string | null; admin: boolean }) {
  const { t } = useTranslation();
  const links = [
    { to: managePaths.quotes(), label: t('manager.nav.quotes') },
    { to: managePaths.agreements(), label: t('manager.nav.agreements') },
    { to: managePaths.agencies(), label: t('manager.nav.agencies') },
    { to: managePaths.audit(), label: t('manager.nav.audit') },
    ...(admin ? [{ to: managePaths.users(), label: t('manager.nav.users') }] : []),
  ];
  return (
    <nav className="manager-nav" aria-label={t('manager.nav.label')}>
      <ul>
        <li>
          <CatalogueLink ownCentre={ownCentre} />
        </li>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} className="manager-nav__link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * An account manager's catalogue is their centre's pages; an administrator's starts at the list of
 * centres (`/manage`, the area's home) — which must not count as current on every other page below it.
 */
function CatalogueLink({ ownCentre }: { ownCentre: string | null }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const to = ownCentre ? managePaths.centre(ownCentre) : managePaths.home();
  const current = ownCentre
    ? pathname.startsWith(to)
    : pathname === to || pathname.startsWith(`${managePaths.home()}/centres/`);
  return (
    <Link to={to} className="manager-nav__link" aria-current={current ? 'page' : undefined}>
      {t('manager.nav.catalogue')}
    </Link>
  );
}
