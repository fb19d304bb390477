/**
 * Compiles a catalogue document once into indexed, pre-parsed form, so that pricing a configuration
 * (on every keystroke in the configurator) does no parsing or searching of the document.
 */
import type {
  BenchmarkKind,
  CatalogueDocument,
  LocalizedText,
  PriceComponentDocument,
  PriceModel,
  PricePeriod,
  ServiceDocument,
  ServiceKind,
  ServiceLevelDocument,
  ServicePackageDocument,
  ServiceStatus,
  StandardMeasure,
  TierDocument,
} from '../catalogue/document.js';
import { minorDigits } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import { levelAdjustment, NO_ADJUSTMENT, packageItemAdjustment, type Adjustment } from './adjustment.js';
import { exactText } from './exact-text.js';
import { lineCharge, type LineCharge } from './charge.js';
import type { ModelPrice } from './price-models.js';
import type { PriceTierSlice } from './types.js';

/** A decimal from the catalogue, parsed, with the text it was written as (echoed in explanations). */
export interface CompiledDecimal {
  readonly value: Decimal;
  readonly text: string;
}

/** A volume driver: whether its quantities must be whole. */
export interface CompiledDriver {
  readonly code: string;
  readonly name: LocalizedText;
  readonly integer: boolean;
  /** What it counts in the price benchmark's shared words; null: nothing standard. */
  readonly standardMeasure: StandardMeasure | null;
}

/** A tier of a GRADUATED or VOLUME component, with its lower bound and its filled-up price. */
export interface CompiledTier {
  /** Inclusive upper bound (value normalized, text as written); null = no limit. */
  readonly upTo: CompiledDecimal | null;
  /** The previous tier's `upTo` (0 for the first tier): this tier holds the units above it. */
  readonly from: Decimal;
  readonly unitPrice: CompiledDecimal;
  /** Text "0" when the document leaves the flat fee out. */
  readonly flatFee: CompiledDecimal;
  readonly hasFlatFee: boolean;
  /**
   * A bounded tier's GRADUATED share when billable reaches its `upTo` — the same for every
   * configuration, so it is computed once here; null for the unbounded last tier.
   */
  readonly filled: FilledTier | null;
}

/** A bounded tier filled up to its `upTo`: its exact amount and the slice that explains it. */
export interface FilledTier {
  /** The tier's `upTo`, normalized. */
  readonly upTo: Decimal;
  readonly amount: Decimal;
  readonly slice: Readonly<PriceTierSlice>;
}

/** A price component with its decimals parsed and DESIGN's defaults filled in. */
export interface CompiledComponent {
  readonly index: number;
  readonly label: LocalizedText;
  readonly labelText: string;
  readonly model: PriceModel;
  readonly period: PricePeriod;
  readonly driverCode: string | null;
  readonly amount: CompiledDecimal | null;
  /** FLAT: the price, the same in every configuration, so built once here; otherwise null. */
  readonly flatPrice: ModelPrice | null;
  readonly unitPrice: CompiledDecimal | null;
  readonly tiers: readonly CompiledTier[];
  readonly minimumCharge: CompiledDecimal | null;
  /**
   * FLAT: the line charge under each adjustment of the catalogue (none, each level's, each
   * package's under each level) — fixed by the two, so computed here; empty otherwise.
   */
  readonly flatCharges: ReadonlyMap<Adjustment, LineCharge>;
  readonly fromYear: number;
  /** null = no end. */
  readonly toYear: number | null;
}

/** A service's inclusive quantity limit for one driver; null bounds are open. */
export interface CompiledLimit {
  readonly driverCode: string;
  readonly min: CompiledDecimal | null;
  readonly max: CompiledDecimal | null;
}

/** A service with its rules, limits and price components. */
export interface CompiledService {
  readonly code: string;
  readonly name: LocalizedText;
  readonly kind: ServiceKind;
  readonly status: ServiceStatus;
  readonly requires: readonly (readonly string[])[];
  readonly excludes: readonly string[];
  readonly limits: readonly CompiledLimit[];
  readonly components: readonly CompiledComponent[];
  /**
   * Each driver the service needs a volume for, once, with the first contract year that needs it:
   * a component's `fromYear`, or 1 for a driver named by a limit.
   */
  readonly volumeDrivers: readonly { readonly driverCode: string; readonly fromYear: number }[];
}

/** A service of a package, with what the package includes of each driver. */
export interface CompiledPackageItem {
  readonly serviceCode: string;
  /** Driver code → quantity included in the package price. */
  readonly included: ReadonlyMap<string, CompiledDecimal>;
}

/** A service package: its items, discount, default level and allowed add-ons. */
export interface CompiledPackage {
  readonly code: string;
  readonly serviceLevelCode: string | null;
  readonly discountPercent: CompiledDecimal;
  /**
   * What recurring lines of its items get under each service level of the catalogue, and under none
   * (key null): discount and surcharge in one factor.
   */
  readonly itemAdjustments: ReadonlyMap<CompiledServiceLevel | null, Adjustment>;
  readonly items: readonly CompiledPackageItem[];
  /** null = every ADDON may be added. */
  readonly allowedAddOns: ReadonlySet<string> | null;
}

/** A service level and the factor its surcharge multiplies recurring lines by. */
export interface CompiledServiceLevel {
  readonly code: string;
  readonly rank: number;
  readonly surchargePercent: CompiledDecimal;
  /** 1 + surchargePercent/100: what recurring lines of extra services get under this level. */
  readonly adjustment: Adjustment;
}

/** A catalogue version ready for pricing: build it with {@link compileCatalogue}; treat it as immutable. */
export interface PricingCatalogue {
  readonly providerCode: string;
  readonly catalogueVersion: number;
  readonly currency: string;
  /** Fraction digits of the currency's minor unit (2, or 0 for ISK). */
  readonly minorDigits: number;
  readonly drivers: ReadonlyMap<string, CompiledDriver>;
  readonly services: ReadonlyMap<string, CompiledService>;
  readonly servicePackages: ReadonlyMap<string, CompiledPackage>;
  readonly serviceLevels: ReadonlyMap<string, CompiledServiceLevel>;
  /** The level with the smallest rank: the default when neither input nor package names one. */
  readonly defaultServiceLevel: CompiledServiceLevel | null;
  /** The package the price benchmark prices per kind of profile; null: not offered. */
  readonly benchmarkPackages: Readonly<Record<BenchmarkKind, string | null>>;
}

/**
 * Pre-indexes a VALID catalogue document (DESIGN pricing rule 6 holds) for pricing. Optional fields
 * that are absent take DESIGN's defaults, so a document need not have been through `withDefaults`.
 * The document is not kept: later changes to it do not affect the compiled catalogue.
 * @throws Error when the currency has no known minor unit (a validated document never does).
 */
export function compileCatalogue(doc: CatalogueDocument, catalogueVersion: number): PricingCatalogue {
  const digits = minorDigits(doc.provider.currency);
  if (digits === undefined) throw new Error(`Unknown currency ${doc.provider.currency}`);
  const serviceLevels = indexBy(doc.serviceLevels.map(compileServiceLevel));
  const servicePackages = indexBy(doc.servicePackages.map((p) => compilePackage(p, serviceLevels)));
  const adjustments = new Set<Adjustment>([NO_ADJUSTMENT]);
  for (const level of serviceLevels.values()) adjustments.add(level.adjustment);
  for (const servicePackage of servicePackages.values()) {
    for (const adjustment of servicePackage.itemAdjustments.values()) adjustments.add(adjustment);
  }
  const pricing: ComponentPricing = { digits, adjustments: [...adjustments] };
  return {
    providerCode: doc.provider.code,
    catalogueVersion,
    currency: doc.provider.currency,
    minorDigits: digits,
    drivers: indexBy(
      doc.drivers.map((d) => ({
        code: d.code,
        name: freezeText(d.name),
        integer: d.integer === true,
        standardMeasure: d.standardMeasure ?? null,
      })),
    ),
    services: indexBy(doc.services.map((service) => compileService(service, pricing))),
    servicePackages,
    serviceLevels,
    defaultServiceLevel: lowestRank([...serviceLevels.values()]),
    benchmarkPackages: Object.freeze({
      PAYROLL: doc.benchmarkPackages?.PAYROLL ?? null,
      ACCOUNTING: doc.benchmarkPackages?.ACCOUNTING ?? null,
      BOTH: doc.benchmarkPackages?.BOTH ?? null,
    }),
  };
}

/** What compiling a component needs of the catalogue: its minor digits and every adjustment. */
interface ComponentPricing {
  digits: number;
  adjustments: readonly Adjustment[];
}

function compileService(doc: ServiceDocument, pricing: ComponentPricing): CompiledService {
  const components = doc.priceComponents.map((component, i) => compileComponent(component, i, pricing));
  const limits = (doc.limits ?? []).map((limit) => ({
    driverCode: limit.driver,
    min: limit.min == null ? null : compileQuantity(limit.min),
    max: limit.max == null ? null : compileQuantity(limit.max),
  }));
  return {
    code: doc.code,
    name: freezeText(doc.name),
    kind: doc.kind,
    status: doc.status ?? 'ACTIVE',
    requires: (doc.requires ?? []).map((group) => [...group]),
    excludes: [...(doc.excludes ?? [])],
    limits,
    components,
    volumeDrivers: volumeDrivers(components, limits),
  };
}

function volumeDrivers(
  components: readonly CompiledComponent[],
  limits: readonly CompiledLimit[],
): { driverCode: string; fromYear: number }[] {
  const firstYear = new Map<string, number>();
  const need = (driverCode: string, fromYear: number): void => {
    firstYear.set(driverCode, Math.min(fromYear, firstYear.get(driverCode) ?? fromYear));
  };
  for (const component of components) {
    if (component.driverCode !== null) need(component.driverCode, component.fromYear);
  }
  for (const limit of limits) need(limit.driverCode, 1);
  return [...firstYear].map(([driverCode, fromYear]) => ({ driverCode, fromYear }));
}

function compileComponent(
  doc: PriceComponentDocument,
  index: number,
  { digits, adjustments }: ComponentPricing,
): CompiledComponent {
  const label = freezeText(doc.label);
  const amount = optionalDecimal(doc.amount);
  const minimumCharge = optionalDecimal(doc.minimumCharge);
  const flat = doc.model === 'FLAT' && amount !== null ? flatPrice(amount.value, digits) : null;
  // A ONE_TIME line is never adjusted (see lines.ts adjustmentOf).
  const chargedUnder = doc.period === 'ONE_TIME' ? [NO_ADJUSTMENT] : adjustments;
  const flatCharges = new Map<Adjustment, LineCharge>(
    flat === null
      ? []
      : chargedUnder.map((adjustment) => [
          adjustment,
          Object.freeze(lineCharge(minimumCharge, flat, adjustment, digits)),
        ]),
  );
  return {
    index,
    label,
    labelText: englishText(label),
    model: doc.model,
    period: doc.period,
    // FLAT has no driver, even if a document carried one: DESIGN says FLAT ignores volumes.
    driverCode: doc.model === 'FLAT' ? null : (doc.driver ?? null),
    amount,
    flatPrice: flat,
    unitPrice: optionalDecimal(doc.unitPrice),
    tiers: compileTiers(doc.tiers ?? [], digits),
    minimumCharge,
    flatCharges,
    fromYear: doc.fromYear ?? 1,
    toYear: doc.toYear ?? null,
  };
}

function flatPrice(amount: Decimal, digits: number): ModelPrice {
  return Object.freeze({ base: amount, baseText: exactText(amount, digits), unitPrice: null, tiers: null });
}

function compileTiers(docs: readonly TierDocument[], digits: number): CompiledTier[] {
  let from = Decimal.ZERO;
  return docs.map((doc) => {
    const upTo = doc.upTo == null ? null : compileQuantity(doc.upTo);
    const flatFee = compileDecimal(doc.flatFee ?? '0');
    const tier = {
      upTo,
      from,
      unitPrice: compileDecimal(doc.unitPrice),
      flatFee,
      hasFlatFee: !flatFee.value.isZero(),
    };
    from = upTo?.value ?? from;
    return { ...tier, filled: upTo === null ? null : fillTier(tier, upTo, digits) };
  });
}

function fillTier(tier: Omit<CompiledTier, 'filled'>, upTo: CompiledDecimal, digits: number): FilledTier {
  const quantity = upTo.value.minus(tier.from).normalize();
  const amount = quantity.times(tier.unitPrice.value).plus(tier.flatFee.value);
  const slice = {
    upTo: upTo.text,
    unitPrice: tier.unitPrice.text,
    flatFee: tier.flatFee.text,
    quantity: quantity.toString(),
    amount: exactText(amount, digits),
  };
  return { upTo: upTo.value, amount, slice: Object.freeze(slice) };
}

function compilePackage(
  doc: ServicePackageDocument,
  levels: ReadonlyMap<string, CompiledServiceLevel>,
): CompiledPackage {
  const discountPercent = compileDecimal(doc.discountPercent ?? '0');
  const items = doc.items.map((item) => ({
    serviceCode: item.service,
    included: new Map(
      Object.entries(item.included ?? {}).map(([driver, text]) => [driver, compileQuantity(text)]),
    ),
  }));
  return {
    code: doc.code,
    serviceLevelCode: doc.serviceLevel ?? null,
    discountPercent,
    itemAdjustments: new Map([
      [null, packageItemAdjustment(discountPercent, NO_ADJUSTMENT)],
      ...[...levels.values()].map(
        (level) => [level, packageItemAdjustment(discountPercent, level.adjustment)] as const,
      ),
    ]),
    items,
    allowedAddOns: doc.allowedAddOns == null ? null : new Set(doc.allowedAddOns),
  };
}

function compileServiceLevel(doc: ServiceLevelDocument): CompiledServiceLevel {
  const surchargePercent = compileDecimal(doc.surchargePercent);
  return {
    code: doc.code,
    rank: doc.rank,
    surchargePercent,
    adjustment: levelAdjustment(surchargePercent),
  };
}

function lowestRank(levels: CompiledServiceLevel[]): CompiledServiceLevel | null {
  let lowest: CompiledServiceLevel | null = null;
  for (const level of levels) {
    if (lowest === null || level.rank < lowest.rank) lowest = level;
  }
  return lowest;
}

function compileDecimal(text: string): CompiledDecimal {
  return { value: Decimal.parse(text), text };
}

/**
 * A bound or amount compared with quantities: normalized like input quantities, so comparisons
 * meet equal scales (the fast path); the text stays as written.
 */
function compileQuantity(text: string): CompiledDecimal {
  return { value: Decimal.parse(text).normalize(), text };
}

function optionalDecimal(text: string | null | undefined): CompiledDecimal | null {
  return text == null ? null : compileDecimal(text);
}

function indexBy<T extends { code: string }>(values: T[]): Map<string, T> {
  return new Map(values.map((value) => [value.code, value]));
}

/** A private frozen copy, so lines can share it without a caller's edit leaking into other results. */
function freezeText(text: LocalizedText): LocalizedText {
  return Object.freeze({ ...text });
}

/** English, else the first language present (DESIGN: English, then any). */
export function englishText(text: LocalizedText): string {
  return text.en ?? Object.values(text)[0] ?? '';
}
