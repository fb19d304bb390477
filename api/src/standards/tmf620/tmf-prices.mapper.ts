import type {
  CatalogueDocument,
  PriceComponentDocument,
  ServiceDocument,
  TierDocument,
} from '@servicekatalog/shared';
import { ExactNumber, type JsonValue } from '../exact-json.js';
import { priceInWords } from '../price-words.js';
import { refTo, versioned, type TmfContext, type TmfResource } from './tmf-resource.js';

/** The id of the n-th (1-based) price component of a service: `<providerCode>.<serviceCode>.<n>`. */
export function priceId(providerCode: string, serviceCode: string, n: number): string {
  return `${providerCode}.${serviceCode}.${n}`;
}

/**
 * A service's price components as ProductOfferingPrices (DESIGN, "Standards exports"): FLAT and
 * PER_UNIT carry their price; GRADUATED and VOLUME are bundles of one child price per tier. The
 * amounts are exact (see ExactNumber) and repeated as text in the description.
 */
export function priceResources(
  doc: CatalogueDocument,
  service: ServiceDocument,
  ctx: TmfContext,
): TmfResource[] {
  return service.priceComponents.flatMap((component, index) => {
    const id = priceId(doc.provider.code, service.code, index + 1);
    const common = commonFields(doc, service, component, ctx);
    if (component.model === 'FLAT' || component.model === 'PER_UNIT') {
      const amount = component.model === 'FLAT' ? component.amount : component.unitPrice;
      return [price(ctx, id, common, { isBundle: false, price: money(doc, amount ?? '0') })];
    }
    const tiers = (component.tiers ?? []).map((tier, t) =>
      price(
        ctx,
        `${id}.${t + 1}`,
        { ...common, name: tierName(component.tiers ?? [], t) },
        {
          isBundle: false,
          description: tierDescription(doc, tier),
          price: money(doc, tier.unitPrice),
        },
      ),
    );
    const bundled = tiers.map((tier) =>
      refTo(
        ctx,
        'productOfferingPrice',
        'BundledProductOfferingPriceRelationship',
        tier.id,
        String(tier.name),
        'ProductOfferingPrice',
      ),
    );
    return [price(ctx, id, common, { isBundle: true, bundledPopRelationship: bundled }), ...tiers];
  });
}

function commonFields(
  doc: CatalogueDocument,
  service: ServiceDocument,
  component: PriceComponentDocument,
  ctx: TmfContext,
): Record<string, JsonValue> {
  const driver = doc.drivers.find((candidate) => candidate.code === component.driver);
  const fields: Record<string, JsonValue> = {
    name: ctx.text(component.label),
    description: priceInWords(component, driver, doc.provider.currency, ctx.language),
    lifecycleStatus: service.status === 'DEPRECATED' ? 'Retired' : 'Launched',
    priceType:
      component.period === 'ONE_TIME' ? 'oneTime' : component.model === 'FLAT' ? 'recurring' : 'usage',
    ...versioned(ctx),
  };
  if (component.period !== 'ONE_TIME') {
    fields.recurringChargePeriodType = component.period === 'MONTHLY' ? 'month' : 'year';
    fields.recurringChargePeriodLength = 1;
  }
  if (component.driver) fields.unitOfMeasure = { amount: 1, units: component.driver };
  return fields;
}

function price(
  ctx: TmfContext,
  id: string,
  common: Record<string, JsonValue>,
  own: Record<string, JsonValue>,
): TmfResource {
  return {
    id,
    href: ctx.href('productOfferingPrice', id),
    '@type': 'ProductOfferingPrice',
    ...common,
    ...own,
  };
}

function money(doc: CatalogueDocument, amount: string): JsonValue {
  return { unit: doc.provider.currency, value: new ExactNumber(amount) };
}

/** "up to 1000"; the open last tier is "above" the bound before it. */
function tierName(tiers: readonly TierDocument[], index: number): string {
  const { upTo } = tiers[index];
  if (upTo !== null) return `up to ${upTo}`;
  return index > 0 ? `above ${tiers[index - 1].upTo}` : 'any quantity';
}

function tierDescription(doc: CatalogueDocument, tier: TierDocument): string {
  const currency = doc.provider.currency;
  const flat =
    tier.flatFee && !/^-?0*(\.0*)?$/.test(tier.flatFee) ? ` plus a flat ${tier.flatFee} ${currency}` : '';
  return `${tier.unitPrice} ${currency} per unit${flat}`;
}
