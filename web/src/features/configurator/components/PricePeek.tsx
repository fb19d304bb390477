import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { ShownFigures } from '../../../lib/pricing/price-authority';

interface Props {
  /** The figures shown; null when the configuration cannot be priced. */
  shown: ShownFigures | null;
  currency: string;
  /** The price leaves out what depends on a volume that is missing or cannot be read. */
  incomplete: boolean;
}

/**
 * On a narrow screen the price panel comes after the whole form: this one line stays at the bottom
 * of the screen while the form is filled in, so the price is seen changing with each keystroke.
 * Hidden on wide screens, where the panel itself stays in view beside the form.
 */
export function PricePeek({ shown, currency, incomplete }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!shown) return null;
  const { monthly, firstYear } = shown.totals;
  return (
    <p className="price-peek" id="price-peek">
      <span>
        {t('summary.peek', {
          monthly: format.money(monthly, currency),
          firstYear: format.money(firstYear, currency),
        })}
        {incomplete && <> {t('summary.peekIncomplete')}</>}
      </span>
      <Link href="#summary-heading">{t('summary.peekLink')}</Link>
    </p>
  );
}
