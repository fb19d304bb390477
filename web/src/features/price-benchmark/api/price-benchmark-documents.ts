import { graphql } from '../../../lib/graphql/generated';

export const PriceBenchmarkDocument = graphql(`
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
`);

export const ExchangeRatesDocument = graphql(`
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
`);

export const RecordExchangeRateDocument = graphql(`
  mutation RecordExchangeRate($input: RecordExchangeRateInput!) {
    recordExchangeRate(input: $input) {
      id
      version
    }
  }
`);

export const UpdateExchangeRateDocument = graphql(`
  mutation UpdateExchangeRate($id: ID!, $expectedVersion: Int!, $input: UpdateExchangeRateInput!) {
    updateExchangeRate(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
    }
  }
`);

export const DeleteExchangeRateDocument = graphql(`
  mutation DeleteExchangeRate($id: ID!, $expectedVersion: Int!) {
    deleteExchangeRate(id: $id, expectedVersion: $expectedVersion)
  }
`);
