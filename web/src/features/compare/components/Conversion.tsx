import { Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import type { AppliedRate } from '@servicekatalog/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { TARGET_CURRENCIES } from '../../../lib/pricing/centre-currencies';

/** The currency the figures of several centres are converted into. */
export function CurrencyChoice({
  currency,
  onChange,
}: {
  currency: string;
  onChange(currency: string): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Field className="compare-currency">
      <Label htmlFor={id}>{t('compareCentres.currencyLabel')}</Label>
      <Select id={id} value={currency} onChange={(event) => onChange(event.target.value)}>
        {TARGET_CURRENCIES.map((code) => (
          <Select.Option key={code} value={code}>
            {code}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

interface RatesProps {
  currency: string;
  /** The currencies that need a rate into `currency`. */
  needed: readonly string[];
  /** The rates in use as the API named them; undefined while loading or after a failure. */
  rates: readonly AppliedRate[] | undefined;
  failed: boolean;
}

/**
 * Which rate converted each currency — rate, date and source — and which currency has none: a
 * missing rate is said, never guessed (DESIGN "Centres side by side"). Converted figures are indicative.
 */
export function RatesUsed({ currency, needed, rates, failed }: RatesProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (needed.length === 0) return null;
  if (failed) return <Paragraph data-size="sm">{t('compareCentres.ratesFailed')}</Paragraph>;
  if (!rates) return <Paragraph data-size="sm">{t('compareCentres.ratesLoading')}</Paragraph>;
  return (
    <div className="compare-rates">
      <Paragraph data-size="sm">{t('compareCentres.ratesHeading', { currency })}</Paragraph>
      <ul>
        {needed.map((from) => {
          const rate = rates.find((candidate) => candidate.from === from && candidate.to === currency);
          return (
            <li key={from}>
              {rate
                ? t('compareCentres.rate', {
                    from,
                    to: currency,
                    rate: format.exact(rate.rate),
                    date: rate.date ? format.date(rate.date) : '',
                    source: rate.source ?? '',
                  })
                : t('compareCentres.missingRate', { from, to: currency })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
