import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { managePaths } from '../manage-paths';

/** The manager area's own navigation: catalogue versions, quote inbox, audit log. */
export function ManagerNav({ ownCentre }: { ownCentre: string | null }) {
  const { t } = useTranslation();
  const links = [
    {
      to: ownCentre ? managePaths.centre(ownCentre) : managePaths.home(),
      label: t('manager.nav.catalogue'),
      end: false,
    },
    { to: managePaths.quotes(), label: t('manager.nav.quotes'), end: false },
    { to: managePaths.audit(), label: t('manager.nav.audit'), end: false },
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
