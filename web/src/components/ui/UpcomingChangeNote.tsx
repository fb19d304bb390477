import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format';
import type { UpcomingChange } from '../../lib/pricing/use-live-prices';

interface Props {
  change: UpcomingChange;
  /** Re-prices from the day the change comes into force (sets the start date to it); absent: none offered. */
  onPriceFromThen?(validFrom: string): void;
}

/**
 * Beside a price: a later catalogue version comes into force during the contract, with a one-click
 * price from that day, and the rule that an agreement's prices stay fixed for its term.
 */
export function UpcomingChangeNote({ change, onPriceFromThen }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <div className="upcoming-change" role="note">
      <Paragraph data-size="sm">
        {t('contractStart.upcoming', {
          date: format.date(change.validFrom),
          number: change.catalogueVersion,
        })}
      </Paragraph>
      {onPriceFromThen && (
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => onPriceFromThen(change.validFrom)}
        >
          {t('contractStart.priceFromThen')}
        </Button>
      )}
      <Paragraph data-size="sm">{t('contractStart.fixedForTerm')}</Paragraph>
    </div>
  );
}
