import type { TFunction } from 'i18next';
import type { Formatters } from '../format';

/** The terms of a price component as the catalogue states them (GraphQL `PriceComponent`). */
export interface PriceComponentTerms {
  model: string;
  period: string;
  driverCode?: string | null;
  amount?: string | null;
  unitPrice?: string | null;
  tiers: readonly { upTo?: string | null; unitPrice: string; flatFee?: string | null }[];
  minimumCharge?: string | null;
  fromYear: number;
  toYear?: number | null;
}

export interface WordsContext {
  t: TFunction;
  format: Formatters;
  currency: string;
  /** The unit label of a driver in the interface language ("payslip"). */
  unitOf(driverCode: string): string;
}

/**
 * A price component in words, e.g. "DKK 38.00 per payslip per month up to 1,000; above 1,000:
 * DKK 31.50; minimum charge DKK 500.00 per month; contract years 2–3". Every word comes from i18n.
 */
export function describePriceComponent(component: PriceComponentTerms, context: WordsContext): string {
  const { t, format, currency } = context;
  const parts = [describeModel(component, context)];
  if (component.minimumCharge != null) {
    parts.push(
      t(`price.minimum.${component.period}`, { amount: format.money(component.minimumCharge, currency) }),
    );
  }
  const years = describeYears(component, t);
  if (years) parts.push(years);
  return parts.join('; ');
}

function describeModel(component: PriceComponentTerms, context: WordsContext): string {
  const { t, format, currency } = context;
  const unit = component.driverCode ? context.unitOf(component.driverCode) : '';
  const period = component.period;
  switch (component.model) {
    case 'FLAT':
      return t(`price.flat.${period}`, { amount: format.money(component.amount ?? '0', currency) });
    case 'PER_UNIT':
      return t(`price.perUnit.${period}`, {
        price: format.price(component.unitPrice ?? '0', currency),
        unit,
      });
    case 'GRADUATED':
      return describeGraduated(component, unit, context);
    case 'VOLUME':
      return describeVolume(component, unit, context);
    default:
      return t('price.unknownModel');
  }
}

/** Each band at its own price: "DKK 38.00 per payslip per month up to 1,000; above 1,000: DKK 31.50". */
function describeGraduated(component: PriceComponentTerms, unit: string, context: WordsContext): string {
  const { t, format, currency } = context;
  return component.tiers
    .map((tier, index) => {
      const price = format.price(tier.unitPrice, currency);
      const from = index === 0 ? null : (component.tiers[index - 1].upTo ?? null);
      let text: string;
      if (index === 0 && tier.upTo == null) text = t(`price.perUnit.${component.period}`, { price, unit });
      else if (index === 0)
        text = t(`price.graduatedFirst.${component.period}`, {
          price,
          unit,
          upTo: format.quantity(tier.upTo ?? '0'),
        });
      else text = bandText(from, tier.upTo ?? null, price, context);
      return withFee(text, tier.flatFee, context);
    })
    .join('; ');
}

/** The whole volume at the price of its band: intro, then each band. */
function describeVolume(component: PriceComponentTerms, unit: string, context: WordsContext): string {
  const { t, format, currency } = context;
  const bands = component.tiers.map((tier, index) => {
    const price = format.price(tier.unitPrice, currency);
    const from = index === 0 ? null : (component.tiers[index - 1].upTo ?? null);
    return withFee(bandText(from, tier.upTo ?? null, price, context), tier.flatFee, context);
  });
  return `${t(`price.volumeIntro.${component.period}`, { unit })}: ${bands.join('; ')}`;
}

function bandText(
  from: string | null,
  upTo: string | null,
  price: string,
  { t, format }: WordsContext,
): string {
  if (from == null && upTo == null) return t('price.bandAll', { price });
  if (from == null) return t('price.bandUpTo', { upTo: format.quantity(upTo ?? '0'), price });
  if (upTo == null) return t('price.tierAbove', { from: format.quantity(from), price });
  return t('price.tierBetween', { from: format.quantity(from), upTo: format.quantity(upTo), price });
}

function withFee(
  text: string,
  flatFee: string | null | undefined,
  { t, format, currency }: WordsContext,
): string {
  if (flatFee == null || /^0*(\.0*)?$/.test(flatFee)) return text;
  return t('price.withFee', { text, fee: format.money(flatFee, currency) });
}

/** Contract years the component applies to; nothing when it applies from year 1 without end. */
export function describeYears(
  component: { fromYear: number; toYear?: number | null; period: string },
  t: TFunction,
): string | null {
  const { fromYear, toYear } = component;
  if (component.period === 'ONE_TIME')
    return fromYear > 1 ? t('price.years.oneTimeIn', { year: fromYear }) : null;
  if (toYear == null) return fromYear > 1 ? t('price.years.from', { from: fromYear }) : null;
  if (toYear === fromYear) return t('price.years.only', { year: fromYear });
  return t('price.years.range', { from: fromYear, to: toYear });
}
