import type { TFunction } from 'i18next';
import type { PriceLine } from '@servicekatalog/shared';
import type { Formatters } from '../../../lib/format';

export interface ExplanationContext {
  t: TFunction;
  format: Formatters;
  currency: string;
  /** The driver's unit label in the interface language ("payslip"). */
  unitOf(driverCode: string): string;
}

const isZero = (decimal: string | null | undefined) => decimal == null || /^0*(\.0*)?$/.test(decimal);

/**
 * How a price line came about, step by step in words: included quantity deducted, quantity × unit
 * price or the tier slices, minimum charge, package discount, service level surcharge.
 */
export function explainLine(line: PriceLine, context: ExplanationContext): string[] {
  const { t, format, currency } = context;
  const steps: string[] = [];
  if (line.quantity !== null && line.includedQuantity !== null && !isZero(line.includedQuantity)) {
    steps.push(
      t('line.included', {
        quantity: format.quantity(line.quantity),
        included: format.quantity(line.includedQuantity),
        billable: format.quantity(line.billableQuantity ?? '0'),
      }),
    );
  }
  steps.push(explainModel(line, context));
  if (line.minimumApplied && line.minimumCharge !== null) {
    steps.push(
      t('line.minimum', {
        minimum: format.money(line.minimumCharge, currency),
        base: format.price(line.base, currency),
      }),
    );
  }
  if (!isZero(line.discountPercent))
    steps.push(t('line.discount', { percent: format.percent(line.discountPercent ?? '0') }));
  if (!isZero(line.surchargePercent))
    steps.push(t('line.surcharge', { percent: format.percent(line.surchargePercent ?? '0') }));
  return steps;
}

function explainModel(line: PriceLine, { t, format, currency, unitOf }: ExplanationContext): string {
  const base = format.price(line.base, currency);
  const billable = format.quantity(line.billableQuantity ?? '0');
  const unit = line.driverCode ? unitOf(line.driverCode) : '';
  switch (line.model) {
    case 'FLAT':
      return t('line.flat', { amount: base });
    case 'PER_UNIT':
      return t('line.perUnit', {
        billable,
        unit,
        price: format.price(line.unitPrice ?? '0', currency),
        base,
      });
    case 'GRADUATED':
    case 'VOLUME': {
      const slices = line.tiers ?? [];
      if (slices.length === 0) return t('line.nothingBillable', { unit, base });
      const calculation = slices
        .map((slice) => {
          const product = t('line.slice', {
            quantity: format.quantity(slice.quantity),
            price: format.price(slice.unitPrice, currency),
          });
          return isZero(slice.flatFee)
            ? product
            : t('line.sliceWithFee', { product, fee: format.money(slice.flatFee, currency) });
        })
        .join(' + ');
      if (line.model === 'GRADUATED') return t('line.graduated', { calculation, unit, base });
      const band =
        slices[0].upTo === null
          ? t('line.topBand')
          : t('line.bandUpTo', { upTo: format.quantity(slices[0].upTo) });
      return t('line.volume', { calculation, band, unit, base });
    }
    default:
      return base;
  }
}
