import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from '../../lib/use-online-status';

/** Says plainly when the connection is gone and what still works. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  if (online) return null;
  return (
    <div className="offline-banner" role="status">
      <Alert data-color="warning">
        <Paragraph>{t('states.offline')}</Paragraph>
      </Alert>
    </div>
  );
}
