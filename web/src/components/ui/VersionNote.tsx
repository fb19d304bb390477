import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format';
import type { VersionSummary } from '../../lib/catalogue-version';

/** Whether the catalogue version shown is in force, comes into force later, or has been replaced. */
export function VersionNote({ version }: { version: VersionSummary }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (version.inForce) {
    return (
      <Tag data-color="success" data-size="sm">
        {t('version.inForce')}
      </Tag>
    );
  }
  if (version.superseded) {
    return (
      <Tag data-color="warning" data-size="sm">
        {t('version.superseded')}
      </Tag>
    );
  }
  return (
    <Tag data-color="info" data-size="sm">
      {version.validFrom
        ? t('version.upcoming', { date: format.date(version.validFrom) })
        : t('version.notInForce')}
    </Tag>
  );
}
