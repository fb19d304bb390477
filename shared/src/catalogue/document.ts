/**
 * The catalogue document: the import/export format of one catalogue version (DESIGN, "The
 * catalogue document"). Decimals are plain decimal strings; `rank`, `fromYear`, `toYear` are
 * integers. Optional fields may be absent; {@link withDefaults} fills them in.
 */

/** Localized text: language code → text, with at least English ("en"). */
export type LocalizedText = Record<string, string>;

export type ServiceKind = 'CORE' | 'ADDON';
export type ServiceStatus = 'ACTIVE' | 'DEPRECATED';
export type PriceModel = 'FLAT' | 'PER_UNIT' | 'GRADUATED' | 'VOLUME';
export type PricePeriod = 'ONE_TIME' | 'MONTHLY' | 'YEARLY';
export type ResponsibleParty = 'CENTRE' | 'CUSTOMER' | 'SHARED';

export const SERVICE_KINDS: readonly ServiceKind[] = ['CORE', 'ADDON'];
export const SERVICE_STATUSES: readonly ServiceStatus[] = ['ACTIVE', 'DEPRECATED'];
export const PRICE_MODELS: readonly PriceModel[] = ['FLAT', 'PER_UNIT', 'GRADUATED', 'VOLUME'];
export const PRICE_PERIODS: readonly PricePeriod[] = ['ONE_TIME', 'MONTHLY', 'YEARLY'];
export const RESPONSIBLE_PARTIES: readonly ResponsibleParty[] = ['CENTRE', 'CUSTOMER', 'SHARED'];

/**
 * What a volume driver counts, in the words every centre shares (DESIGN "Centres side by side"): the
 * price benchmark gives a standard profile's monthly quantity of a measure to the driver that carries it.
 */
export type StandardMeasure =
  'PAYSLIP' | 'EMPLOYEE' | 'INVOICE_IN' | 'INVOICE_OUT' | 'POSTING_LINE' | 'TRAVEL_CLAIM' | 'REFUND_CLAIM';
export const STANDARD_MEASURES: readonly StandardMeasure[] = [
  'PAYSLIP',
  'EMPLOYEE',
  'INVOICE_IN',
  'INVOICE_OUT',
  'POSTING_LINE',
  'TRAVEL_CLAIM',
  'REFUND_CLAIM',
];

/** What a standard profile buys: payroll, accounting or both. */
export type BenchmarkKind = 'PAYROLL' | 'ACCOUNTING' | 'BOTH';
export const BENCHMARK_KINDS: readonly BenchmarkKind[] = ['PAYROLL', 'ACCOUNTING', 'BOTH'];

/** The service package a centre offers per benchmark kind; null or absent: not offered. */
export type BenchmarkPackagesDocument = Partial<Record<BenchmarkKind, string | null>>;

export interface ProviderDocument {
  code: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 4217: the currency of this catalogue version. */
  currency: string;
  /** Default locale of the centre, e.g. "da", "nb", "sv". */
  locale: string;
}

export interface CategoryDocument {
  code: string;
  name: LocalizedText;
}

export interface DriverDocument {
  code: string;
  name: LocalizedText;
  unit: LocalizedText;
  /** True: quantities must be whole numbers. */
  integer: boolean;
  /** What the driver counts in the shared words of the price benchmark; absent: nothing standard. */
  standardMeasure?: StandardMeasure | null;
}

export interface TargetDocument {
  metric: string;
  name: LocalizedText;
  value: string;
  /** WORKING_DAYS, HOURS, PERCENT, DAY_OF_MONTH… */
  unit: string;
  /** The service the target is promised for; absent: the whole package. */
  service?: string | null;
}

export interface ServiceLevelDocument {
  code: string;
  name: LocalizedText;
  /** Unique within a version; the smallest rank is the default level. */
  rank: number;
  surchargePercent: string;
  targets?: TargetDocument[];
}

export interface TierDocument {
  /** Inclusive upper bound; null = no limit (only the last tier). */
  upTo: string | null;
  unitPrice: string;
  flatFee?: string;
}

export interface PriceComponentDocument {
  label: LocalizedText;
  model: PriceModel;
  period: PricePeriod;
  /** Volume driver code; not for FLAT. */
  driver?: string | null;
  /** FLAT only. */
  amount?: string | null;
  /** PER_UNIT only. */
  unitPrice?: string | null;
  /** GRADUATED and VOLUME only. */
  tiers?: TierDocument[] | null;
  minimumCharge?: string | null;
  fromYear?: number;
  toYear?: number | null;
}

export interface LimitDocument {
  driver: string;
  min?: string | null;
  max?: string | null;
}

export interface ResponsibilityDocument {
  task: LocalizedText;
  party: ResponsibleParty;
}

export interface ServiceDocument {
  code: string;
  category: string;
  kind: ServiceKind;
  status?: ServiceStatus;
  name: LocalizedText;
  description?: LocalizedText;
  /** Groups of service codes: from each group at least one must be selected. */
  requires?: string[][];
  /** Codes that may not be selected together with this service (symmetric). */
  excludes?: string[];
  limits?: LimitDocument[];
  priceComponents: PriceComponentDocument[];
  responsibilities?: ResponsibilityDocument[];
}

export interface PackageItemDocument {
  service: string;
  /** Driver code → quantity included in the package price. */
  included?: Record<string, string> | null;
}

export interface ServicePackageDocument {
  code: string;
  name: LocalizedText;
  description?: LocalizedText;
  /** Default service level code. */
  serviceLevel?: string | null;
  discountPercent?: string;
  items: PackageItemDocument[];
  /** null = every ADDON may be added. */
  allowedAddOns?: string[] | null;
}

export interface CatalogueDocument {
  provider: ProviderDocument;
  validFrom?: string | null;
  categories: CategoryDocument[];
  drivers: DriverDocument[];
  serviceLevels: ServiceLevelDocument[];
  services: ServiceDocument[];
  servicePackages: ServicePackageDocument[];
  /** The package the price benchmark prices per kind of standard profile; absent: none offered. */
  benchmarkPackages?: BenchmarkPackagesDocument | null;
}
