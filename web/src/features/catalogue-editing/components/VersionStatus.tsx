import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { todayUtc, versionState, type ManagedVersion } from '../../../lib/manage/versions';

const COLORS = {
  draft: 'warning',
  inForce: 'success',
  upcoming: 'info',
  superseded: 'neutral',
  published: 'neutral',
} as const;

/** Where a version stands, in words: draft, in force, comes into force on …, superseded. */
export function VersionStatus({ version }: { version: ManagedVersion }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const state = versionState(version, todayUtc());
  return (
    <Tag data-color={COLORS[state]} data-size="sm">
      {state === 'upcoming' && version.validFrom
        ? t('manager.status.upcoming', { date: format.date(version.validFrom) })
        : t(`manager.status.${state}`)}
    </Tag>
  );
}
