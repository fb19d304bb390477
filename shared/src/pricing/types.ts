/**
 * Public shapes of the pricing engine: what a caller passes in (mirrors the GraphQL
 * `ConfigurationInput`) and the price breakdown it gets back (a superset of the GraphQL `PriceQuote`).
 * Every decimal is a plain decimal string; amounts carry exactly the currency's minor digits.
 */
import type { LocalizedText, PriceModel, PricePeriod } from '../catalogue/document.js';

/** One volume: a driver code and its quantity as a plain decimal string ("600", "7.5"). */
export interface VolumeInput {
  driverCode: string;
  quantity: string;
}

/** A configuration to price (GraphQL `ConfigurationInput`). Null or absent lists mean empty lists. */
export interface ConfigurationInput {
  providerCode: string;
  /** The version the caller meant; checked against the compiled catalogue when given. */
  catalogueVersion?: number | null;
  servicePackageCode?: string | null;
  /** Extra services: add-ons or à la carte services, in the order the customer picked them. */
  serviceCodes?: readonly string[] | null;
  serviceLevelCode?: string | null;
  volumes?: readonly VolumeInput[] | null;
  /** 1..10; default 1. */
  contractYears?: number | null;
  /** The contract's first day ('YYYY-MM-DD'); picks the version in force at the API, the engine ignores it. */
  startDate?: string | null;
}

/** One tier's share of a GRADUATED or VOLUME line (for VOLUME: the single tier that priced it). */
export interface PriceTierSlice {
  /** The tier's inclusive upper bound as in the catalogue; null = no limit. */
  upTo: string | null;
  unitPrice: string;
  /** The tier's flat fee, charged once because the slice holds units. */
  flatFee: string;
  /** Units priced in this tier. */
  quantity: string;
  /** quantity × unitPrice + flatFee, exact (unrounded). */
  amount: string;
}

/** One priced line: one price component of one selected service. */
export interface PriceLine {
  serviceCode: string;
  /** Position of the component in the service's `priceComponents`. */
  componentIndex: number;
  /** English label (or any label when there is no English one). */
  componentLabel: string;
  /** The full localized label. */
  label: LocalizedText;
  model: PriceModel;
  period: PricePeriod;
  driverCode: string | null;
  /** The volume as given (normalized); null for FLAT. */
  quantity: string | null;
  /** max(0, quantity − includedQuantity); null for FLAT. */
  billableQuantity: string | null;
  /** The package item's included quantity for this driver, when there is one. */
  includedQuantity: string | null;
  /** The line amount, rounded half up to the currency's minor unit. */
  amount: string;
  firstYear: number;
  lastYear: number;
  /** The model's price before minimum, discount and surcharge; exact, unrounded. */
  base: string;
  minimumCharge: string | null;
  /** True when the minimum charge exceeded the base and replaced it. */
  minimumApplied: boolean;
  /** The package discount applied to this line (recurring package items only). */
  discountPercent: string | null;
  /** The service level surcharge applied to this line (recurring lines under a level only). */
  surchargePercent: string | null;
  /** PER_UNIT: the unit price; VOLUME: the chosen tier's unit price; otherwise null. */
  unitPrice: string | null;
  /** GRADUATED: the tiers that hold units; VOLUME: the chosen tier; FLAT and PER_UNIT: null. */
  tiers: PriceTierSlice[] | null;
}

/** What one contract year costs. */
export interface YearTotal {
  year: number;
  oneTime: string;
  recurring: string;
  total: string;
}

/** Headline figures of a configuration. */
export interface PriceTotals {
  /** Σ MONTHLY lines that start in year 1. */
  monthly: string;
  /** Year 1's total. */
  firstYear: string;
  /** Σ of all year totals. */
  contractTotal: string;
}

/** The rule a {@link ConfigurationIssue} is about (DESIGN pricing rule 4). */
export type IssueCode =
  | 'MISSING_DEPENDENCY'
  | 'EXCLUDED_COMBINATION'
  | 'MISSING_VOLUME'
  | 'VOLUME_OUT_OF_RANGE'
  | 'ADDON_NOT_ALLOWED'
  | 'DEPRECATED_SERVICE'
  | 'NOTHING_SELECTED';

/** ERROR: the configuration cannot be submitted; WARNING: it can. */
export type IssueSeverity = 'ERROR' | 'WARNING';

interface IssueBase {
  severity: IssueSeverity;
  serviceCode: string | null;
  /** English explanation for a person. */
  message: string;
}

/** A `requires` group of which nothing is selected: selecting any of `requiredAnyOf` fixes it. */
export interface MissingDependencyIssue extends IssueBase {
  code: 'MISSING_DEPENDENCY';
  requiredAnyOf: string[];
}

/** `serviceCode` lists `otherServiceCode` as excluded and both are selected. */
export interface ExcludedCombinationIssue extends IssueBase {
  code: 'EXCLUDED_COMBINATION';
  otherServiceCode: string;
}

/** The service needs a volume for `driverCode` and none was given. */
export interface MissingVolumeIssue extends IssueBase {
  code: 'MISSING_VOLUME';
  driverCode: string;
}

/** The quantity given for `driverCode` is outside the service's limit `min`..`max` (inclusive). */
export interface VolumeOutOfRangeIssue extends IssueBase {
  code: 'VOLUME_OUT_OF_RANGE';
  driverCode: string;
  quantity: string;
  min: string | null;
  max: string | null;
}

/** An add-on the chosen package does not allow. */
export interface AddOnNotAllowedIssue extends IssueBase {
  code: 'ADDON_NOT_ALLOWED';
  servicePackageCode: string;
}

/** A selected service that the centre is phasing out. */
export interface DeprecatedServiceIssue extends IssueBase {
  code: 'DEPRECATED_SERVICE';
}

/** Neither a package nor any service is selected: there is nothing to price or submit. */
export interface NothingSelectedIssue extends IssueBase {
  code: 'NOTHING_SELECTED';
  serviceCode: null;
}

/** A rule the configuration breaks (DESIGN pricing rule 4): data for the user, not an exception. */
export type ConfigurationIssue =
  | MissingDependencyIssue
  | ExcludedCombinationIssue
  | MissingVolumeIssue
  | VolumeOutOfRangeIssue
  | AddOnNotAllowedIssue
  | DeprecatedServiceIssue
  | NothingSelectedIssue;

/**
 * The full result of pricing one configuration (GraphQL `PriceQuote` plus explanations). Plain JSON
 * data, to store as a quote snapshot. Treat it as read-only: labels and the slices of filled tiers
 * are frozen objects shared with the compiled catalogue.
 */
export interface PriceBreakdown {
  currency: string;
  catalogueVersion: number;
  /** No issue of severity ERROR. */
  valid: boolean;
  lines: PriceLine[];
  years: YearTotal[];
  totals: PriceTotals;
  issues: ConfigurationIssue[];
  /** The service level that applied (asked for, the package's, or the lowest rank); null when none. */
  serviceLevelCode: string | null;
  servicePackageCode: string | null;
  contractYears: number;
  /** The {@link ENGINE_VERSION} that computed this breakdown. */
  engineVersion: string;
}
