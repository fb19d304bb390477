/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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
  /** Quantities of the volume drivers; each driver at most once. */
  volumes?: Array<VolumeInput> | null | undefined;
};

/** A quantity of one volume driver, e.g. 600 payslips per month. */
export type VolumeInput = {
  /** Code of the volume driver, e.g. "PAYSLIPS". */
  driverCode: string;
  /** The quantity as a decimal string ("600", "7.5"): not negative, at most 6 decimals, whole for drivers that count whole units. A JSON number is refused. */
  quantity: string;
};

export type CatalogueBrowserQueryVariables = Exact<{
  providerCode: string;
  version?: number | null | undefined;
}>;


export type CatalogueBrowserQuery = { catalogue: { id: string, number: number, status: string, validFrom: string | null, currency: string, inForce: boolean, provider: { code: string, name: string, country: string, locale: string }, categories: Array<{ code: string, name: string }>, drivers: Array<{ code: string, name: string, unit: string, integer: boolean }>, serviceLevels: Array<{ code: string, name: string, rank: number, surchargePercent: string, targets: Array<{ metric: string, name: string, value: string, unit: string, serviceCode: string | null }> }>, services: Array<{ code: string, name: string, description: string | null, kind: string, status: string, category: string, requires: Array<Array<string>>, excludes: Array<string>, limits: Array<{ driverCode: string, min: string | null, max: string | null }>, priceComponents: Array<{ label: string, model: string, period: string, driverCode: string | null, amount: string | null, unitPrice: string | null, minimumCharge: string | null, fromYear: number, toYear: number | null, tiers: Array<{ upTo: string | null, unitPrice: string, flatFee: string }> }>, responsibilities: Array<{ task: string, party: string }> }>, servicePackages: Array<{ code: string, name: string, description: string | null, serviceLevelCode: string | null, discountPercent: string, allowedAddOns: Array<string> | null, items: Array<{ serviceCode: string, included: Array<{ driverCode: string, quantity: string }> }> }> } | null };

export type CompareCatalogueQueryVariables = Exact<{
  providerCode: string;
  version?: number | null | undefined;
}>;


export type CompareCatalogueQuery = { catalogue: { number: number, validFrom: string | null, currency: string, provider: { code: string, name: string }, drivers: Array<{ code: string, name: string, unit: string }>, serviceLevels: Array<{ code: string, name: string, rank: number }>, services: Array<{ code: string, name: string }>, servicePackages: Array<{ code: string, name: string, serviceLevelCode: string | null }> } | null };

export type CompareConfigurationsQueryVariables = Exact<{
  inputs: Array<ConfigurationInput> | ConfigurationInput;
}>;


export type CompareConfigurationsQuery = { compareConfigurations: Array<{ currency: string, valid: boolean, lines: Array<{ serviceCode: string, componentLabel: string, period: string, amount: string, firstYear: number, lastYear: number }>, years: Array<{ year: number, oneTime: string, recurring: string, total: string }>, totals: { monthly: string, firstYear: string, contractTotal: string }, issues: Array<{ code: string, serviceCode: string | null }> }> };

export type ConfiguratorCatalogueQueryVariables = Exact<{
  providerCode: string;
  version?: number | null | undefined;
}>;


export type ConfiguratorCatalogueQuery = { catalogue: { number: number, validFrom: string | null, currency: string, provider: { code: string, name: string }, categories: Array<{ code: string, name: string }>, drivers: Array<{ code: string, name: string, unit: string, integer: boolean }>, serviceLevels: Array<{ code: string, name: string, rank: number, surchargePercent: string }>, services: Array<{ code: string, name: string, kind: string, status: string, category: string }>, servicePackages: Array<{ code: string, name: string, description: string | null, serviceLevelCode: string | null, discountPercent: string, allowedAddOns: Array<string> | null, items: Array<{ serviceCode: string, included: Array<{ driverCode: string, quantity: string }> }> }> } | null };

export type PriceConfigurationQueryVariables = Exact<{
  input: ConfigurationInput;
}>;


export type PriceConfigurationQuery = { priceConfiguration: { currency: string, catalogueVersion: number, valid: boolean, lines: Array<{ serviceCode: string, componentLabel: string, model: string, period: string, driverCode: string | null, quantity: string | null, billableQuantity: string | null, amount: string, firstYear: number, lastYear: number }>, years: Array<{ year: number, oneTime: string, recurring: string, total: string }>, totals: { monthly: string, firstYear: string, contractTotal: string }, issues: Array<{ code: string, severity: string, serviceCode: string | null, message: string }> } };

export type ProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersQuery = { providers: Array<{ code: string, name: string, country: string, locale: string, versions: Array<{ number: number, status: string, validFrom: string | null, currency: string, inForce: boolean, superseded: boolean }> }> };

export type CatalogueVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueVersionsQuery = { providers: Array<{ code: string, versions: Array<{ number: number, status: string, validFrom: string | null, inForce: boolean, superseded: boolean }> }> };

export type ExportCatalogueQueryVariables = Exact<{
  providerCode: string;
  version?: number | null | undefined;
}>;


export type ExportCatalogueQuery = { exportCatalogue: unknown };

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
      name
    }
    drivers {
      code
      name
      unit
      integer
    }
    serviceLevels {
      code
      name
      rank
      surchargePercent
      targets {
        metric
        name
        value
        unit
        serviceCode
      }
    }
    services {
      code
      name
      description
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
        label
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
        task
        party
      }
    }
    servicePackages {
      code
      name
      description
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
export const CompareCatalogueDocument = new TypedDocumentString(`
    query CompareCatalogue($providerCode: String!, $version: Int) {
  catalogue(providerCode: $providerCode, version: $version) {
    number
    validFrom
    currency
    provider {
      code
      name
    }
    drivers {
      code
      name
      unit
    }
    serviceLevels {
      code
      name
      rank
    }
    services {
      code
      name
    }
    servicePackages {
      code
      name
      serviceLevelCode
    }
  }
}
    `) as unknown as TypedDocumentString<CompareCatalogueQuery, CompareCatalogueQueryVariables>;
export const CompareConfigurationsDocument = new TypedDocumentString(`
    query CompareConfigurations($inputs: [ConfigurationInput!]!) {
  compareConfigurations(inputs: $inputs) {
    currency
    valid
    lines {
      serviceCode
      componentLabel
      period
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
      serviceCode
    }
  }
}
    `) as unknown as TypedDocumentString<CompareConfigurationsQuery, CompareConfigurationsQueryVariables>;
export const ConfiguratorCatalogueDocument = new TypedDocumentString(`
    query ConfiguratorCatalogue($providerCode: String!, $version: Int) {
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
      name
    }
    drivers {
      code
      name
      unit
      integer
    }
    serviceLevels {
      code
      name
      rank
      surchargePercent
    }
    services {
      code
      name
      kind
      status
      category
    }
    servicePackages {
      code
      name
      description
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
    `) as unknown as TypedDocumentString<ConfiguratorCatalogueQuery, ConfiguratorCatalogueQueryVariables>;
export const PriceConfigurationDocument = new TypedDocumentString(`
    query PriceConfiguration($input: ConfigurationInput!) {
  priceConfiguration(input: $input) {
    currency
    catalogueVersion
    valid
    lines {
      serviceCode
      componentLabel
      model
      period
      driverCode
      quantity
      billableQuantity
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
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PriceConfigurationQuery, PriceConfigurationQueryVariables>;
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
export const ExportCatalogueDocument = new TypedDocumentString(`
    query ExportCatalogue($providerCode: String!, $version: Int) {
  exportCatalogue(providerCode: $providerCode, version: $version)
}
    `) as unknown as TypedDocumentString<ExportCatalogueQuery, ExportCatalogueQueryVariables>;