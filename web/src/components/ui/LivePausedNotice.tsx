import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLiveUpdatesPaused } from '../../lib/graphql/live-paused';

/**
 * Says that this tab no longer follows changes as they happen (the server refused one connection
 * too many for this user) and what to do. The polite live region is always there, so screen
 * readers announce the text when it appears.
 */
export function LivePausedNotice() {
  const { t } = useTranslation();
  const paused = useLiveUpdatesPaused();
  return (
    <div className="offline-banner" role="status">
      {paused && (
        <Alert data-color="info">
          <Paragraph>{t('states.livePaused')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
