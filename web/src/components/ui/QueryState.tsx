import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { apiFailure } from '../../lib/api-errors';
import { useOnlineStatus } from '../../lib/use-online-status';

/** A busy indicator with words, announced politely; offline, it says what it waits for instead. */
export function LoadingState({ label }: { label: string }) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  if (!online) {
    return (
      <Alert data-color="warning" className="state" role="status">
        <Paragraph>{t('states.offlineWaiting')}</Paragraph>
      </Alert>
    );
  }
  return (
    <div className="state state--loading" role="status">
      <Spinner aria-hidden data-size="md" />
      <Paragraph>{label}</Paragraph>
    </div>
  );
}

/** The i18n key that words a failed request for people; raw error text is never shown. */
export function failureMessageKey(error: unknown, online: boolean): string {
  if (!online) return 'states.offlineLoad';
  const failure = apiFailure(error);
  if (failure.kind === 'offline') return 'states.networkError';
  if (failure.kind === 'refused' && failure.code === 'NOT_FOUND') return 'states.notFound';
  return 'states.serverError';
}

/** A failed load: what happened in words, and a way to try again. */
export function QueryFailure({
  error,
  what,
  onRetry,
}: {
  error: unknown;
  what: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  return (
    <Alert data-color="danger" className="state">
      <Heading level={2} data-size="xs">
        {t('states.couldNotLoad', { what })}
      </Heading>
      <Paragraph>{t(failureMessageKey(error, online))}</Paragraph>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry} data-size="sm">
          {t('states.retry')}
        </Button>
      )}
    </Alert>
  );
}

/** Nothing to show, said in words. */
export function EmptyState({ children }: { children: string }) {
  return (
    <Alert data-color="info" className="state">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}

/** A page that could not be shown at all (e.g. its code could not be downloaded). */
export function PageFailure({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger" className="state">
      <Heading level={1} data-size="sm">
        {t('states.pageFailedHeading')}
      </Heading>
      <Paragraph>{t('states.pageFailed')}</Paragraph>
      <Button variant="secondary" onClick={onReload} data-size="sm">
        {t('states.reload')}
      </Button>
    </Alert>
  );
}
