/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** UPCOMING before startDate, ACTIVE until endDate, ENDED after it; TERMINATED by the centre. */
export type AgreementStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'TERMINATED'
  | 'UPCOMING';

/** How a term came about. */
export type AgreementTermKind =
  | 'AMENDMENT'
  | 'INITIAL'
  | 'RENEWAL';

/** What a standard profile buys: payroll, accounting or both. */
export type BenchmarkKind =
  | 'ACCOUNTING'
  | 'BOTH'
  | 'PAYROLL';

/** A unit-cost KPI: the centre's total cost of a kind of work divided by the units it handled. */
export type BenchmarkKpi =
  /** Cost per incoming (supplier) invoice. */
  | 'COST_PER_INCOMING_INVOICE'
  /** Cost per outgoing (sales) invoice. */
  | 'COST_PER_OUTGOING_INVOICE'
  /** Cost per payslip. */
  | 'COST_PER_PAYSLIP'
  /** Cost per ledger posting line. */
  | 'COST_PER_POSTING_LINE'
  /** Cost per sick-pay or parental-pay refund claim. */
  | 'COST_PER_REFUND'
  /** Cost per travel or expense claim. */
  | 'COST_PER_TRAVEL_CLAIM';

/** The service package the price benchmark prices per kind of standard profile; a kind left out or null is not offered. */
export type BenchmarkPackagesInput = {
  /** Code of the package for accounting only. */
  ACCOUNTING?: string | null | undefined;
  /** Code of the package for payroll and accounting. */
  BOTH?: string | null | undefined;
  /** Code of the package for payroll only. */
  PAYROLL?: string | null | undefined;
};

/** What changed: the version settings (validFrom, currency) or an item of the catalogue. */
export type CatalogueChangeKind =
  | 'CATEGORY'
  | 'PRICE_COMPONENT'
  | 'SERVICE'
  | 'SERVICE_LEVEL'
  | 'SERVICE_PACKAGE'
  | 'SETTINGS'
  | 'VOLUME_DRIVER';

/** How an item changed between two versions. */
export type CatalogueChangeType =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

/** Settings of a draft catalogue version. A field left out keeps its value. */
export type CatalogueVersionSettingsInput = {
  /** The packages the price benchmark prices; given, it replaces them all; null: none offered. */
  benchmarkPackages?: BenchmarkPackagesInput | null | undefined;
  /** ISO 4217 currency of every price, e.g. "NOK". Prices are kept as written. */
  currency?: string | null | undefined;
  /** First day the version applies (UTC); null removes the date (it must then be given when publishing). */
  validFrom?: string | null | undefined;
};

/** A category of a draft catalogue (created, or replaced when its code exists). */
export type CategoryInput = {
  /** Code, e.g. "PAYROLL": upper-case letters, digits, "-" and "_". */
  code: string;
  /** Name. Localized text: a JSON object language code → text, with at least "en", e.g. {"en": "Payroll", "da": "Løn"}. */
  name: unknown;
};

/** A configuration to price: a service package, extra services, a service level, volumes and a contract length. */
export type ConfigurationInput = {
  /** Number of the catalogue version to price against; default: the version in force today (UTC). Drafts only for the centre's managers. */
  catalogueVersion?: number | null | undefined;
  /** Contract length in years, 1 to 10; default 1. */
  contractYears?: number | null | undefined;
  /** Code of the provider whose catalogue prices the configuration, e.g. "DFO-NO". */
  providerCode: string;
  /** Extra services (add-ons or à la carte), in the order picked. A code also in the package counts once, as a package item. */
  serviceCodes?: Array<string> | null | undefined;
  /** Code of the service level; default: the package's, else the level with the lowest rank. */
  serviceLevelCode?: string | null | undefined;
  /** Code of the service package; none: only the services in serviceCodes. */
  servicePackageCode?: string | null | undefined;
  /** The contract's first day (UTC), 2000-01-01 to ten years after today; default today. Without catalogueVersion the configuration is priced against the version in force on this day (none: BAD_USER_INPUT on startDate, code NO_VERSION_IN_FORCE). */
  startDate?: string | null | undefined;
  /** Quantities of the volume drivers; each driver at most once. */
  volumes?: Array<VolumeInput> | null | undefined;
};

/** A new customer agency. */
export type CreateAgencyInput = {
  /** ISO 3166-1 alpha-2 country: DK, NO, SE, FI or IS. */
  country: string;
  /** Volumes the agency's new configurations start with: each a driver of the provider's catalogue in force today, at most once, with a quantity as in a configuration (a plain decimal string ≥ 0, at most 6 decimals, whole for a driver that counts whole units). BAD_USER_INPUT names the field, e.g. input.defaultVolumes[2].quantity. */
  defaultVolumes?: Array<VolumeInput> | null | undefined;
  /** Name of the agency, 1 to 200 characters. */
  name: string;
  /** Organisation number, checked by the country's check digit (DK CVR, NO organisasjonsnummer, SE organisationsnummer, FI Y-tunnus, IS kennitala); stored in the country's customary form. */
  organisationNumber: string;
  /** Code of the provider that serves the agency. Account managers: their own centre only. */
  providerCode: string;
};

/** A proposal for a new or changed service of a centre. */
export type CreateProposalInput = {
  /** The proposing agency: required for administrators; customers propose for their own agency. */
  agencyId?: string | number | null | undefined;
  /** What is proposed and why, 1 to 5000 characters. */
  description: string;
  /** Code of the centre to propose to; it must serve the proposing agency. */
  providerCode: string;
  /** To propose a change to an existing service: its code in the centre's catalogue in force today (an unknown code is BAD_USER_INPUT). Leave out for a new service. */
  serviceCode?: string | null | undefined;
  /** Title, 1 to 200 characters (surrounding white space is removed). */
  title: string;
};

/** A new user. Account managers need a provider, customers an agency, admins neither. */
export type CreateUserInput = {
  agencyId?: string | null | undefined;
  email: string;
  /** Default "en". */
  locale?: string | null | undefined;
  /** Default true: the user should change the password set here. */
  mustChangePassword?: boolean | null | undefined;
  name: string;
  /** At least 12 characters. */
  password: string;
  providerCode?: string | null | undefined;
  role: Role;
};

/** A quantity of a driver included in the package price. */
export type IncludedInput = {
  /** Code of the volume driver. */
  driver: string;
  /** Quantity included; only what exceeds it is charged. */
  quantity: string;
};

/** Why a centre has no price for a profile. */
export type NotOfferedReason =
  /** The package breaks a rule of its own catalogue with these volumes (issueCodes say which). */
  | 'INVALID_CONFIGURATION'
  /** The package needs drivers without a standard measure, or measures the profile lacks (listed in missingDrivers). */
  | 'MISSING_VOLUMES'
  /** The catalogue names no package for the profile's kind. */
  | 'NO_PACKAGE';

/** One way a service is charged; the fields its model does not use must be left out. */
export type PriceComponentInput = {
  /** FLAT only: the fixed amount. */
  amount?: string | null | undefined;
  /** Code of the volume driver; not for FLAT. */
  driver?: string | null | undefined;
  /** First contract year the component applies to; default 1. */
  fromYear?: number | null | undefined;
  /** Label of the price line, e.g. "Per payslip". Localized text: a JSON object language code → text, with at least "en", e.g. {"en": "Payroll", "da": "Løn"}. */
  label: unknown;
  /** The least the line costs whenever it exists; null: no minimum. */
  minimumCharge?: string | null | undefined;
  /** FLAT, PER_UNIT, GRADUATED or VOLUME. */
  model: string;
  /** ONE_TIME, MONTHLY or YEARLY. */
  period: string;
  /** GRADUATED and VOLUME only: the tiers, ascending, the last without upTo. */
  tiers?: Array<PriceTierInput> | null | undefined;
  /** Last contract year the component applies to; null: no end. */
  toYear?: number | null | undefined;
  /** PER_UNIT only: the price per unit. */
  unitPrice?: string | null | undefined;
};

/** One tier of a GRADUATED or VOLUME price component. */
export type PriceTierInput = {
  /** Fee added once when the tier is used; default "0". */
  flatFee?: string | null | undefined;
  /** Price per unit in the tier. */
  unitPrice: string;
  /** Inclusive upper bound; null only for the last tier (no limit). Strictly ascending. */
  upTo?: string | null | undefined;
};

/** Where a proposal stands. The centre's moves: OPEN → UNDER_REVIEW | DECLINED; UNDER_REVIEW → PLANNED | DECLINED | DONE; PLANNED → DONE | DECLINED. UNDER_REVIEW and PLANNED may be kept to update the response. DECLINED and DONE are final (closed: no more votes or responses). */
export type ProposalStatus =
  /** The centre will not do it (the response says why). Closed. */
  | 'DECLINED'
  /** Done, or already available. Closed. */
  | 'DONE'
  /** New; the centre has not responded yet. Open for votes. */
  | 'OPEN'
  /** The centre plans to do it. Open for votes. */
  | 'PLANNED'
  /** The centre is looking into it. Open for votes. */
  | 'UNDER_REVIEW';

/** The centre's answer to a submitted quote. */
export type QuoteDecision =
  | 'ACCEPT'
  | 'REJECT';

/** DRAFT → SUBMITTED → ACCEPTED | REJECTED, or WITHDRAWN from DRAFT or SUBMITTED. */
export type QuoteStatus =
  /** Accepted by the centre. */
  | 'ACCEPTED'
  /** Being prepared by the agency; can be edited, submitted, withdrawn. */
  | 'DRAFT'
  /** Rejected by the centre, with a reason. */
  | 'REJECTED'
  /** Sent to the centre for a decision. */
  | 'SUBMITTED'
  /** Withdrawn by the agency, or replaced by a newer revision. */
  | 'WITHDRAWN';

/** A new benchmark figure. A provider has at most one figure per year and KPI: another one is refused with BAD_USER_INPUT on input.year (extensions.reason DUPLICATE); change the existing figure instead. */
export type RecordBenchmarkFigureInput = {
  /** ISO 4217 currency: may be left out, and when given must be the provider's currency (that of its catalogue in force, else its country's), else BAD_USER_INPUT on input.currency. */
  currency?: string | null | undefined;
  /** What the figure measures. */
  kpi: BenchmarkKpi;
  /** Code of the provider the figure is for. Account managers: their own centre only. */
  providerCode: string;
  /** Where the figure was published, 1 to 500 characters, e.g. "DFØ annual report 2024". */
  source: string;
  /** The unit cost as a decimal string greater than 0 with at most 6 decimals, e.g. "14" or "0.2". A JSON number is refused. */
  value: string;
  /** The calendar year the figure is for, from 2000 to next year. */
  year: number;
};

/** A new exchange rate. One rate per direction and day: another is BAD_USER_INPUT on input.date (extensions.reason DUPLICATE). */
export type RecordExchangeRateInput = {
  /** The day the rate is for. */
  date: string;
  /** Currency converted from. ISO 4217 code the catalogue knows: DKK, NOK, SEK, EUR, ISK, GBP, USD or CHF. */
  from: string;
  /** How many `to` one `from` is worth: a decimal string greater than 0 with at most 10 decimals and 8 digits before the point, e.g. "0.0862". A JSON number is refused. */
  rate: string;
  /** Where the rate comes from, 1 to 500 characters, e.g. "Norges Bank, 2026-12-01". */
  source: string;
  /** Currency converted into. ISO 4217 code the catalogue knows: DKK, NOK, SEK, EUR, ISK, GBP, USD or CHF. */
  to: string;
};

/** One row of the division of labour. */
export type ResponsibilityInput = {
  /** CENTRE, CUSTOMER or SHARED. */
  party: string;
  /** The task. Localized text: a JSON object language code → text, with at least "en", e.g. {"en": "Payroll", "da": "Løn"}. */
  task: unknown;
};

/** What a signed-in user may do (DESIGN, "Who may do what"). */
export type Role =
  /** Works for a provider: maintains its catalogue and decides its customers' quotes. */
  | 'ACCOUNT_MANAGER'
  /** Administers users, providers and agencies; may do everything. */
  | 'ADMIN'
  /** Works for a customer agency: configures, saves and submits quotes. */
  | 'CUSTOMER';

/** A configuration to keep as a quote of an agency. */
export type SaveQuoteInput = {
  /** The agency the quote is for: required for administrators; customers save for their own agency. */
  agencyId?: string | number | null | undefined;
  /** The configuration; its provider must be the agency's. Priced against the version it names, else the one in force today. */
  configuration: ConfigurationInput;
  /** A name for the quote, 1 to 200 characters. */
  name: string;
};

/** A service of a draft catalogue with everything in it (created, or replaced whole when its code exists). */
export type ServiceInput = {
  /** Code of the category. */
  category: string;
  /** Code, stable across versions, e.g. "PAY-RUN". */
  code: string;
  /** Description; default none. Localized text: a JSON object language code → text, with at least "en", e.g. {"en": "Payroll", "da": "Løn"}. */
  description?: unknown;
  /** Services that may not be selected with this one (symmetric). Default none. */
  excludes?: Array<string> | null | undefined;
  /** CORE or ADDON. */
  kind: string;
  /** Allowed quantities per driver. Default none. */
  limits?: Array<ServiceLimitInput> | null | undefined;
  /** Name. Localized text: a JSON object language code → text, with at least "en", e.g. {"en": "Payroll", "da": "Løn"}. */
  name: unknown;
  /** The price components, in display order. */
  priceComponents: Array<PriceComponentInput>;
  /** Requirement groups: from each group at least one service must be selected. Default none. */
  requires?: Array<Array<string>> | null | undefined;
  /** Who does what. Default none. */
  responsibilities?: Array<ResponsibilityInput> | null | undefined;
  /** ACTIVE or DEPRECATED; default ACTIVE. */
  status?: string | null | undefined;
};

/** A service level of a draft catalogue (created, or replaced when its code exists). */
export type ServiceLevelInput = {
  /** Code, e.g. "STANDARD". */
  code: string;
  /** Name. Localized text: a JSON object language code → text, with at least "en", e.g. {"en": "Payroll", "da": "Løn"}. */
  name: unknown;
  /** Order of the levels, unique within the version; the smallest is the default. */
  rank: number;
  /** Surcharge in percent on the recurring charges, e.g. "8". */
  surchargePercent: string;
  /** The promises; default none. */
  targets?: Array<ServiceLevelTargetInput> | null | undefined;
};

/** A promise of a service level. */
export type ServiceLevelTargetInput = {
  /** What is measured, e.g. "INVOICE_POSTING". */
  metric: string;
  /** What is promised, in words. Localized text: a JSON object language code → text, with at least "en", e.g. {"en": "Payroll", "da": "Løn"}. */
  name: unknown;
  /** Code of the service the target is promised for; null: the whole package. */
  service?: string | null | undefined;
  /** WORKING_DAYS, HOURS, PERCENT, DAY_OF_MONTH… */
  unit: string;
  /** The promised value, in `unit`. */
  value: string;
};

/** The allowed quantities of one driver for a service (inclusive). */
export type ServiceLimitInput = {
  /** Code of the volume driver. */
  driver: string;
  /** Largest allowed quantity; null: no maximum. */
  max?: string | null | undefined;
  /** Smallest allowed quantity; null: no minimum. */
  min?: string | null | undefined;
};

/** A service package of a draft catalogue with its items (created, or replaced whole when its code exists). */
export type ServicePackageInput = {
  /** Add-ons allowed with the package; null (the default): every ADDON. */
  allowedAddOns?: Array<string> | null | undefined;
  /** Code, e.g. "BASIS". */
  code: string;
  /** Description; default none. Localized text: a JSON object language code → text, with at least "en", e.g. {"en": "Payroll", "da": "Løn"}. */
  description?: unknown;
  /** Discount in percent on the recurring charges of the items; default "0". */
  discountPercent?: string | null | undefined;
  /** The services of the package. */
  items: Array<ServicePackageItemInput>;
  /** Name. Localized text: a JSON object language code → text, with at least "en", e.g. {"en": "Payroll", "da": "Løn"}. */
  name: unknown;
  /** Code of the default service level; null: none. */
  serviceLevel?: string | null | undefined;
};

/** A service in a service package. */
export type ServicePackageItemInput = {
  /** Quantities included in the package price, each driver once. Default none. */
  included?: Array<IncludedInput> | null | undefined;
  /** Code of the service. */
  service: string;
};

/** A measured value of one service-level target in one month. */
export type ServiceResultInput = {
  metric: string;
  /** The month, "2027-03". */
  month: string;
  /** The service the target is promised for; none: the whole package. */
  serviceCode?: string | null | undefined;
  value: string;
};

/** What a volume counts, in the words every centre shares (DESIGN "Centres side by side"). */
export type StandardMeasure =
  | 'EMPLOYEE'
  | 'INVOICE_IN'
  | 'INVOICE_OUT'
  | 'PAYSLIP'
  | 'POSTING_LINE'
  | 'REFUND_CLAIM'
  | 'TRAVEL_CLAIM';

/** What an agency buys, in monthly quantities per standard measure; each measure at most once. */
export type StandardProfileInput = {
  /** Payroll, accounting or both: picks each centre's package. */
  kind: BenchmarkKind;
  /** At most one volume per standard measure. */
  volumes: Array<StandardVolumeInput>;
};

/** A monthly quantity of one standard measure. */
export type StandardVolumeInput = {
  /** What is counted. */
  measure: StandardMeasure;
  /** How many a month, a whole number as a decimal string, e.g. "540". A page asking in yearly figures divides by 12 and rounds before sending. */
  quantity: string;
};

/** Changes to an agency; fields left out (or null) stay as they are. */
export type UpdateAgencyInput = {
  /** ISO 3166-1 alpha-2 country: DK, NO, SE, FI or IS. The organisation number is checked again by it. */
  country?: string | null | undefined;
  /** Replaces the default volumes (the rules of CreateAgencyInput.defaultVolumes); [] removes them. Volumes kept as they are, and not moved to another provider, are not checked again. */
  defaultVolumes?: Array<VolumeInput> | null | undefined;
  /** Name of the agency, 1 to 200 characters. */
  name?: string | null | undefined;
  /** Organisation number, checked by the country's check digit. */
  organisationNumber?: string | null | undefined;
  /** Code of the provider that serves the agency. Account managers cannot move an agency to another centre. */
  providerCode?: string | null | undefined;
};

/** Changes to a benchmark figure; fields left out (or null) stay as they are. The provider never changes. A provider has at most one figure per year and KPI: another one is refused with BAD_USER_INPUT on input.year (extensions.reason DUPLICATE); change the existing figure instead. */
export type UpdateBenchmarkFigureInput = {
  /** ISO 4217 currency: may be left out, and when given must be the provider's currency (that of its catalogue in force, else its country's), else BAD_USER_INPUT on input.currency. */
  currency?: string | null | undefined;
  /** What the figure measures. */
  kpi?: BenchmarkKpi | null | undefined;
  /** Where the figure was published, 1 to 500 characters, e.g. "DFØ annual report 2024". */
  source?: string | null | undefined;
  /** The unit cost as a decimal string greater than 0 with at most 6 decimals, e.g. "14" or "0.2". A JSON number is refused. */
  value?: string | null | undefined;
  /** The calendar year the figure is for, from 2000 to next year. */
  year?: number | null | undefined;
};

/** Changes to an exchange rate; fields left out (or null) stay as they are. One rate per direction and day: another is BAD_USER_INPUT on input.date (extensions.reason DUPLICATE). */
export type UpdateExchangeRateInput = {
  /** The day the rate is for. */
  date?: string | null | undefined;
  /** Currency converted from. ISO 4217 code the catalogue knows: DKK, NOK, SEK, EUR, ISK, GBP, USD or CHF. */
  from?: string | null | undefined;
  /** How many `to` one `from` is worth: a decimal string greater than 0 with at most 10 decimals and 8 digits before the point, e.g. "0.0862". A JSON number is refused. */
  rate?: string | null | undefined;
  /** Where the rate comes from, 1 to 500 characters, e.g. "Norges Bank, 2026-12-01". */
  source?: string | null | undefined;
  /** Currency converted into. ISO 4217 code the catalogue knows: DKK, NOK, SEK, EUR, ISK, GBP, USD or CHF. */
  to?: string | null | undefined;
};

/** Changes to a user. A field left out keeps its value; providerCode and agencyId are cleared with null. The result must fit the role: account managers need a provider, customers an agency, admins neither. */
export type UpdateUserInput = {
  /** Customers: id of their agency; null clears it. */
  agencyId?: string | null | undefined;
  /** Preferred language, e.g. "da". */
  locale?: string | null | undefined;
  name?: string | null | undefined;
  /** Account managers: code of their provider; null clears it. */
  providerCode?: string | null | undefined;
  role?: Role | null | undefined;
};

/** A volume driver of a draft catalogue (created, or replaced when its code exists). */
export type VolumeDriverInput = {
  /** Code, e.g. "PAYSLIPS". */
  code: string;
  /** True: quantities must be whole numbers. */
  integer: boolean;
  /** Name, e.g. "Payslips per month". Localized text: a JSON object language code → text, with at least "en", e.g. {"en": "Payroll", "da": "Løn"}. */
  name: unknown;
  /** What the driver counts for the price benchmark: PAYSLIP, EMPLOYEE, INVOICE_IN, INVOICE_OUT, POSTING_LINE, TRAVEL_CLAIM or REFUND_CLAIM; null (the default): nothing standard. */
  standardMeasure?: string | null | undefined;
  /** Unit label, e.g. "payslip". Localized text: a JSON object language code → text, with at least "en", e.g. {"en": "Payroll", "da": "Løn"}. */
  unit: unknown;
};

/** An actual monthly volume of one driver. */
export type VolumeEntryInput = {
  driverCode: string;
  /** The month, "2027-03". */
  month: string;
  quantity: string;
};

/** A quantity of one volume driver, e.g. 600 payslips per month. */
export type VolumeInput = {
  /** Code of the volume driver, e.g. "PAYSLIPS". */
  driverCode: string;
  /** The quantity as a decimal string ("600", "7.5"): not negative, at most 6 decimals, whole for drivers that count whole units. A JSON number is refused. */
  quantity: string;
};

export type ManagerAgenciesQueryVariables = Exact<{
  providerCode?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ManagerAgenciesQuery = { agencies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, organisationNumber: string, country: string, providerCode: string } }> } };

export type ManagerAgencyQueryVariables = Exact<{
  id: string | number;
}>;


export type ManagerAgencyQuery = { agency: { id: string, name: string, organisationNumber: string, country: string, providerCode: string, version: number, defaultVolumes: Array<{ driverCode: string, quantity: string }> } | null };

export type ManagerAgencyDriversQueryVariables = Exact<{
  providerCode: string;
}>;


export type ManagerAgencyDriversQuery = { catalogue: { number: number, drivers: Array<{ code: string, nameTranslations: unknown, unitTranslations: unknown, integer: boolean }> } | null };

export type ManagerCreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type ManagerCreateAgencyMutation = { createAgency: { id: string, name: string, version: number } };

export type ManagerUpdateAgencyMutationVariables = Exact<{
  id: string | number;
  input: UpdateAgencyInput;
  expectedVersion: number;
}>;


export type ManagerUpdateAgencyMutation = { updateAgency: { id: string, version: number } };

export type ManagerAgreementsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: AgreementStatus | null | undefined;
  agencyId?: string | number | null | undefined;
  endingBefore?: string | null | undefined;
}>;


export type ManagerAgreementsQuery = { agreements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string, status: AgreementStatus, providerCode: string, startDate: string, endDate: string, agency: { id: string, name: string }, current: { price: { currency: string, totals: { monthly: string } } } } }> } };

export type ManagerAgreementQueryVariables = Exact<{
  id: string | number;
}>;


export type ManagerAgreementQuery = { agreement: { id: string, reference: string, status: AgreementStatus, providerCode: string, startDate: string, endDate: string, version: number, terminationReason: string | null, agency: { id: string, name: string }, current: { catalogueVersion: number, configuration: unknown, price: { serviceLevelCode: string | null } }, terms: Array<{ kind: AgreementTermKind, startDate: string, endDate: string, catalogueVersion: number, price: { currency: string, contractYears: number, totals: { monthly: string }, years: Array<{ year: number, oneTime: string, recurring: string, total: string }> } }> } | null };

export type ManagerAgreementUsageQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type ManagerAgreementUsageQuery = { agreement: { id: string, version: number, trueUp: string, usage: Array<{ month: string, actualAmount: string | null, forecastAmount: string, engineVersion: string, lines: Array<{ driverCode: string, forecast: string, actual: string | null }> }>, serviceResults: Array<{ month: string, metric: string, serviceCode: string | null, target: string, value: string, met: boolean }> } | null };

export type ManagerTerminateAgreementMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  endDate: string;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;


export type ManagerTerminateAgreementMutation = { terminateAgreement: { id: string, status: AgreementStatus, endDate: string, version: number, terminationReason: string | null } };

export type ManagerRecordVolumesMutationVariables = Exact<{
  agreementId: string | number;
  expectedVersion: number;
  entries: Array<VolumeEntryInput> | VolumeEntryInput;
  idempotencyKey?: string | null | undefined;
}>;


export type ManagerRecordVolumesMutation = { recordVolumes: { id: string, version: number } };

export type ManagerRecordServiceResultsMutationVariables = Exact<{
  agreementId: string | number;
  expectedVersion: number;
  entries: Array<ServiceResultInput> | ServiceResultInput;
  idempotencyKey?: string | null | undefined;
}>;


export type ManagerRecordServiceResultsMutation = { recordServiceResults: { id: string, version: number } };

export type ManagerTermCatalogueQueryVariables = Exact<{
  providerCode: string;
  version: number;
}>;


export type ManagerTermCatalogueQuery = { catalogue: { id: string, drivers: Array<{ code: string, integer: boolean, nameTranslations: unknown }>, serviceLevels: Array<{ code: string, targets: Array<{ metric: string, serviceCode: string | null, nameTranslations: unknown, value: string, unit: string }> }> } | null };

export type ManagerAgreementAgenciesQueryVariables = Exact<{
  first: number;
}>;


export type ManagerAgreementAgenciesQuery = { agencies: { edges: Array<{ node: { id: string, name: string } }> } };

export type ManagerAgreementChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ManagerAgreementChangedSubscription = { agreementChanged: { id: string, version: number, status: AgreementStatus } };

export type MyAgreementsQueryVariables = Exact<{
  first: number;
}>;


export type MyAgreementsQuery = { agreements: { totalCount: number, edges: Array<{ node: { id: string, reference: string, status: AgreementStatus, startDate: string, endDate: string, current: { price: { currency: string, totals: { monthly: string } } } } }> } };

export type AgreementDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AgreementDetailQuery = { agreement: { id: string, reference: string, status: AgreementStatus, providerCode: string, startDate: string, endDate: string, terminationReason: string | null, agency: { id: string, name: string }, terms: Array<{ kind: AgreementTermKind, startDate: string, endDate: string, catalogueVersion: number, price: { currency: string, contractYears: number, upcomingChange: { catalogueVersion: number, validFrom: string } | null, totals: { monthly: string }, years: Array<{ year: number, oneTime: string, recurring: string, total: string }> } }> } | null };

export type ManagerAuditQueryVariables = Exact<{
  entity?: string | null | undefined;
  actorEmail?: string | null | undefined;
  providerCode?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ManagerAuditQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, action: string, entity: string, entityId: string, entityName: string | null, actorEmail: string, providerCode: string | null, before: unknown, after: unknown } }> } };

export type BenchmarkFiguresQueryVariables = Exact<{
  providerCode?: string | null | undefined;
  kpi?: BenchmarkKpi | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BenchmarkFiguresQuery = { benchmarkFigures: { totalCount: number, edges: Array<{ node: { id: string, providerCode: string, year: number, kpi: BenchmarkKpi, value: string, currency: string, source: string, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BenchmarkCentresQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchmarkCentresQuery = { providers: Array<{ code: string, name: string, locale: string, versions: Array<{ number: number, status: string, currency: string, inForce: boolean }> }> };

export type RecordBenchmarkFigureMutationVariables = Exact<{
  input: RecordBenchmarkFigureInput;
}>;


export type RecordBenchmarkFigureMutation = { recordBenchmarkFigure: { id: string, version: number } };

export type UpdateBenchmarkFigureMutationVariables = Exact<{
  id: string | number;
  input: UpdateBenchmarkFigureInput;
  expectedVersion: number;
}>;


export type UpdateBenchmarkFigureMutation = { updateBenchmarkFigure: { id: string, version: number } };

export type DeleteBenchmarkFigureMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type DeleteBenchmarkFigureMutation = { deleteBenchmarkFigure: boolean };

export type ManagerDiffQueryVariables = Exact<{
  providerCode: string;
  from: number;
  to: number;
}>;


export type ManagerDiffQuery = { catalogueDiff: { from: number, to: number, changes: Array<{ kind: CatalogueChangeKind, change: CatalogueChangeType, code: string, name: string | null, path: string, before: unknown, after: unknown, fields: Array<{ field: string, before: unknown, after: unknown }> }> }, before: { currency: string, drivers: Array<{ code: string, unit: string }>, services: Array<{ code: string, name: string }> } | null, after: { currency: string, drivers: Array<{ code: string, unit: string }>, services: Array<{ code: string, name: string }> } | null };

export type ManagerUpsertServiceMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: ServiceInput;
}>;


export type ManagerUpsertServiceMutation = { upsertService: { version: number } };

export type ManagerUpsertServiceLevelMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: ServiceLevelInput;
}>;


export type ManagerUpsertServiceLevelMutation = { upsertServiceLevel: { version: number } };

export type ManagerUpsertServicePackageMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: ServicePackageInput;
}>;


export type ManagerUpsertServicePackageMutation = { upsertServicePackage: { version: number } };

export type ManagerUpsertCategoryMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: CategoryInput;
}>;


export type ManagerUpsertCategoryMutation = { upsertCategory: { version: number } };

export type ManagerUpsertVolumeDriverMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: VolumeDriverInput;
}>;


export type ManagerUpsertVolumeDriverMutation = { upsertVolumeDriver: { version: number } };

export type ManagerUpdateSettingsMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: CatalogueVersionSettingsInput;
}>;


export type ManagerUpdateSettingsMutation = { updateCatalogueVersionSettings: { version: number } };

export type ManagerRemoveServiceMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  code: string;
}>;


export type ManagerRemoveServiceMutation = { removeService: { version: number } };

export type ManagerRemoveServiceLevelMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  code: string;
}>;


export type ManagerRemoveServiceLevelMutation = { removeServiceLevel: { version: number } };

export type ManagerRemoveServicePackageMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  code: string;
}>;


export type ManagerRemoveServicePackageMutation = { removeServicePackage: { version: number } };

export type ManagerRemoveCategoryMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  code: string;
}>;


export type ManagerRemoveCategoryMutation = { removeCategory: { version: number } };

export type ManagerRemoveVolumeDriverMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  code: string;
}>;


export type ManagerRemoveVolumeDriverMutation = { removeVolumeDriver: { version: number } };

export type ManagerDraftQueryVariables = Exact<{
  providerCode: string;
  version: number;
}>;


export type ManagerDraftQuery = { exportCatalogue: unknown, catalogue: { id: string, number: number, status: string, version: number, validFrom: string | null, currency: string } | null };

type DraftPricedFields_AgreementImpact_Fragment = { draftCurrency: string, firstYearAfter: string | null, firstYearDifference: string | null, contractTotalAfter: string | null, contractTotalDifference: string | null, validAfter: boolean | null, problem: string | null, problems: Array<{ field: string, code: string, params: unknown, message: string }> };

type DraftPricedFields_QuoteImpact_Fragment = { draftCurrency: string, firstYearAfter: string | null, firstYearDifference: string | null, contractTotalAfter: string | null, contractTotalDifference: string | null, validAfter: boolean | null, problem: string | null, problems: Array<{ field: string, code: string, params: unknown, message: string }> };

export type DraftPricedFieldsFragment =
  | DraftPricedFields_AgreementImpact_Fragment
  | DraftPricedFields_QuoteImpact_Fragment
;

export type ManagerImpactQueryVariables = Exact<{
  providerCode: string;
}>;


export type ManagerImpactQuery = { draftImpact: Array<{ quoteId: string, reference: string, revision: number, name: string, agencyName: string, status: string, catalogueVersion: number, currency: string, firstYearBefore: string, contractTotalBefore: string, draftCurrency: string, firstYearAfter: string | null, firstYearDifference: string | null, contractTotalAfter: string | null, contractTotalDifference: string | null, validAfter: boolean | null, problem: string | null, problems: Array<{ field: string, code: string, params: unknown, message: string }> }> };

export type ManagerAgreementImpactQueryVariables = Exact<{
  providerCode: string;
}>;


export type ManagerAgreementImpactQuery = { draftAgreementImpact: Array<{ agreementId: string, reference: string, agencyName: string, renewalDate: string, contractYears: number, catalogueVersion: number | null, currency: string, firstYearBefore: string | null, contractTotalBefore: string | null, draftCurrency: string, firstYearAfter: string | null, firstYearDifference: string | null, contractTotalAfter: string | null, contractTotalDifference: string | null, validAfter: boolean | null, problem: string | null, problems: Array<{ field: string, code: string, params: unknown, message: string }> }> };

export type ManagerValidateCatalogueQueryVariables = Exact<{
  document: unknown;
}>;


export type ManagerValidateCatalogueQuery = { validateCatalogue: Array<{ path: string, code: string, params: unknown, message: string }> };

export type ManagerImportCatalogueMutationVariables = Exact<{
  document: unknown;
  replaceDraft?: boolean | null | undefined;
}>;


export type ManagerImportCatalogueMutation = { importCatalogue: { id: string, number: number, provider: { code: string } } };

export type ManagerCreateDraftMutationVariables = Exact<{
  providerCode: string;
}>;


export type ManagerCreateDraftMutation = { createDraft: { id: string, number: number, version: number } };

export type ManagerDiscardDraftMutationVariables = Exact<{
  id: string | number;
}>;


export type ManagerDiscardDraftMutation = { discardDraft: boolean };

export type ManagerPublishMutationVariables = Exact<{
  id: string | number;
  validFrom?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type ManagerPublishMutation = { publishCatalogueVersion: { id: string, number: number, status: string, validFrom: string | null } };

export type ManagerExportQueryVariables = Exact<{
  providerCode: string;
  version?: number | null | undefined;
}>;


export type ManagerExportQuery = { exportCatalogue: unknown };

export type CatalogueBrowserQueryVariables = Exact<{
  providerCode: string;
  version?: number | null | undefined;
}>;


export type CatalogueBrowserQuery = { catalogue: { id: string, number: number, status: string, validFrom: string | null, currency: string, inForce: boolean, provider: { code: string, name: string, country: string, locale: string }, categories: Array<{ code: string, nameTranslations: unknown }>, drivers: Array<{ code: string, nameTranslations: unknown, unitTranslations: unknown, integer: boolean, standardMeasure: string | null }>, serviceLevels: Array<{ code: string, nameTranslations: unknown, rank: number, surchargePercent: string, targets: Array<{ metric: string, nameTranslations: unknown, value: string, unit: string, serviceCode: string | null }> }>, services: Array<{ code: string, nameTranslations: unknown, descriptionTranslations: unknown, kind: string, status: string, category: string, requires: Array<Array<string>>, excludes: Array<string>, limits: Array<{ driverCode: string, min: string | null, max: string | null }>, priceComponents: Array<{ labelTranslations: unknown, model: string, period: string, driverCode: string | null, amount: string | null, unitPrice: string | null, minimumCharge: string | null, fromYear: number, toYear: number | null, tiers: Array<{ upTo: string | null, unitPrice: string, flatFee: string }> }>, responsibilities: Array<{ taskTranslations: unknown, party: string }> }>, servicePackages: Array<{ code: string, nameTranslations: unknown, descriptionTranslations: unknown, serviceLevelCode: string | null, discountPercent: string, allowedAddOns: Array<string> | null, items: Array<{ serviceCode: string, included: Array<{ driverCode: string, quantity: string }> }> }> } | null };

export type CompareCentresQueryVariables = Exact<{ [key: string]: never; }>;


export type CompareCentresQuery = { providers: Array<{ code: string, name: string }> };

export type ExchangeRatesInUseQueryVariables = Exact<{
  from: Array<string> | string;
  to: string;
}>;


export type ExchangeRatesInUseQuery = { exchangeRatesInUse: Array<{ id: string | null, from: string, to: string, rate: string, date: string | null, source: string | null }> };

export type PriceBenchmarkQueryVariables = Exact<{
  profile: StandardProfileInput;
  currency: string;
  at?: string | null | undefined;
}>;


export type PriceBenchmarkQuery = { priceBenchmark: Array<{ providerCode: string, providerName: string, catalogueVersion: number, currency: string, offered: boolean, notOfferedReason: NotOfferedReason | null, missingDrivers: Array<string>, issueCodes: Array<string>, servicePackageCode: string | null, total: string | null, pricePerPayslip: string | null, rateMissing: boolean, converted: { currency: string, total: string, pricePerPayslip: string | null, rate: { id: string | null, from: string, to: string, rate: string, date: string | null, source: string | null } } | null }> };

export type ExchangeRatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExchangeRatesQuery = { exchangeRates: { edges: Array<{ node: { id: string, date: string, from: string, to: string, rate: string, source: string, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RecordExchangeRateMutationVariables = Exact<{
  input: RecordExchangeRateInput;
}>;


export type RecordExchangeRateMutation = { recordExchangeRate: { id: string, version: number } };

export type UpdateExchangeRateMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: UpdateExchangeRateInput;
}>;


export type UpdateExchangeRateMutation = { updateExchangeRate: { id: string, version: number } };

export type DeleteExchangeRateMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type DeleteExchangeRateMutation = { deleteExchangeRate: boolean };

export type ProposalFieldsFragment = { id: string, providerCode: string, agencyName: string, title: string, description: string, serviceCode: string | null, status: ProposalStatus, nextStatuses: Array<ProposalStatus>, response: string | null, respondedAt: string | null, respondedByName: string | null, voteCount: number, myAgencyVoted: boolean, createdAt: string, version: number };

export type ProposalsQueryVariables = Exact<{
  providerCode?: string | null | undefined;
  status?: ProposalStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProposalsQuery = { proposals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, providerCode: string, agencyName: string, title: string, description: string, serviceCode: string | null, status: ProposalStatus, nextStatuses: Array<ProposalStatus>, response: string | null, respondedAt: string | null, respondedByName: string | null, voteCount: number, myAgencyVoted: boolean, createdAt: string, version: number } }> } };

export type ProposalCentreQueryVariables = Exact<{
  providerCode: string;
}>;


export type ProposalCentreQuery = { providers: Array<{ code: string, name: string, locale: string }>, catalogue: { services: Array<{ code: string, nameTranslations: unknown }> } | null, me: { id: string, role: Role, providerCode: string | null, agency: { id: string, providerCode: string } | null } | null };

export type CreateProposalMutationVariables = Exact<{
  input: CreateProposalInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateProposalMutation = { createProposal: { id: string, providerCode: string, agencyName: string, title: string, description: string, serviceCode: string | null, status: ProposalStatus, nextStatuses: Array<ProposalStatus>, response: string | null, respondedAt: string | null, respondedByName: string | null, voteCount: number, myAgencyVoted: boolean, createdAt: string, version: number } };

export type VoteForProposalMutationVariables = Exact<{
  id: string | number;
  idempotencyKey?: string | null | undefined;
}>;


export type VoteForProposalMutation = { voteForProposal: { id: string, providerCode: string, agencyName: string, title: string, description: string, serviceCode: string | null, status: ProposalStatus, nextStatuses: Array<ProposalStatus>, response: string | null, respondedAt: string | null, respondedByName: string | null, voteCount: number, myAgencyVoted: boolean, createdAt: string, version: number } };

export type WithdrawVoteMutationVariables = Exact<{
  id: string | number;
  idempotencyKey?: string | null | undefined;
}>;


export type WithdrawVoteMutation = { withdrawVote: { id: string, providerCode: string, agencyName: string, title: string, description: string, serviceCode: string | null, status: ProposalStatus, nextStatuses: Array<ProposalStatus>, response: string | null, respondedAt: string | null, respondedByName: string | null, voteCount: number, myAgencyVoted: boolean, createdAt: string, version: number } };

export type RespondToProposalMutationVariables = Exact<{
  id: string | number;
  status: ProposalStatus;
  response: string;
  expectedVersion: number;
}>;


export type RespondToProposalMutation = { respondToProposal: { id: string, providerCode: string, agencyName: string, title: string, description: string, serviceCode: string | null, status: ProposalStatus, nextStatuses: Array<ProposalStatus>, response: string | null, respondedAt: string | null, respondedByName: string | null, voteCount: number, myAgencyVoted: boolean, createdAt: string, version: number } };

export type ProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersQuery = { providers: Array<{ code: string, name: string, country: string, locale: string, versions: Array<{ number: number, status: string, validFrom: string | null, currency: string, inForce: boolean, superseded: boolean }> }> };

export type ManagerInboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: QuoteStatus | null | undefined;
  agencyId?: string | number | null | undefined;
}>;


export type ManagerInboxQuery = { quotes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayReference: string, name: string, status: QuoteStatus, providerCode: string, submittedAt: string | null, validUntil: string, expired: boolean, agency: { id: string, name: string }, price: { currency: string, totals: { firstYear: string, contractTotal: string } } } }> } };

export type ManagerDecideQuoteMutationVariables = Exact<{
  id: string | number;
  decision: QuoteDecision;
  comment?: string | null | undefined;
  expectedVersion: number;
  idempotencyKey?: string | null | undefined;
}>;


export type ManagerDecideQuoteMutation = { decideQuote: { id: string, status: QuoteStatus, version: number } };

export type ManagerInboxChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ManagerInboxChangedSubscription = { quoteInboxChanged: { id: string, status: QuoteStatus } };

export type ManagerQuoteChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ManagerQuoteChangedSubscription = { quoteChanged: { id: string, status: QuoteStatus, version: number } };

export type InboxAgenciesQueryVariables = Exact<{
  first: number;
}>;


export type InboxAgenciesQuery = { agencies: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type AgenciesToQuoteForQueryVariables = Exact<{
  providerCode: string;
  first: number;
}>;


export type AgenciesToQuoteForQuery = { agencies: { totalCount: number, edges: Array<{ node: { id: string, name: string, organisationNumber: string } }> } };

export type UserAgencyChoicesQueryVariables = Exact<{
  first: number;
}>;


export type UserAgencyChoicesQuery = { agencies: { totalCount: number, edges: Array<{ node: { id: string, name: string, providerCode: string } }> } };

export type ManagedUserFieldsFragment = { id: string, email: string, name: string, role: Role, providerCode: string | null, locale: string, active: boolean, mustChangePassword: boolean, version: number, agency: { id: string, name: string } | null };

export type ManagerUsersQueryVariables = Exact<{
  role?: Role | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ManagerUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, email: string, name: string, role: Role, providerCode: string | null, locale: string, active: boolean, mustChangePassword: boolean, version: number, agency: { id: string, name: string } | null } }> } };

export type ManagerUserQueryVariables = Exact<{
  id: string | number;
}>;


export type ManagerUserQuery = { user: { id: string, email: string, name: string, role: Role, providerCode: string | null, locale: string, active: boolean, mustChangePassword: boolean, version: number, agency: { id: string, name: string } | null } | null };

export type ManagerCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type ManagerCreateUserMutation = { createUser: { id: string, version: number } };

export type ManagerUpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
  expectedVersion: number;
}>;


export type ManagerUpdateUserMutation = { updateUser: { id: string, version: number } };

export type ManagerDeactivateUserMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ManagerDeactivateUserMutation = { deactivateUser: { id: string, active: boolean, version: number } };

export type ManagerReactivateUserMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ManagerReactivateUserMutation = { reactivateUser: { id: string, active: boolean, version: number } };

export type ManagerSetOneTimePasswordMutationVariables = Exact<{
  userId: string | number;
  password: string;
  expectedVersion: number;
}>;


export type ManagerSetOneTimePasswordMutation = { setOneTimePassword: { id: string, mustChangePassword: boolean, version: number } };

export type ManagerClearSignInLockMutationVariables = Exact<{
  email: string;
}>;


export type ManagerClearSignInLockMutation = { clearSignInLock: boolean };

export type CatalogueVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueVersionsQuery = { providers: Array<{ code: string, versions: Array<{ number: number, status: string, validFrom: string | null, inForce: boolean, superseded: boolean }> }> };

export type ConfiguratorAgencyDefaultsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfiguratorAgencyDefaultsQuery = { me: { role: Role, agency: { id: string, name: string, providerCode: string, defaultVolumes: Array<{ driverCode: string, quantity: string }> } | null } | null };

export type ConfigurationCatalogueQueryVariables = Exact<{
  providerCode: string;
  version?: number | null | undefined;
}>;


export type ConfigurationCatalogueQuery = { catalogue: { number: number, validFrom: string | null, currency: string, provider: { code: string, name: string }, categories: Array<{ code: string, nameTranslations: unknown }>, drivers: Array<{ code: string, nameTranslations: unknown, unitTranslations: unknown, integer: boolean }>, serviceLevels: Array<{ code: string, nameTranslations: unknown, rank: number, surchargePercent: string, targets: Array<{ metric: string, nameTranslations: unknown, value: string, unit: string, serviceCode: string | null }> }>, services: Array<{ code: string, nameTranslations: unknown, kind: string, status: string, category: string }>, servicePackages: Array<{ code: string, nameTranslations: unknown, descriptionTranslations: unknown, serviceLevelCode: string | null, discountPercent: string, allowedAddOns: Array<string> | null, items: Array<{ serviceCode: string, included: Array<{ driverCode: string, quantity: string }> }> }> } | null };

export type ManagerVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagerVersionsQuery = { providers: Array<{ code: string, name: string, country: string, locale: string, versions: Array<{ id: string, number: number, status: string, validFrom: string | null, inForce: boolean, superseded: boolean, currency: string }> }> };

export type PriceConfigurationQueryVariables = Exact<{
  input: ConfigurationInput;
}>;


export type PriceConfigurationQuery = { priceConfiguration: { currency: string, catalogueVersion: number, contractYears: number, startDate: string, valid: boolean, servicePackageCode: string | null, serviceLevelCode: string | null, upcomingChange: { catalogueVersion: number, validFrom: string } | null, lines: Array<{ serviceCode: string, componentIndex: number, componentLabel: string, componentLabelTranslations: unknown, model: string, period: string, driverCode: string | null, quantity: string | null, billableQuantity: string | null, includedQuantity: string | null, amount: string, firstYear: number, lastYear: number }>, years: Array<{ year: number, oneTime: string, recurring: string, total: string }>, totals: { monthly: string, firstYear: string, contractTotal: string }, issues: Array<{ code: string, severity: string, serviceCode: string | null, driverCode: string | null, otherServiceCode: string | null, requiredAnyOf: Array<string> | null }> } };

export type CompareConfigurationsQueryVariables = Exact<{
  inputs: Array<ConfigurationInput> | ConfigurationInput;
}>;


export type CompareConfigurationsQuery = { compareConfigurations: Array<{ currency: string, catalogueVersion: number, contractYears: number, startDate: string, valid: boolean, servicePackageCode: string | null, serviceLevelCode: string | null, upcomingChange: { catalogueVersion: number, validFrom: string } | null, lines: Array<{ serviceCode: string, componentIndex: number, componentLabel: string, componentLabelTranslations: unknown, model: string, period: string, driverCode: string | null, quantity: string | null, billableQuantity: string | null, includedQuantity: string | null, amount: string, firstYear: number, lastYear: number }>, years: Array<{ year: number, oneTime: string, recurring: string, total: string }>, totals: { monthly: string, firstYear: string, contractTotal: string }, issues: Array<{ code: string, severity: string, serviceCode: string | null, driverCode: string | null, otherServiceCode: string | null, requiredAnyOf: Array<string> | null }> }> };

export type PriceQuoteFieldsFragment = { currency: string, catalogueVersion: number, contractYears: number, startDate: string, valid: boolean, servicePackageCode: string | null, serviceLevelCode: string | null, upcomingChange: { catalogueVersion: number, validFrom: string } | null, lines: Array<{ serviceCode: string, componentIndex: number, componentLabel: string, componentLabelTranslations: unknown, model: string, period: string, driverCode: string | null, quantity: string | null, billableQuantity: string | null, includedQuantity: string | null, amount: string, firstYear: number, lastYear: number }>, years: Array<{ year: number, oneTime: string, recurring: string, total: string }>, totals: { monthly: string, firstYear: string, contractTotal: string }, issues: Array<{ code: string, severity: string, serviceCode: string | null, driverCode: string | null, otherServiceCode: string | null, requiredAnyOf: Array<string> | null }> };

export type ExportCatalogueQueryVariables = Exact<{
  providerCode: string;
  version?: number | null | undefined;
}>;


export type ExportCatalogueQuery = { exportCatalogue: unknown };

export type QuoteDetailFieldsFragment = { id: string, reference: string, displayReference: string, name: string, status: QuoteStatus, revision: number, previousQuoteId: string | null, latestRevision: boolean, version: number, validUntil: string, expired: boolean, providerCode: string, catalogueVersion: number, startDate: string, configuration: unknown, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, decisionComment: string | null, agency: { id: string, name: string, organisationNumber: string }, comments: Array<{ id: string, authorName: string, createdAt: string, text: string }>, price: { currency: string, catalogueVersion: number, contractYears: number, startDate: string, valid: boolean, servicePackageCode: string | null, serviceLevelCode: string | null, upcomingChange: { catalogueVersion: number, validFrom: string } | null, lines: Array<{ serviceCode: string, componentIndex: number, componentLabel: string, componentLabelTranslations: unknown, model: string, period: string, driverCode: string | null, quantity: string | null, billableQuantity: string | null, includedQuantity: string | null, amount: string, firstYear: number, lastYear: number }>, years: Array<{ year: number, oneTime: string, recurring: string, total: string }>, totals: { monthly: string, firstYear: string, contractTotal: string }, issues: Array<{ code: string, severity: string, serviceCode: string | null, driverCode: string | null, otherServiceCode: string | null, requiredAnyOf: Array<string> | null }> } };

export type QuotesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: QuoteStatus | null | undefined;
}>;


export type QuotesQuery = { quotes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, displayReference: string, name: string, status: QuoteStatus, revision: number, validUntil: string, expired: boolean, agency: { id: string, name: string }, price: { currency: string, totals: { firstYear: string, contractTotal: string } } } }> } };

export type QuoteQueryVariables = Exact<{
  id: string | number;
}>;


export type QuoteQuery = { quote: { id: string, reference: string, displayReference: string, name: string, status: QuoteStatus, revision: number, previousQuoteId: string | null, latestRevision: boolean, version: number, validUntil: string, expired: boolean, providerCode: string, catalogueVersion: number, startDate: string, configuration: unknown, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, decisionComment: string | null, agency: { id: string, name: string, organisationNumber: string }, comments: Array<{ id: string, authorName: string, createdAt: string, text: string }>, price: { currency: string, catalogueVersion: number, contractYears: number, startDate: string, valid: boolean, servicePackageCode: string | null, serviceLevelCode: string | null, upcomingChange: { catalogueVersion: number, validFrom: string } | null, lines: Array<{ serviceCode: string, componentIndex: number, componentLabel: string, componentLabelTranslations: unknown, model: string, period: string, driverCode: string | null, quantity: string | null, billableQuantity: string | null, includedQuantity: string | null, amount: string, firstYear: number, lastYear: number }>, years: Array<{ year: number, oneTime: string, recurring: string, total: string }>, totals: { monthly: string, firstYear: string, contractTotal: string }, issues: Array<{ code: string, severity: string, serviceCode: string | null, driverCode: string | null, otherServiceCode: string | null, requiredAnyOf: Array<string> | null }> } } | null };

export type QuoteCatalogueNamesQueryVariables = Exact<{
  providerCode: string;
  version?: number | null | undefined;
}>;


export type QuoteCatalogueNamesQuery = { catalogue: { number: number, provider: { code: string, name: string }, drivers: Array<{ code: string, nameTranslations: unknown }>, categories: Array<{ code: string, nameTranslations: unknown }>, serviceLevels: Array<{ code: string, nameTranslations: unknown, targets: Array<{ metric: string, nameTranslations: unknown, value: string, unit: string, serviceCode: string | null }> }>, services: Array<{ code: string, nameTranslations: unknown, category: string }>, servicePackages: Array<{ code: string, nameTranslations: unknown }> } | null };

export type SaveQuoteMutationVariables = Exact<{
  input: SaveQuoteInput;
  idempotencyKey?: string | null | undefined;
}>;


export type SaveQuoteMutation = { saveQuote: { id: string, reference: string, displayReference: string, name: string, status: QuoteStatus, revision: number, previousQuoteId: string | null, latestRevision: boolean, version: number, validUntil: string, expired: boolean, providerCode: string, catalogueVersion: number, startDate: string, configuration: unknown, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, decisionComment: string | null, agency: { id: string, name: string, organisationNumber: string }, comments: Array<{ id: string, authorName: string, createdAt: string, text: string }>, price: { currency: string, catalogueVersion: number, contractYears: number, startDate: string, valid: boolean, servicePackageCode: string | null, serviceLevelCode: string | null, upcomingChange: { catalogueVersion: number, validFrom: string } | null, lines: Array<{ serviceCode: string, componentIndex: number, componentLabel: string, componentLabelTranslations: unknown, model: string, period: string, driverCode: string | null, quantity: string | null, billableQuantity: string | null, includedQuantity: string | null, amount: string, firstYear: number, lastYear: number }>, years: Array<{ year: number, oneTime: string, recurring: string, total: string }>, totals: { monthly: string, firstYear: string, contractTotal: string }, issues: Array<{ code: string, severity: string, serviceCode: string | null, driverCode: string | null, otherServiceCode: string | null, requiredAnyOf: Array<string> | null }> } } };

export type UpdateQuoteMutationVariables = Exact<{
  id: string | number;
  input: SaveQuoteInput;
  expectedVersion: number;
  idempotencyKey?: string | null | undefined;
}>;


export type UpdateQuoteMutation = { updateQuote: { id: string, reference: string, displayReference: string, name: string, status: QuoteStatus, revision: number, previousQuoteId: string | null, latestRevision: boolean, version: number, validUntil: string, expired: boolean, providerCode: string, catalogueVersion: number, startDate: string, configuration: unknown, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, decisionComment: string | null, agency: { id: string, name: string, organisationNumber: string }, comments: Array<{ id: string, authorName: string, createdAt: string, text: string }>, price: { currency: string, catalogueVersion: number, contractYears: number, startDate: string, valid: boolean, servicePackageCode: string | null, serviceLevelCode: string | null, upcomingChange: { catalogueVersion: number, validFrom: string } | null, lines: Array<{ serviceCode: string, componentIndex: number, componentLabel: string, componentLabelTranslations: unknown, model: string, period: string, driverCode: string | null, quantity: string | null, billableQuantity: string | null, includedQuantity: string | null, amount: string, firstYear: number, lastYear: number }>, years: Array<{ year: number, oneTime: string, recurring: string, total: string }>, totals: { monthly: string, firstYear: string, contractTotal: string }, issues: Array<{ code: string, severity: string, serviceCode: string | null, driverCode: string | null, otherServiceCode: string | null, requiredAnyOf: Array<string> | null }> } } };

export type ReviseQuoteMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  idempotencyKey?: string | null | undefined;
}>;


export type ReviseQuoteMutation = { reviseQuote: { id: string, reference: string, displayReference: string, name: string, status: QuoteStatus, revision: number, previousQuoteId: string | null, latestRevision: boolean, version: number, validUntil: string, expired: boolean, providerCode: string, catalogueVersion: number, startDate: string, configuration: unknown, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, decisionComment: string | null, agency: { id: string, name: string, organisationNumber: string }, comments: Array<{ id: string, authorName: string, createdAt: string, text: string }>, price: { currency: string, catalogueVersion: number, contractYears: number, startDate: string, valid: boolean, servicePackageCode: string | null, serviceLevelCode: string | null, upcomingChange: { catalogueVersion: number, validFrom: string } | null, lines: Array<{ serviceCode: string, componentIndex: number, componentLabel: string, componentLabelTranslations: unknown, model: string, period: string, driverCode: string | null, quantity: string | null, billableQuantity: string | null, includedQuantity: string | null, amount: string, firstYear: number, lastYear: number }>, years: Array<{ year: number, oneTime: string, recurring: string, total: string }>, totals: { monthly: string, firstYear: string, contractTotal: string }, issues: Array<{ code: string, severity: string, serviceCode: string | null, driverCode: string | null, otherServiceCode: string | null, requiredAnyOf: Array<string> | null }> } } };

export type SubmitQuoteMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  idempotencyKey?: string | null | undefined;
}>;


export type SubmitQuoteMutation = { submitQuote: { id: string, reference: string, displayReference: string, name: string, status: QuoteStatus, revision: number, previousQuoteId: string | null, latestRevision: boolean, version: number, validUntil: string, expired: boolean, providerCode: string, catalogueVersion: number, startDate: string, configuration: unknown, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, decisionComment: string | null, agency: { id: string, name: string, organisationNumber: string }, comments: Array<{ id: string, authorName: string, createdAt: string, text: string }>, price: { currency: string, catalogueVersion: number, contractYears: number, startDate: string, valid: boolean, servicePackageCode: string | null, serviceLevelCode: string | null, upcomingChange: { catalogueVersion: number, validFrom: string } | null, lines: Array<{ serviceCode: string, componentIndex: number, componentLabel: string, componentLabelTranslations: unknown, model: string, period: string, driverCode: string | null, quantity: string | null, billableQuantity: string | null, includedQuantity: string | null, amount: string, firstYear: number, lastYear: number }>, years: Array<{ year: number, oneTime: string, recurring: string, total: string }>, totals: { monthly: string, firstYear: string, contractTotal: string }, issues: Array<{ code: string, severity: string, serviceCode: string | null, driverCode: string | null, otherServiceCode: string | null, requiredAnyOf: Array<string> | null }> } } };

export type WithdrawQuoteMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  idempotencyKey?: string | null | undefined;
}>;


export type WithdrawQuoteMutation = { withdrawQuote: { id: string, reference: string, displayReference: string, name: string, status: QuoteStatus, revision: number, previousQuoteId: string | null, latestRevision: boolean, version: number, validUntil: string, expired: boolean, providerCode: string, catalogueVersion: number, startDate: string, configuration: unknown, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, decisionComment: string | null, agency: { id: string, name: string, organisationNumber: string }, comments: Array<{ id: string, authorName: string, createdAt: string, text: string }>, price: { currency: string, catalogueVersion: number, contractYears: number, startDate: string, valid: boolean, servicePackageCode: string | null, serviceLevelCode: string | null, upcomingChange: { catalogueVersion: number, validFrom: string } | null, lines: Array<{ serviceCode: string, componentIndex: number, componentLabel: string, componentLabelTranslations: unknown, model: string, period: string, driverCode: string | null, quantity: string | null, billableQuantity: string | null, includedQuantity: string | null, amount: string, firstYear: number, lastYear: number }>, years: Array<{ year: number, oneTime: string, recurring: string, total: string }>, totals: { monthly: string, firstYear: string, contractTotal: string }, issues: Array<{ code: string, severity: string, serviceCode: string | null, driverCode: string | null, otherServiceCode: string | null, requiredAnyOf: Array<string> | null }> } } };

export type AddQuoteCommentMutationVariables = Exact<{
  id: string | number;
  text: string;
  idempotencyKey?: string | null | undefined;
}>;


export type AddQuoteCommentMutation = { addQuoteComment: { id: string, authorName: string, createdAt: string, text: string } };

export type QuoteChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type QuoteChangedSubscription = { quoteChanged: { id: string, status: QuoteStatus, version: number } };

export type SessionUserFieldsFragment = { id: string, email: string, name: string, role: Role, providerCode: string | null, locale: string, mustChangePassword: boolean, agency: { id: string, name: string } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, mustChangePassword: boolean, user: { id: string, email: string, name: string, role: Role, providerCode: string | null, locale: string, mustChangePassword: boolean, agency: { id: string, name: string } | null } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, role: Role, providerCode: string | null, locale: string, mustChangePassword: boolean, agency: { id: string, name: string } | null } | null };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DraftPricedFieldsFragmentDoc = new TypedDocumentString(`
    fragment DraftPricedFields on DraftPriced {
  draftCurrency
  firstYearAfter
  firstYearDifference
  contractTotalAfter
  contractTotalDifference
  validAfter
  problem
  problems {
    field
    code
    params
    message
  }
}
    `, {"fragmentName":"DraftPricedFields"}) as unknown as TypedDocumentString<DraftPricedFieldsFragment, unknown>;
export const ProposalFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProposalFields on Proposal {
  id
  providerCode
  agencyName
  title
  description
  serviceCode
  status
  nextStatuses
  response
  respondedAt
  respondedByName
  voteCount
  myAgencyVoted
  createdAt
  version
}
    `, {"fragmentName":"ProposalFields"}) as unknown as TypedDocumentString<ProposalFieldsFragment, unknown>;
export const ManagedUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment ManagedUserFields on User {
  id
  email
  name
  role
  providerCode
  locale
  active
  mustChangePassword
  version
  agency {
    id
    name
  }
}
    `, {"fragmentName":"ManagedUserFields"}) as unknown as TypedDocumentString<ManagedUserFieldsFragment, unknown>;
export const PriceQuoteFieldsFragmentDoc = new TypedDocumentString(`
    fragment PriceQuoteFields on PriceQuote {
  currency
  catalogueVersion
  contractYears
  startDate
  upcomingChange {
    catalogueVersion
    validFrom
  }
  valid
  servicePackageCode
  serviceLevelCode
  lines {
    serviceCode
    componentIndex
    componentLabel
    componentLabelTranslations
    model
    period
    driverCode
    quantity
    billableQuantity
    includedQuantity
    amount
    firstYear
    lastYear
  }
  years {
    year
    oneTime
    recurring
    total
  }
  totals {
    monthly
    firstYear
    contractTotal
  }
  issues {
    code
    severity
    serviceCode
    driverCode
    otherServiceCode
    requiredAnyOf
  }
}
    `, {"fragmentName":"PriceQuoteFields"}) as unknown as TypedDocumentString<PriceQuoteFieldsFragment, unknown>;
export const QuoteDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment QuoteDetailFields on Quote {
  id
  reference
  displayReference
  name
  status
  revision
  previousQuoteId
  latestRevision
  version
  validUntil
  expired
  providerCode
  catalogueVersion
  startDate
  configuration
  createdAt
  updatedAt
  submittedAt
  decidedAt
  decisionComment
  agency {
    id
    name
    organisationNumber
  }
  comments {
    id
    authorName
    createdAt
    text
  }
  price {
    ...PriceQuoteFields
  }
}
    fragment PriceQuoteFields on PriceQuote {
  currency
  catalogueVersion
  contractYears
  startDate
  upcomingChange {
    catalogueVersion
    validFrom
  }
  valid
  servicePackageCode
  serviceLevelCode
  lines {
    serviceCode
    componentIndex
    componentLabel
    componentLabelTranslations
    model
    period
    driverCode
    quantity
    billableQuantity
    includedQuantity
    amount
    firstYear
    lastYear
  }
  years {
    year
    oneTime
    recurring
    total
  }
  totals {
    monthly
    firstYear
    contractTotal
  }
  issues {
    code
    severity
    serviceCode
    driverCode
    otherServiceCode
    requiredAnyOf
  }
}`, {"fragmentName":"QuoteDetailFields"}) as unknown as TypedDocumentString<QuoteDetailFieldsFragment, unknown>;
export const SessionUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionUserFields on User {
  id
  email
  name
  role
  providerCode
  agency {
    id
    name
  }
  locale
  mustChangePassword
}
    `, {"fragmentName":"SessionUserFields"}) as unknown as TypedDocumentString<SessionUserFieldsFragment, unknown>;
export const ManagerAgenciesDocument = new TypedDocumentString(`
    query ManagerAgencies($providerCode: String, $first: Int!, $after: String) {
  agencies(providerCode: $providerCode, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        organisationNumber
        country
        providerCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerAgenciesQuery, ManagerAgenciesQueryVariables>;
export const ManagerAgencyDocument = new TypedDocumentString(`
    query ManagerAgency($id: ID!) {
  agency(id: $id) {
    id
    name
    organisationNumber
    country
    providerCode
    defaultVolumes {
      driverCode
      quantity
    }
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerAgencyQuery, ManagerAgencyQueryVariables>;
export const ManagerAgencyDriversDocument = new TypedDocumentString(`
    query ManagerAgencyDrivers($providerCode: String!) {
  catalogue(providerCode: $providerCode) {
    number
    drivers {
      code
      nameTranslations
      unitTranslations
      integer
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerAgencyDriversQuery, ManagerAgencyDriversQueryVariables>;
export const ManagerCreateAgencyDocument = new TypedDocumentString(`
    mutation ManagerCreateAgency($input: CreateAgencyInput!) {
  createAgency(input: $input) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerCreateAgencyMutation, ManagerCreateAgencyMutationVariables>;
export const ManagerUpdateAgencyDocument = new TypedDocumentString(`
    mutation ManagerUpdateAgency($id: ID!, $input: UpdateAgencyInput!, $expectedVersion: Int!) {
  updateAgency(id: $id, input: $input, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerUpdateAgencyMutation, ManagerUpdateAgencyMutationVariables>;
export const ManagerAgreementsDocument = new TypedDocumentString(`
    query ManagerAgreements($first: Int!, $after: String, $status: AgreementStatus, $agencyId: ID, $endingBefore: Date) {
  agreements(
    first: $first
    after: $after
    status: $status
    agencyId: $agencyId
    endingBefore: $endingBefore
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        reference
        status
        providerCode
        startDate
        endDate
        agency {
          id
          name
        }
        current {
          price {
            currency
            totals {
              monthly
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerAgreementsQuery, ManagerAgreementsQueryVariables>;
export const ManagerAgreementDocument = new TypedDocumentString(`
    query ManagerAgreement($id: ID!) {
  agreement(id: $id) {
    id
    reference
    status
    providerCode
    startDate
    endDate
    version
    terminationReason
    agency {
      id
      name
    }
    current {
      catalogueVersion
      configuration
      price {
        serviceLevelCode
      }
    }
    terms {
      kind
      startDate
      endDate
      catalogueVersion
      price {
        currency
        contractYears
        totals {
          monthly
        }
        years {
          year
          oneTime
          recurring
          total
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerAgreementQuery, ManagerAgreementQueryVariables>;
export const ManagerAgreementUsageDocument = new TypedDocumentString(`
    query ManagerAgreementUsage($id: ID!, $from: String!, $to: String!) {
  agreement(id: $id) {
    id
    version
    trueUp(from: $from, to: $to)
    usage(from: $from, to: $to) {
      month
      actualAmount
      forecastAmount
      engineVersion
      lines {
        driverCode
        forecast
        actual
      }
    }
    serviceResults(from: $from, to: $to) {
      month
      metric
      serviceCode
      target
      value
      met
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerAgreementUsageQuery, ManagerAgreementUsageQueryVariables>;
export const ManagerTerminateAgreementDocument = new TypedDocumentString(`
    mutation ManagerTerminateAgreement($id: ID!, $expectedVersion: Int!, $endDate: Date!, $reason: String!, $idempotencyKey: String) {
  terminateAgreement(
    id: $id
    expectedVersion: $expectedVersion
    endDate: $endDate
    reason: $reason
    idempotencyKey: $idempotencyKey
  ) {
    id
    status
    endDate
    version
    terminationReason
  }
}
    `) as unknown as TypedDocumentString<ManagerTerminateAgreementMutation, ManagerTerminateAgreementMutationVariables>;
export const ManagerRecordVolumesDocument = new TypedDocumentString(`
    mutation ManagerRecordVolumes($agreementId: ID!, $expectedVersion: Int!, $entries: [VolumeEntryInput!]!, $idempotencyKey: String) {
  recordVolumes(
    agreementId: $agreementId
    expectedVersion: $expectedVersion
    entries: $entries
    idempotencyKey: $idempotencyKey
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerRecordVolumesMutation, ManagerRecordVolumesMutationVariables>;
export const ManagerRecordServiceResultsDocument = new TypedDocumentString(`
    mutation ManagerRecordServiceResults($agreementId: ID!, $expectedVersion: Int!, $entries: [ServiceResultInput!]!, $idempotencyKey: String) {
  recordServiceResults(
    agreementId: $agreementId
    expectedVersion: $expectedVersion
    entries: $entries
    idempotencyKey: $idempotencyKey
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerRecordServiceResultsMutation, ManagerRecordServiceResultsMutationVariables>;
export const ManagerTermCatalogueDocument = new TypedDocumentString(`
    query ManagerTermCatalogue($providerCode: String!, $version: Int!) {
  catalogue(providerCode: $providerCode, version: $version) {
    id
    drivers {
      code
      integer
      nameTranslations
    }
    serviceLevels {
      code
      targets {
        metric
        serviceCode
        nameTranslations
        value
        unit
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerTermCatalogueQuery, ManagerTermCatalogueQueryVariables>;
export const ManagerAgreementAgenciesDocument = new TypedDocumentString(`
    query ManagerAgreementAgencies($first: Int!) {
  agencies(first: $first) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerAgreementAgenciesQuery, ManagerAgreementAgenciesQueryVariables>;
export const ManagerAgreementChangedDocument = new TypedDocumentString(`
    subscription ManagerAgreementChanged($id: ID!) {
  agreementChanged(id: $id) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<ManagerAgreementChangedSubscription, ManagerAgreementChangedSubscriptionVariables>;
export const MyAgreementsDocument = new TypedDocumentString(`
    query MyAgreements($first: Int!) {
  agreements(first: $first) {
    totalCount
    edges {
      node {
        id
        reference
        status
        startDate
        endDate
        current {
          price {
            currency
            totals {
              monthly
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyAgreementsQuery, MyAgreementsQueryVariables>;
export const AgreementDetailDocument = new TypedDocumentString(`
    query AgreementDetail($id: ID!) {
  agreement(id: $id) {
    id
    reference
    status
    providerCode
    startDate
    endDate
    terminationReason
    agency {
      id
      name
    }
    terms {
      kind
      startDate
      endDate
      catalogueVersion
      price {
        currency
        contractYears
        upcomingChange {
          catalogueVersion
          validFrom
        }
        totals {
          monthly
        }
        years {
          year
          oneTime
          recurring
          total
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementDetailQuery, AgreementDetailQueryVariables>;
export const ManagerAuditDocument = new TypedDocumentString(`
    query ManagerAudit($entity: String, $actorEmail: String, $providerCode: String, $after: String) {
  auditEvents(
    entity: $entity
    actorEmail: $actorEmail
    providerCode: $providerCode
    first: 20
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        action
        entity
        entityId
        entityName
        actorEmail
        providerCode
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerAuditQuery, ManagerAuditQueryVariables>;
export const BenchmarkFiguresDocument = new TypedDocumentString(`
    query BenchmarkFigures($providerCode: String, $kpi: BenchmarkKpi, $first: Int, $after: String) {
  benchmarkFigures(
    providerCode: $providerCode
    kpi: $kpi
    first: $first
    after: $after
  ) {
    totalCount
    edges {
      node {
        id
        providerCode
        year
        kpi
        value
        currency
        source
        version
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<BenchmarkFiguresQuery, BenchmarkFiguresQueryVariables>;
export const BenchmarkCentresDocument = new TypedDocumentString(`
    query BenchmarkCentres {
  providers {
    code
    name
    locale
    versions {
      number
      status
      currency
      inForce
    }
  }
}
    `) as unknown as TypedDocumentString<BenchmarkCentresQuery, BenchmarkCentresQueryVariables>;
export const RecordBenchmarkFigureDocument = new TypedDocumentString(`
    mutation RecordBenchmarkFigure($input: RecordBenchmarkFigureInput!) {
  recordBenchmarkFigure(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RecordBenchmarkFigureMutation, RecordBenchmarkFigureMutationVariables>;
export const UpdateBenchmarkFigureDocument = new TypedDocumentString(`
    mutation UpdateBenchmarkFigure($id: ID!, $input: UpdateBenchmarkFigureInput!, $expectedVersion: Int!) {
  updateBenchmarkFigure(id: $id, input: $input, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateBenchmarkFigureMutation, UpdateBenchmarkFigureMutationVariables>;
export const DeleteBenchmarkFigureDocument = new TypedDocumentString(`
    mutation DeleteBenchmarkFigure($id: ID!, $expectedVersion: Int!) {
  deleteBenchmarkFigure(id: $id, expectedVersion: $expectedVersion)
}
    `) as unknown as TypedDocumentString<DeleteBenchmarkFigureMutation, DeleteBenchmarkFigureMutationVariables>;
export const ManagerDiffDocument = new TypedDocumentString(`
    query ManagerDiff($providerCode: String!, $from: Int!, $to: Int!) {
  catalogueDiff(providerCode: $providerCode, from: $from, to: $to) {
    from
    to
    changes {
      kind
      change
      code
      name
      path
      before
      after
      fields {
        field
        before
        after
      }
    }
  }
  before: catalogue(providerCode: $providerCode, version: $from) {
    currency
    drivers {
      code
      unit
    }
    services {
      code
      name
    }
  }
  after: catalogue(providerCode: $providerCode, version: $to) {
    currency
    drivers {
      code
      unit
    }
    services {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerDiffQuery, ManagerDiffQueryVariables>;
export const ManagerUpsertServiceDocument = new TypedDocumentString(`
    mutation ManagerUpsertService($id: ID!, $expectedVersion: Int!, $input: ServiceInput!) {
  upsertService(id: $id, expectedVersion: $expectedVersion, input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerUpsertServiceMutation, ManagerUpsertServiceMutationVariables>;
export const ManagerUpsertServiceLevelDocument = new TypedDocumentString(`
    mutation ManagerUpsertServiceLevel($id: ID!, $expectedVersion: Int!, $input: ServiceLevelInput!) {
  upsertServiceLevel(id: $id, expectedVersion: $expectedVersion, input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerUpsertServiceLevelMutation, ManagerUpsertServiceLevelMutationVariables>;
export const ManagerUpsertServicePackageDocument = new TypedDocumentString(`
    mutation ManagerUpsertServicePackage($id: ID!, $expectedVersion: Int!, $input: ServicePackageInput!) {
  upsertServicePackage(id: $id, expectedVersion: $expectedVersion, input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerUpsertServicePackageMutation, ManagerUpsertServicePackageMutationVariables>;
export const ManagerUpsertCategoryDocument = new TypedDocumentString(`
    mutation ManagerUpsertCategory($id: ID!, $expectedVersion: Int!, $input: CategoryInput!) {
  upsertCategory(id: $id, expectedVersion: $expectedVersion, input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerUpsertCategoryMutation, ManagerUpsertCategoryMutationVariables>;
export const ManagerUpsertVolumeDriverDocument = new TypedDocumentString(`
    mutation ManagerUpsertVolumeDriver($id: ID!, $expectedVersion: Int!, $input: VolumeDriverInput!) {
  upsertVolumeDriver(id: $id, expectedVersion: $expectedVersion, input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerUpsertVolumeDriverMutation, ManagerUpsertVolumeDriverMutationVariables>;
export const ManagerUpdateSettingsDocument = new TypedDocumentString(`
    mutation ManagerUpdateSettings($id: ID!, $expectedVersion: Int!, $input: CatalogueVersionSettingsInput!) {
  updateCatalogueVersionSettings(
    id: $id
    expectedVersion: $expectedVersion
    input: $input
  ) {
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerUpdateSettingsMutation, ManagerUpdateSettingsMutationVariables>;
export const ManagerRemoveServiceDocument = new TypedDocumentString(`
    mutation ManagerRemoveService($id: ID!, $expectedVersion: Int!, $code: String!) {
  removeService(id: $id, expectedVersion: $expectedVersion, code: $code) {
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerRemoveServiceMutation, ManagerRemoveServiceMutationVariables>;
export const ManagerRemoveServiceLevelDocument = new TypedDocumentString(`
    mutation ManagerRemoveServiceLevel($id: ID!, $expectedVersion: Int!, $code: String!) {
  removeServiceLevel(id: $id, expectedVersion: $expectedVersion, code: $code) {
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerRemoveServiceLevelMutation, ManagerRemoveServiceLevelMutationVariables>;
export const ManagerRemoveServicePackageDocument = new TypedDocumentString(`
    mutation ManagerRemoveServicePackage($id: ID!, $expectedVersion: Int!, $code: String!) {
  removeServicePackage(id: $id, expectedVersion: $expectedVersion, code: $code) {
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerRemoveServicePackageMutation, ManagerRemoveServicePackageMutationVariables>;
export const ManagerRemoveCategoryDocument = new TypedDocumentString(`
    mutation ManagerRemoveCategory($id: ID!, $expectedVersion: Int!, $code: String!) {
  removeCategory(id: $id, expectedVersion: $expectedVersion, code: $code) {
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerRemoveCategoryMutation, ManagerRemoveCategoryMutationVariables>;
export const ManagerRemoveVolumeDriverDocument = new TypedDocumentString(`
    mutation ManagerRemoveVolumeDriver($id: ID!, $expectedVersion: Int!, $code: String!) {
  removeVolumeDriver(id: $id, expectedVersion: $expectedVersion, code: $code) {
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerRemoveVolumeDriverMutation, ManagerRemoveVolumeDriverMutationVariables>;
export const ManagerDraftDocument = new TypedDocumentString(`
    query ManagerDraft($providerCode: String!, $version: Int!) {
  catalogue(providerCode: $providerCode, version: $version) {
    id
    number
    status
    version
    validFrom
    currency
  }
  exportCatalogue(providerCode: $providerCode, version: $version)
}
    `) as unknown as TypedDocumentString<ManagerDraftQuery, ManagerDraftQueryVariables>;
export const ManagerImpactDocument = new TypedDocumentString(`
    query ManagerImpact($providerCode: String!) {
  draftImpact(providerCode: $providerCode) {
    quoteId
    reference
    revision
    name
    agencyName
    status
    catalogueVersion
    currency
    firstYearBefore
    contractTotalBefore
    ...DraftPricedFields
  }
}
    fragment DraftPricedFields on DraftPriced {
  draftCurrency
  firstYearAfter
  firstYearDifference
  contractTotalAfter
  contractTotalDifference
  validAfter
  problem
  problems {
    field
    code
    params
    message
  }
}`) as unknown as TypedDocumentString<ManagerImpactQuery, ManagerImpactQueryVariables>;
export const ManagerAgreementImpactDocument = new TypedDocumentString(`
    query ManagerAgreementImpact($providerCode: String!) {
  draftAgreementImpact(providerCode: $providerCode) {
    agreementId
    reference
    agencyName
    renewalDate
    contractYears
    catalogueVersion
    currency
    firstYearBefore
    contractTotalBefore
    ...DraftPricedFields
  }
}
    fragment DraftPricedFields on DraftPriced {
  draftCurrency
  firstYearAfter
  firstYearDifference
  contractTotalAfter
  contractTotalDifference
  validAfter
  problem
  problems {
    field
    code
    params
    message
  }
}`) as unknown as TypedDocumentString<ManagerAgreementImpactQuery, ManagerAgreementImpactQueryVariables>;
export const ManagerValidateCatalogueDocument = new TypedDocumentString(`
    query ManagerValidateCatalogue($document: JSON!) {
  validateCatalogue(document: $document) {
    path
    code
    params
    message
  }
}
    `) as unknown as TypedDocumentString<ManagerValidateCatalogueQuery, ManagerValidateCatalogueQueryVariables>;
export const ManagerImportCatalogueDocument = new TypedDocumentString(`
    mutation ManagerImportCatalogue($document: JSON!, $replaceDraft: Boolean) {
  importCatalogue(document: $document, replaceDraft: $replaceDraft) {
    id
    number
    provider {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerImportCatalogueMutation, ManagerImportCatalogueMutationVariables>;
export const ManagerCreateDraftDocument = new TypedDocumentString(`
    mutation ManagerCreateDraft($providerCode: String!) {
  createDraft(providerCode: $providerCode) {
    id
    number
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerCreateDraftMutation, ManagerCreateDraftMutationVariables>;
export const ManagerDiscardDraftDocument = new TypedDocumentString(`
    mutation ManagerDiscardDraft($id: ID!) {
  discardDraft(id: $id)
}
    `) as unknown as TypedDocumentString<ManagerDiscardDraftMutation, ManagerDiscardDraftMutationVariables>;
export const ManagerPublishDocument = new TypedDocumentString(`
    mutation ManagerPublish($id: ID!, $validFrom: Date, $expectedVersion: Int) {
  publishCatalogueVersion(
    id: $id
    validFrom: $validFrom
    expectedVersion: $expectedVersion
  ) {
    id
    number
    status
    validFrom
  }
}
    `) as unknown as TypedDocumentString<ManagerPublishMutation, ManagerPublishMutationVariables>;
export const ManagerExportDocument = new TypedDocumentString(`
    query ManagerExport($providerCode: String!, $version: Int) {
  exportCatalogue(providerCode: $providerCode, version: $version)
}
    `) as unknown as TypedDocumentString<ManagerExportQuery, ManagerExportQueryVariables>;
export const CatalogueBrowserDocument = new TypedDocumentString(`
    query CatalogueBrowser($providerCode: String!, $version: Int) {
  catalogue(providerCode: $providerCode, version: $version) {
    id
    number
    status
    validFrom
    currency
    inForce
    provider {
      code
      name
      country
      locale
    }
    categories {
      code
      nameTranslations
    }
    drivers {
      code
      nameTranslations
      unitTranslations
      integer
      standardMeasure
    }
    serviceLevels {
      code
      nameTranslations
      rank
      surchargePercent
      targets {
        metric
        nameTranslations
        value
        unit
        serviceCode
      }
    }
    services {
      code
      nameTranslations
      descriptionTranslations
      kind
      status
      category
      requires
      excludes
      limits {
        driverCode
        min
        max
      }
      priceComponents {
        labelTranslations
        model
        period
        driverCode
        amount
        unitPrice
        tiers {
          upTo
          unitPrice
          flatFee
        }
        minimumCharge
        fromYear
        toYear
      }
      responsibilities {
        taskTranslations
        party
      }
    }
    servicePackages {
      code
      nameTranslations
      descriptionTranslations
      serviceLevelCode
      discountPercent
      allowedAddOns
      items {
        serviceCode
        included {
          driverCode
          quantity
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueBrowserQuery, CatalogueBrowserQueryVariables>;
export const CompareCentresDocument = new TypedDocumentString(`
    query CompareCentres {
  providers {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<CompareCentresQuery, CompareCentresQueryVariables>;
export const ExchangeRatesInUseDocument = new TypedDocumentString(`
    query ExchangeRatesInUse($from: [String!]!, $to: String!) {
  exchangeRatesInUse(from: $from, to: $to) {
    id
    from
    to
    rate
    date
    source
  }
}
    `) as unknown as TypedDocumentString<ExchangeRatesInUseQuery, ExchangeRatesInUseQueryVariables>;
export const PriceBenchmarkDocument = new TypedDocumentString(`
    query PriceBenchmark($profile: StandardProfileInput!, $currency: String!, $at: Date) {
  priceBenchmark(profile: $profile, currency: $currency, at: $at) {
    providerCode
    providerName
    catalogueVersion
    currency
    offered
    notOfferedReason
    missingDrivers
    issueCodes
    servicePackageCode
    total
    pricePerPayslip
    rateMissing
    converted {
      currency
      total
      pricePerPayslip
      rate {
        id
        from
        to
        rate
        date
        source
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PriceBenchmarkQuery, PriceBenchmarkQueryVariables>;
export const ExchangeRatesDocument = new TypedDocumentString(`
    query ExchangeRates($first: Int, $after: String) {
  exchangeRates(first: $first, after: $after) {
    edges {
      node {
        id
        date
        from
        to
        rate
        source
        version
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ExchangeRatesQuery, ExchangeRatesQueryVariables>;
export const RecordExchangeRateDocument = new TypedDocumentString(`
    mutation RecordExchangeRate($input: RecordExchangeRateInput!) {
  recordExchangeRate(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RecordExchangeRateMutation, RecordExchangeRateMutationVariables>;
export const UpdateExchangeRateDocument = new TypedDocumentString(`
    mutation UpdateExchangeRate($id: ID!, $expectedVersion: Int!, $input: UpdateExchangeRateInput!) {
  updateExchangeRate(id: $id, expectedVersion: $expectedVersion, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateExchangeRateMutation, UpdateExchangeRateMutationVariables>;
export const DeleteExchangeRateDocument = new TypedDocumentString(`
    mutation DeleteExchangeRate($id: ID!, $expectedVersion: Int!) {
  deleteExchangeRate(id: $id, expectedVersion: $expectedVersion)
}
    `) as unknown as TypedDocumentString<DeleteExchangeRateMutation, DeleteExchangeRateMutationVariables>;
export const ProposalsDocument = new TypedDocumentString(`
    query Proposals($providerCode: String, $status: ProposalStatus, $first: Int, $after: String) {
  proposals(
    providerCode: $providerCode
    status: $status
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ProposalFields
      }
    }
  }
}
    fragment ProposalFields on Proposal {
  id
  providerCode
  agencyName
  title
  description
  serviceCode
  status
  nextStatuses
  response
  respondedAt
  respondedByName
  voteCount
  myAgencyVoted
  createdAt
  version
}`) as unknown as TypedDocumentString<ProposalsQuery, ProposalsQueryVariables>;
export const ProposalCentreDocument = new TypedDocumentString(`
    query ProposalCentre($providerCode: String!) {
  providers {
    code
    name
    locale
  }
  catalogue(providerCode: $providerCode) {
    services {
      code
      nameTranslations
    }
  }
  me {
    id
    role
    providerCode
    agency {
      id
      providerCode
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalCentreQuery, ProposalCentreQueryVariables>;
export const CreateProposalDocument = new TypedDocumentString(`
    mutation CreateProposal($input: CreateProposalInput!, $idempotencyKey: String) {
  createProposal(input: $input, idempotencyKey: $idempotencyKey) {
    ...ProposalFields
  }
}
    fragment ProposalFields on Proposal {
  id
  providerCode
  agencyName
  title
  description
  serviceCode
  status
  nextStatuses
  response
  respondedAt
  respondedByName
  voteCount
  myAgencyVoted
  createdAt
  version
}`) as unknown as TypedDocumentString<CreateProposalMutation, CreateProposalMutationVariables>;
export const VoteForProposalDocument = new TypedDocumentString(`
    mutation VoteForProposal($id: ID!, $idempotencyKey: String) {
  voteForProposal(id: $id, idempotencyKey: $idempotencyKey) {
    ...ProposalFields
  }
}
    fragment ProposalFields on Proposal {
  id
  providerCode
  agencyName
  title
  description
  serviceCode
  status
  nextStatuses
  response
  respondedAt
  respondedByName
  voteCount
  myAgencyVoted
  createdAt
  version
}`) as unknown as TypedDocumentString<VoteForProposalMutation, VoteForProposalMutationVariables>;
export const WithdrawVoteDocument = new TypedDocumentString(`
    mutation WithdrawVote($id: ID!, $idempotencyKey: String) {
  withdrawVote(id: $id, idempotencyKey: $idempotencyKey) {
    ...ProposalFields
  }
}
    fragment ProposalFields on Proposal {
  id
  providerCode
  agencyName
  title
  description
  serviceCode
  status
  nextStatuses
  response
  respondedAt
  respondedByName
  voteCount
  myAgencyVoted
  createdAt
  version
}`) as unknown as TypedDocumentString<WithdrawVoteMutation, WithdrawVoteMutationVariables>;
export const RespondToProposalDocument = new TypedDocumentString(`
    mutation RespondToProposal($id: ID!, $status: ProposalStatus!, $response: String!, $expectedVersion: Int!) {
  respondToProposal(
    id: $id
    status: $status
    response: $response
    expectedVersion: $expectedVersion
  ) {
    ...ProposalFields
  }
}
    fragment ProposalFields on Proposal {
  id
  providerCode
  agencyName
  title
  description
  serviceCode
  status
  nextStatuses
  response
  respondedAt
  respondedByName
  voteCount
  myAgencyVoted
  createdAt
  version
}`) as unknown as TypedDocumentString<RespondToProposalMutation, RespondToProposalMutationVariables>;
export const ProvidersDocument = new TypedDocumentString(`
    query Providers {
  providers {
    code
    name
    country
    locale
    versions {
      number
      status
      validFrom
      currency
      inForce
      superseded
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersQuery, ProvidersQueryVariables>;
export const ManagerInboxDocument = new TypedDocumentString(`
    query ManagerInbox($first: Int!, $after: String, $status: QuoteStatus, $agencyId: ID) {
  quotes(first: $first, after: $after, status: $status, agencyId: $agencyId) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        displayReference
        name
        status
        providerCode
        submittedAt
        validUntil
        expired
        agency {
          id
          name
        }
        price {
          currency
          totals {
            firstYear
            contractTotal
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerInboxQuery, ManagerInboxQueryVariables>;
export const ManagerDecideQuoteDocument = new TypedDocumentString(`
    mutation ManagerDecideQuote($id: ID!, $decision: QuoteDecision!, $comment: String, $expectedVersion: Int!, $idempotencyKey: String) {
  decideQuote(
    id: $id
    decision: $decision
    comment: $comment
    expectedVersion: $expectedVersion
    idempotencyKey: $idempotencyKey
  ) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerDecideQuoteMutation, ManagerDecideQuoteMutationVariables>;
export const ManagerInboxChangedDocument = new TypedDocumentString(`
    subscription ManagerInboxChanged {
  quoteInboxChanged {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ManagerInboxChangedSubscription, ManagerInboxChangedSubscriptionVariables>;
export const ManagerQuoteChangedDocument = new TypedDocumentString(`
    subscription ManagerQuoteChanged($id: ID!) {
  quoteChanged(id: $id) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerQuoteChangedSubscription, ManagerQuoteChangedSubscriptionVariables>;
export const InboxAgenciesDocument = new TypedDocumentString(`
    query InboxAgencies($first: Int!) {
  agencies(first: $first) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InboxAgenciesQuery, InboxAgenciesQueryVariables>;
export const AgenciesToQuoteForDocument = new TypedDocumentString(`
    query AgenciesToQuoteFor($providerCode: String!, $first: Int!) {
  agencies(providerCode: $providerCode, first: $first) {
    totalCount
    edges {
      node {
        id
        name
        organisationNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgenciesToQuoteForQuery, AgenciesToQuoteForQueryVariables>;
export const UserAgencyChoicesDocument = new TypedDocumentString(`
    query UserAgencyChoices($first: Int!) {
  agencies(first: $first) {
    totalCount
    edges {
      node {
        id
        name
        providerCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UserAgencyChoicesQuery, UserAgencyChoicesQueryVariables>;
export const ManagerUsersDocument = new TypedDocumentString(`
    query ManagerUsers($role: Role, $first: Int!, $after: String) {
  users(role: $role, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ManagedUserFields
      }
    }
  }
}
    fragment ManagedUserFields on User {
  id
  email
  name
  role
  providerCode
  locale
  active
  mustChangePassword
  version
  agency {
    id
    name
  }
}`) as unknown as TypedDocumentString<ManagerUsersQuery, ManagerUsersQueryVariables>;
export const ManagerUserDocument = new TypedDocumentString(`
    query ManagerUser($id: ID!) {
  user(id: $id) {
    ...ManagedUserFields
  }
}
    fragment ManagedUserFields on User {
  id
  email
  name
  role
  providerCode
  locale
  active
  mustChangePassword
  version
  agency {
    id
    name
  }
}`) as unknown as TypedDocumentString<ManagerUserQuery, ManagerUserQueryVariables>;
export const ManagerCreateUserDocument = new TypedDocumentString(`
    mutation ManagerCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerCreateUserMutation, ManagerCreateUserMutationVariables>;
export const ManagerUpdateUserDocument = new TypedDocumentString(`
    mutation ManagerUpdateUser($id: ID!, $input: UpdateUserInput!, $expectedVersion: Int!) {
  updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerUpdateUserMutation, ManagerUpdateUserMutationVariables>;
export const ManagerDeactivateUserDocument = new TypedDocumentString(`
    mutation ManagerDeactivateUser($id: ID!, $expectedVersion: Int!) {
  deactivateUser(id: $id, expectedVersion: $expectedVersion) {
    id
    active
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerDeactivateUserMutation, ManagerDeactivateUserMutationVariables>;
export const ManagerReactivateUserDocument = new TypedDocumentString(`
    mutation ManagerReactivateUser($id: ID!, $expectedVersion: Int!) {
  reactivateUser(id: $id, expectedVersion: $expectedVersion) {
    id
    active
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerReactivateUserMutation, ManagerReactivateUserMutationVariables>;
export const ManagerSetOneTimePasswordDocument = new TypedDocumentString(`
    mutation ManagerSetOneTimePassword($userId: ID!, $password: String!, $expectedVersion: Int!) {
  setOneTimePassword(
    userId: $userId
    password: $password
    expectedVersion: $expectedVersion
  ) {
    id
    mustChangePassword
    version
  }
}
    `) as unknown as TypedDocumentString<ManagerSetOneTimePasswordMutation, ManagerSetOneTimePasswordMutationVariables>;
export const ManagerClearSignInLockDocument = new TypedDocumentString(`
    mutation ManagerClearSignInLock($email: String!) {
  clearSignInLock(email: $email)
}
    `) as unknown as TypedDocumentString<ManagerClearSignInLockMutation, ManagerClearSignInLockMutationVariables>;
export const CatalogueVersionsDocument = new TypedDocumentString(`
    query CatalogueVersions {
  providers {
    code
    versions {
      number
      status
      validFrom
      inForce
      superseded
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueVersionsQuery, CatalogueVersionsQueryVariables>;
export const ConfiguratorAgencyDefaultsDocument = new TypedDocumentString(`
    query ConfiguratorAgencyDefaults {
  me {
    role
    agency {
      id
      name
      providerCode
      defaultVolumes {
        driverCode
        quantity
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConfiguratorAgencyDefaultsQuery, ConfiguratorAgencyDefaultsQueryVariables>;
export const ConfigurationCatalogueDocument = new TypedDocumentString(`
    query ConfigurationCatalogue($providerCode: String!, $version: Int) {
  catalogue(providerCode: $providerCode, version: $version) {
    number
    validFrom
    currency
    provider {
      code
      name
    }
    categories {
      code
      nameTranslations
    }
    drivers {
      code
      nameTranslations
      unitTranslations
      integer
    }
    serviceLevels {
      code
      nameTranslations
      rank
      surchargePercent
      targets {
        metric
        nameTranslations
        value
        unit
        serviceCode
      }
    }
    services {
      code
      nameTranslations
      kind
      status
      category
    }
    servicePackages {
      code
      nameTranslations
      descriptionTranslations
      serviceLevelCode
      discountPercent
      allowedAddOns
      items {
        serviceCode
        included {
          driverCode
          quantity
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConfigurationCatalogueQuery, ConfigurationCatalogueQueryVariables>;
export const ManagerVersionsDocument = new TypedDocumentString(`
    query ManagerVersions {
  providers {
    code
    name
    country
    locale
    versions {
      id
      number
      status
      validFrom
      inForce
      superseded
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerVersionsQuery, ManagerVersionsQueryVariables>;
export const PriceConfigurationDocument = new TypedDocumentString(`
    query PriceConfiguration($input: ConfigurationInput!) {
  priceConfiguration(input: $input) {
    ...PriceQuoteFields
  }
}
    fragment PriceQuoteFields on PriceQuote {
  currency
  catalogueVersion
  contractYears
  startDate
  upcomingChange {
    catalogueVersion
    validFrom
  }
  valid
  servicePackageCode
  serviceLevelCode
  lines {
    serviceCode
    componentIndex
    componentLabel
    componentLabelTranslations
    model
    period
    driverCode
    quantity
    billableQuantity
    includedQuantity
    amount
    firstYear
    lastYear
  }
  years {
    year
    oneTime
    recurring
    total
  }
  totals {
    monthly
    firstYear
    contractTotal
  }
  issues {
    code
    severity
    serviceCode
    driverCode
    otherServiceCode
    requiredAnyOf
  }
}`) as unknown as TypedDocumentString<PriceConfigurationQuery, PriceConfigurationQueryVariables>;
export const CompareConfigurationsDocument = new TypedDocumentString(`
    query CompareConfigurations($inputs: [ConfigurationInput!]!) {
  compareConfigurations(inputs: $inputs) {
    ...PriceQuoteFields
  }
}
    fragment PriceQuoteFields on PriceQuote {
  currency
  catalogueVersion
  contractYears
  startDate
  upcomingChange {
    catalogueVersion
    validFrom
  }
  valid
  servicePackageCode
  serviceLevelCode
  lines {
    serviceCode
    componentIndex
    componentLabel
    componentLabelTranslations
    model
    period
    driverCode
    quantity
    billableQuantity
    includedQuantity
    amount
    firstYear
    lastYear
  }
  years {
    year
    oneTime
    recurring
    total
  }
  totals {
    monthly
    firstYear
    contractTotal
  }
  issues {
    code
    severity
    serviceCode
    driverCode
    otherServiceCode
    requiredAnyOf
  }
}`) as unknown as TypedDocumentString<CompareConfigurationsQuery, CompareConfigurationsQueryVariables>;
export const ExportCatalogueDocument = new TypedDocumentString(`
    query ExportCatalogue($providerCode: String!, $version: Int) {
  exportCatalogue(providerCode: $providerCode, version: $version)
}
    `) as unknown as TypedDocumentString<ExportCatalogueQuery, ExportCatalogueQueryVariables>;
export const QuotesDocument = new TypedDocumentString(`
    query Quotes($first: Int, $after: String, $status: QuoteStatus) {
  quotes(first: $first, after: $after, status: $status) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        displayReference
        name
        status
        revision
        validUntil
        expired
        agency {
          id
          name
        }
        price {
          currency
          totals {
            firstYear
            contractTotal
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuotesQuery, QuotesQueryVariables>;
export const QuoteDocument = new TypedDocumentString(`
    query Quote($id: ID!) {
  quote(id: $id) {
    ...QuoteDetailFields
  }
}
    fragment PriceQuoteFields on PriceQuote {
  currency
  catalogueVersion
  contractYears
  startDate
  upcomingChange {
    catalogueVersion
    validFrom
  }
  valid
  servicePackageCode
  serviceLevelCode
  lines {
    serviceCode
    componentIndex
    componentLabel
    componentLabelTranslations
    model
    period
    driverCode
    quantity
    billableQuantity
    includedQuantity
    amount
    firstYear
    lastYear
  }
  years {
    year
    oneTime
    recurring
    total
  }
  totals {
    monthly
    firstYear
    contractTotal
  }
  issues {
    code
    severity
    serviceCode
    driverCode
    otherServiceCode
    requiredAnyOf
  }
}
fragment QuoteDetailFields on Quote {
  id
  reference
  displayReference
  name
  status
  revision
  previousQuoteId
  latestRevision
  version
  validUntil
  expired
  providerCode
  catalogueVersion
  startDate
  configuration
  createdAt
  updatedAt
  submittedAt
  decidedAt
  decisionComment
  agency {
    id
    name
    organisationNumber
  }
  comments {
    id
    authorName
    createdAt
    text
  }
  price {
    ...PriceQuoteFields
  }
}`) as unknown as TypedDocumentString<QuoteQuery, QuoteQueryVariables>;
export const QuoteCatalogueNamesDocument = new TypedDocumentString(`
    query QuoteCatalogueNames($providerCode: String!, $version: Int) {
  catalogue(providerCode: $providerCode, version: $version) {
    number
    provider {
      code
      name
    }
    drivers {
      code
      nameTranslations
    }
    categories {
      code
      nameTranslations
    }
    serviceLevels {
      code
      nameTranslations
      targets {
        metric
        nameTranslations
        value
        unit
        serviceCode
      }
    }
    services {
      code
      nameTranslations
      category
    }
    servicePackages {
      code
      nameTranslations
    }
  }
}
    `) as unknown as TypedDocumentString<QuoteCatalogueNamesQuery, QuoteCatalogueNamesQueryVariables>;
export const SaveQuoteDocument = new TypedDocumentString(`
    mutation SaveQuote($input: SaveQuoteInput!, $idempotencyKey: String) {
  saveQuote(input: $input, idempotencyKey: $idempotencyKey) {
    ...QuoteDetailFields
  }
}
    fragment PriceQuoteFields on PriceQuote {
  currency
  catalogueVersion
  contractYears
  startDate
  upcomingChange {
    catalogueVersion
    validFrom
  }
  valid
  servicePackageCode
  serviceLevelCode
  lines {
    serviceCode
    componentIndex
    componentLabel
    componentLabelTranslations
    model
    period
    driverCode
    quantity
    billableQuantity
    includedQuantity
    amount
    firstYear
    lastYear
  }
  years {
    year
    oneTime
    recurring
    total
  }
  totals {
    monthly
    firstYear
    contractTotal
  }
  issues {
    code
    severity
    serviceCode
    driverCode
    otherServiceCode
    requiredAnyOf
  }
}
fragment QuoteDetailFields on Quote {
  id
  reference
  displayReference
  name
  status
  revision
  previousQuoteId
  latestRevision
  version
  validUntil
  expired
  providerCode
  catalogueVersion
  startDate
  configuration
  createdAt
  updatedAt
  submittedAt
  decidedAt
  decisionComment
  agency {
    id
    name
    organisationNumber
  }
  comments {
    id
    authorName
    createdAt
    text
  }
  price {
    ...PriceQuoteFields
  }
}`) as unknown as TypedDocumentString<SaveQuoteMutation, SaveQuoteMutationVariables>;
export const UpdateQuoteDocument = new TypedDocumentString(`
    mutation UpdateQuote($id: ID!, $input: SaveQuoteInput!, $expectedVersion: Int!, $idempotencyKey: String) {
  updateQuote(
    id: $id
    input: $input
    expectedVersion: $expectedVersion
    idempotencyKey: $idempotencyKey
  ) {
    ...QuoteDetailFields
  }
}
    fragment PriceQuoteFields on PriceQuote {
  currency
  catalogueVersion
  contractYears
  startDate
  upcomingChange {
    catalogueVersion
    validFrom
  }
  valid
  servicePackageCode
  serviceLevelCode
  lines {
    serviceCode
    componentIndex
    componentLabel
    componentLabelTranslations
    model
    period
    driverCode
    quantity
    billableQuantity
    includedQuantity
    amount
    firstYear
    lastYear
  }
  years {
    year
    oneTime
    recurring
    total
  }
  totals {
    monthly
    firstYear
    contractTotal
  }
  issues {
    code
    severity
    serviceCode
    driverCode
    otherServiceCode
    requiredAnyOf
  }
}
fragment QuoteDetailFields on Quote {
  id
  reference
  displayReference
  name
  status
  revision
  previousQuoteId
  latestRevision
  version
  validUntil
  expired
  providerCode
  catalogueVersion
  startDate
  configuration
  createdAt
  updatedAt
  submittedAt
  decidedAt
  decisionComment
  agency {
    id
    name
    organisationNumber
  }
  comments {
    id
    authorName
    createdAt
    text
  }
  price {
    ...PriceQuoteFields
  }
}`) as unknown as TypedDocumentString<UpdateQuoteMutation, UpdateQuoteMutationVariables>;
export const ReviseQuoteDocument = new TypedDocumentString(`
    mutation ReviseQuote($id: ID!, $expectedVersion: Int!, $idempotencyKey: String) {
  reviseQuote(
    id: $id
    expectedVersion: $expectedVersion
    idempotencyKey: $idempotencyKey
  ) {
    ...QuoteDetailFields
  }
}
    fragment PriceQuoteFields on PriceQuote {
  currency
  catalogueVersion
  contractYears
  startDate
  upcomingChange {
    catalogueVersion
    validFrom
  }
  valid
  servicePackageCode
  serviceLevelCode
  lines {
    serviceCode
    componentIndex
    componentLabel
    componentLabelTranslations
    model
    period
    driverCode
    quantity
    billableQuantity
    includedQuantity
    amount
    firstYear
    lastYear
  }
  years {
    year
    oneTime
    recurring
    total
  }
  totals {
    monthly
    firstYear
    contractTotal
  }
  issues {
    code
    severity
    serviceCode
    driverCode
    otherServiceCode
    requiredAnyOf
  }
}
fragment QuoteDetailFields on Quote {
  id
  reference
  displayReference
  name
  status
  revision
  previousQuoteId
  latestRevision
  version
  validUntil
  expired
  providerCode
  catalogueVersion
  startDate
  configuration
  createdAt
  updatedAt
  submittedAt
  decidedAt
  decisionComment
  agency {
    id
    name
    organisationNumber
  }
  comments {
    id
    authorName
    createdAt
    text
  }
  price {
    ...PriceQuoteFields
  }
}`) as unknown as TypedDocumentString<ReviseQuoteMutation, ReviseQuoteMutationVariables>;
export const SubmitQuoteDocument = new TypedDocumentString(`
    mutation SubmitQuote($id: ID!, $expectedVersion: Int!, $idempotencyKey: String) {
  submitQuote(
    id: $id
    expectedVersion: $expectedVersion
    idempotencyKey: $idempotencyKey
  ) {
    ...QuoteDetailFields
  }
}
    fragment PriceQuoteFields on PriceQuote {
  currency
  catalogueVersion
  contractYears
  startDate
  upcomingChange {
    catalogueVersion
    validFrom
  }
  valid
  servicePackageCode
  serviceLevelCode
  lines {
    serviceCode
    componentIndex
    componentLabel
    componentLabelTranslations
    model
    period
    driverCode
    quantity
    billableQuantity
    includedQuantity
    amount
    firstYear
    lastYear
  }
  years {
    year
    oneTime
    recurring
    total
  }
  totals {
    monthly
    firstYear
    contractTotal
  }
  issues {
    code
    severity
    serviceCode
    driverCode
    otherServiceCode
    requiredAnyOf
  }
}
fragment QuoteDetailFields on Quote {
  id
  reference
  displayReference
  name
  status
  revision
  previousQuoteId
  latestRevision
  version
  validUntil
  expired
  providerCode
  catalogueVersion
  startDate
  configuration
  createdAt
  updatedAt
  submittedAt
  decidedAt
  decisionComment
  agency {
    id
    name
    organisationNumber
  }
  comments {
    id
    authorName
    createdAt
    text
  }
  price {
    ...PriceQuoteFields
  }
}`) as unknown as TypedDocumentString<SubmitQuoteMutation, SubmitQuoteMutationVariables>;
export const WithdrawQuoteDocument = new TypedDocumentString(`
    mutation WithdrawQuote($id: ID!, $expectedVersion: Int!, $idempotencyKey: String) {
  withdrawQuote(
    id: $id
    expectedVersion: $expectedVersion
    idempotencyKey: $idempotencyKey
  ) {
    ...QuoteDetailFields
  }
}
    fragment PriceQuoteFields on PriceQuote {
  currency
  catalogueVersion
  contractYears
  startDate
  upcomingChange {
    catalogueVersion
    validFrom
  }
  valid
  servicePackageCode
  serviceLevelCode
  lines {
    serviceCode
    componentIndex
    componentLabel
    componentLabelTranslations
    model
    period
    driverCode
    quantity
    billableQuantity
    includedQuantity
    amount
    firstYear
    lastYear
  }
  years {
    year
    oneTime
    recurring
    total
  }
  totals {
    monthly
    firstYear
    contractTotal
  }
  issues {
    code
    severity
    serviceCode
    driverCode
    otherServiceCode
    requiredAnyOf
  }
}
fragment QuoteDetailFields on Quote {
  id
  reference
  displayReference
  name
  status
  revision
  previousQuoteId
  latestRevision
  version
  validUntil
  expired
  providerCode
  catalogueVersion
  startDate
  configuration
  createdAt
  updatedAt
  submittedAt
  decidedAt
  decisionComment
  agency {
    id
    name
    organisationNumber
  }
  comments {
    id
    authorName
    createdAt
    text
  }
  price {
    ...PriceQuoteFields
  }
}`) as unknown as TypedDocumentString<WithdrawQuoteMutation, WithdrawQuoteMutationVariables>;
export const AddQuoteCommentDocument = new TypedDocumentString(`
    mutation AddQuoteComment($id: ID!, $text: String!, $idempotencyKey: String) {
  addQuoteComment(id: $id, text: $text, idempotencyKey: $idempotencyKey) {
    id
    authorName
    createdAt
    text
  }
}
    `) as unknown as TypedDocumentString<AddQuoteCommentMutation, AddQuoteCommentMutationVariables>;
export const QuoteChangedDocument = new TypedDocumentString(`
    subscription QuoteChanged($id: ID!) {
  quoteChanged(id: $id) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<QuoteChangedSubscription, QuoteChangedSubscriptionVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    mustChangePassword
    user {
      ...SessionUserFields
    }
  }
}
    fragment SessionUserFields on User {
  id
  email
  name
  role
  providerCode
  agency {
    id
    name
  }
  locale
  mustChangePassword
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionUserFields
  }
}
    fragment SessionUserFields on User {
  id
  email
  name
  role
  providerCode
  agency {
    id
    name
  }
  locale
  mustChangePassword
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;