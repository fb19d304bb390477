import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/**
 * What became of a change, in words (an i18n key); with a way to reload the figures when the
 * page's copy is out of date (someone else changed or deleted the figure).
 */
export function ChangeNotice({
  tone = 'danger',
  textKey,
  onReload,
  alert = false,
}: {
  tone?: 'success' | 'danger';
  textKey: string;
  onReload?: () => void;
  /** Said at once (role=alert), for a notice not already inside a live region. */
  alert?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Alert data-color={tone} role={alert ? 'alert' : undefined}>
      <Paragraph>{t(textKey)}</Paragraph>
      {onReload && (
        <Button variant="secondary" data-size="sm" onClick={onReload}>
          {t('benchmarks.errors.reload')}
        </Button>
      )}
    </Alert>
  );
}
