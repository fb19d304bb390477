import { useTranslation } from 'react-i18next';
import { describePriceComponent } from '../../../../lib/catalogue-words/price-component-words';
import { useFormatters } from '../../../../lib/format';
import { modelUses, type PriceComponentForm } from '../../model/service-form';

const DECIMAL = /^\d+(\.\d+)?$/;
const WHOLE = /^\d+$/;

/** The component as customers will read it, once what is typed can be read as numbers. */
export function ComponentPreview({
  component,
  currency,
  unitOf,
}: {
  component: PriceComponentForm;
  currency: string;
  unitOf(driverCode: string): string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const uses = modelUses(component.model);
  const decimals = [
    uses.amount ? component.amount : '0',
    uses.unitPrice ? component.unitPrice : '0',
    component.minimumCharge || '0',
    ...(uses.tiers
      ? component.tiers.flatMap((tier) => [tier.unitPrice, tier.flatFee || '0', tier.upTo || '0'])
      : []),
  ].map((text) => text.trim());
  const readable =
    decimals.every((text) => DECIMAL.test(text)) &&
    WHOLE.test(component.fromYear.trim() || '1') &&
    (component.toYear.trim() === '' || WHOLE.test(component.toYear.trim())) &&
    (!uses.driver || component.driver !== '');
  if (!readable) return <>{t('manager.service.previewLater')}</>;
  const words = describePriceComponent(
    {
      model: component.model,
      period: component.period,
      driverCode: uses.driver ? component.driver : null,
      amount: component.amount.trim(),
      unitPrice: component.unitPrice.trim(),
      tiers: uses.tiers
        ? component.tiers.map((tier) => ({
            upTo: tier.upTo.trim() || null,
            unitPrice: tier.unitPrice.trim(),
            flatFee: tier.flatFee.trim() || null,
          }))
        : [],
      minimumCharge: component.minimumCharge.trim() || null,
      fromYear: Number(component.fromYear.trim() || '1'),
      toYear: component.toYear.trim() ? Number(component.toYear.trim()) : null,
    },
    { t, format, currency, unitOf },
  );
  return <>{t('manager.service.preview', { words })}</>;
}
