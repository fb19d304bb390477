import { graphql } from '../graphql/generated';

/**
 * The one field selection of a `PriceQuote` the web app reads: the configurator's and the
 * comparison's confirmations and a quote's stored price all spread it, so the three screens check
 * and show the same figures.
 */
graphql(`
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
`);
