import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { managePaths } from '../../../lib/manage/manage-paths';

/**
 * An account manager works on their own centre only (the API refuses the rest); an address of
 * another centre says so in words, with the way to their own.
 */
export function CentreAccess({
  providerCode,
  ownCentre,
  children,
}: {
  providerCode: string;
  ownCentre: string | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (ownCentre === null || ownCentre === providerCode) return children;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('manager.access.heading')}
      </Heading>
      <Alert data-color="info" className="state">
        <Paragraph>{t('manager.access.text', { code: providerCode, own: ownCentre })}</Paragraph>
        <Link asChild>
          <RouterLink to={managePaths.centre(ownCentre)}>
            {t('manager.access.own', { code: ownCentre })}
          </RouterLink>
        </Link>
      </Alert>
    </>
  );
}
