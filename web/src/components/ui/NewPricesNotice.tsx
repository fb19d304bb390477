import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { VersionSummary } from '../../lib/catalogue-version';
import { useFormatters } from '../../lib/format';

interface Props {
  providerCode: string;
  /** The published version that comes into force next (null: none, nothing shown). */
  next: VersionSummary | null;
  /** The version on screen: a notice about the very version shown would say nothing new. */
  shownNumber?: number | null;
}

/** "New prices from <date>": a published version comes into force later, with a link to browse it. */
export function NewPricesNotice({ providerCode, next, shownNumber = null }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!next?.validFrom || next.number === shownNumber) return null;
  return (
    <Alert data-color="info" className="new-prices">
      <Paragraph data-size="sm">
        {t('contractStart.newPrices', { date: format.date(next.validFrom) })}{' '}
        <Link asChild>
          <RouterLink to={`/centres/${encodeURIComponent(providerCode)}?version=${next.number}`}>
            {t('contractStart.browseNew', { number: next.number })}
          </RouterLink>
        </Link>
      </Paragraph>
    </Alert>
  );
}
