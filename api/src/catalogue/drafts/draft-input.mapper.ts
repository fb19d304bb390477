import type {
  CategoryDocument,
  DriverDocument,
  PriceComponentDocument,
  PriceModel,
  PricePeriod,
  ResponsibleParty,
  ServiceDocument,
  ServiceKind,
  ServiceLevelDocument,
  ServicePackageDocument,
  ServiceStatus,
  StandardMeasure,
} from '@servicekatalog/shared';
import { BadUserInputError } from '../../common/errors/domain-error.js';
import type {
  CategoryInput,
  PriceComponentInput,
  ServiceInput,
  ServiceLevelInput,
  ServicePackageInput,
  ServicePackageItemInput,
  VolumeDriverInput,
} from '../dto/catalogue-item.inputs.js';

/*
 * GraphQL inputs → catalogue document items, field for field. Nothing is checked here but what
 * the document cannot express (a driver included twice): the shared validator checks the whole
 * resulting document. Enumerations arrive as strings and are passed on as they are, so a wrong
 * value is reported by that validator at its path, like in an imported document. A null in an
 * optional field means "the default" (left out); in a nullable document field it stays null.
 */

export function categoryDocument(input: CategoryInput): CategoryDocument {
  return { code: input.code, name: input.name };
}

export function driverDocument(input: VolumeDriverInput): DriverDocument {
  return {
    code: input.code,
    name: input.name,
    unit: input.unit,
    integer: input.integer,
    // Checked as one of STANDARD_MEASURES by the shared validator, at the driver's path.
    standardMeasure: (input.standardMeasure ?? null) as StandardMeasure | null,
  };
}

export function serviceLevelDocument(input: ServiceLevelInput): ServiceLevelDocument {
  return {
    code: input.code,
    name: input.name,
    rank: input.rank,
    surchargePercent: input.surchargePercent,
    targets: input.targets?.map((target) => ({
      metric: target.metric,
      name: target.name,
      value: target.value,
      unit: target.unit,
      service: target.service ?? null,
    })),
  };
}

export function serviceDocument(input: ServiceInput): ServiceDocument {
  return {
    code: input.code,
    category: input.category,
    kind: input.kind as ServiceKind,
    status: (input.status ?? undefined) as ServiceStatus | undefined,
    name: input.name,
    description: input.description ?? undefined,
    requires: input.requires ?? undefined,
    excludes: input.excludes ?? undefined,
    limits: input.limits?.map((limit) => ({
      driver: limit.driver,
      min: limit.min ?? null,
      max: limit.max ?? null,
    })),
    priceComponents: input.priceComponents.map(priceComponentDocument),
    responsibilities: input.responsibilities?.map((row) => ({
      task: row.task,
      party: row.party as ResponsibleParty,
    })),
  };
}

function priceComponentDocument(input: PriceComponentInput): PriceComponentDocument {
  return {
    label: input.label,
    model: input.model as PriceModel,
    period: input.period as PricePeriod,
    driver: input.driver ?? null,
    amount: input.amount ?? null,
    unitPrice: input.unitPrice ?? null,
    tiers:
      input.tiers?.map((tier) => ({
        upTo: tier.upTo ?? null,
        unitPrice: tier.unitPrice,
        flatFee: tier.flatFee ?? undefined,
      })) ?? null,
    minimumCharge: input.minimumCharge ?? null,
    fromYear: input.fromYear ?? undefined,
    toYear: input.toYear ?? null,
  };
}

export function servicePackageDocument(input: ServicePackageInput): ServicePackageDocument {
  return {
    code: input.code,
    name: input.name,
    description: input.description ?? undefined,
    serviceLevel: input.serviceLevel ?? null,
    discountPercent: input.discountPercent ?? undefined,
    items: input.items.map((item, i) => ({ service: item.service, included: includedMap(item, i) })),
    allowedAddOns: input.allowedAddOns ?? null,
  };
}

/** The document's map driver → quantity; a driver given twice cannot be expressed there. */
function includedMap(item: ServicePackageItemInput, itemIndex: number): Record<string, string> | null {
  if (!item.included || item.included.length === 0) return null;
  const map: Record<string, string> = {};
  item.included.forEach((entry, i) => {
    if (Object.hasOwn(map, entry.driver)) {
      throw new BadUserInputError(
        `Driver ${entry.driver} is included twice in item ${itemIndex + 1}; give each driver once.`,
        `input.items[${itemIndex}].included[${i}].driver`,
      );
    }
    map[entry.driver] = entry.quantity;
  });
  return map;
}
