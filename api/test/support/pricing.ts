import type { CatalogueDocument } from '@servicekatalog/shared';
import { CatalogueImportService } from '../../src/catalogue/import-export/catalogue-import.service.js';
import { SYSTEM_ACTOR } from '../../src/common/system-actor.js';
import type { TestApp } from './test-app.js';

/** Every field of a PriceQuote. */
export const PRICE_QUOTE_FIELDS = `
  currency providerCode catalogueVersion catalogueVersionId valid engineVersion
  servicePackageCode serviceLevelCode contractYears
  lines {
    serviceCode componentIndex componentLabel componentLabelTranslations model period driverCode
    quantity billableQuantity includedQuantity amount firstYear lastYear
    base minimumCharge minimumApplied discountPercent surchargePercent unitPrice
    tiers { upTo unitPrice flatFee quantity amount }
  }
  years { year oneTime recurring total }
  totals { monthly firstYear contractTotal }
  issues { code severity serviceCode message requiredAnyOf otherServiceCode driverCode quantity min max servicePackageCode }`;

export const PRICE = `query ($input: ConfigurationInput!) { priceConfiguration(input: $input) { ${PRICE_QUOTE_FIELDS} } }`;
export const COMPARE = `query ($inputs: [ConfigurationInput!]!) { compareConfigurations(inputs: $inputs) { ${PRICE_QUOTE_FIELDS} } }`;

export interface QuoteLine {
  serviceCode: string;
  componentIndex: number;
  componentLabel: string;
  componentLabelTranslations: Record<string, string>;
  model: string;
  period: string;
  driverCode: string | null;
  quantity: string | null;
  billableQuantity: string | null;
  includedQuantity: string | null;
  amount: string;
  firstYear: number;
  lastYear: number;
  base: string;
  minimumCharge: string | null;
  minimumApplied: boolean;
  discountPercent: string | null;
  surchargePercent: string | null;
  unitPrice: string | null;
  tiers:
    { upTo: string | null; unitPrice: string; flatFee: string; quantity: string; amount: string }[] | null;
}

export interface Quote {
  currency: string;
  providerCode: string;
  catalogueVersion: number;
  catalogueVersionId: string;
  valid: boolean;
  engineVersion: string;
  servicePackageCode: string | null;
  serviceLevelCode: string | null;
  contractYears: number;
  lines: QuoteLine[];
  years: { year: number; oneTime: string; recurring: string; total: string }[];
  totals: { monthly: string; firstYear: string; contractTotal: string };
  issues: {
    code: string;
    severity: string;
    serviceCode: string | null;
    message: string;
    requiredAnyOf: string[] | null;
    otherServiceCode: string | null;
    driverCode: string | null;
    quantity: string | null;
    min: string | null;
    max: string | null;
    servicePackageCode: string | null;
  }[];
}

/** Imports and publishes a catalogue document as the operator's tools do; returns the version id. */
export async function publishCatalogue(
  app: TestApp,
  document: CatalogueDocument,
  validFrom?: string,
): Promise<{ id: string; number: number }> {
  const version = await app.app
    .get(CatalogueImportService)
    .importAndPublish(document, SYSTEM_ACTOR, { validFrom });
  return { id: version.id, number: version.number };
}
