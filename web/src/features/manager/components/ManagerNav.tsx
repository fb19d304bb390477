import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { managePaths } from '../manage-paths';

/**
 * The manager area's own navigation: catalogue versions, quote inbox, agencies, audit log, and
 * for administrators the users (a link others would only be refused at is not offered).
 */
export function ManagerNav({ ownCentre, admin }: { ownCentre: string | null; admin: boolean }) {
  const { t } = useTranslation();
  const links = [
    {
      to: ownCentre ? managePaths.centre(ownCentre) : managePaths.home(),
      label: t('manager.nav.catalogue'),
      end: false,
    },
    { to: managePaths.quotes(), label: t('manager.nav.quotes'), end: false },
    { to: managePaths.agencies(), label: t('manager.nav.agencies'), end: false },
    { to: managePaths.audit(), label: t('manager.nav.audit'), end: false },
    ...(admin ? [{ to: managePaths.users(), label: t('manager.nav.users'), end: false }] : []),
  ];
  return (
    <nav className="manager-nav" aria-label={t('manager.nav.label')}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="manager-nav__link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
