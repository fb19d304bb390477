import { graphql } from '../graphql/generated';

/** Everything the detail and print pages show of a quote; mutations answer with the same. */
graphql(`
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
`);

export const QuotesDocument = graphql(`
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
`);

export const QuoteDocument = graphql(`
  query Quote($id: ID!) {
    quote(id: $id) {
      ...QuoteDetailFields
    }
  }
`);

export const QuoteCatalogueNamesDocument = graphql(`
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
`);

export const SaveQuoteDocument = graphql(`
  mutation SaveQuote($input: SaveQuoteInput!, $idempotencyKey: String) {
    saveQuote(input: $input, idempotencyKey: $idempotencyKey) {
      ...QuoteDetailFields
    }
  }
`);

export const UpdateQuoteDocument = graphql(`
  mutation UpdateQuote($id: ID!, $input: SaveQuoteInput!, $expectedVersion: Int!, $idempotencyKey: String) {
    updateQuote(id: $id, input: $input, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {
      ...QuoteDetailFields
    }
  }
`);

export const ReviseQuoteDocument = graphql(`
  mutation ReviseQuote($id: ID!, $expectedVersion: Int!, $idempotencyKey: String) {
    reviseQuote(id: $id, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {
      ...QuoteDetailFields
    }
  }
`);

export const SubmitQuoteDocument = graphql(`
  mutation SubmitQuote($id: ID!, $expectedVersion: Int!, $idempotencyKey: String) {
    submitQuote(id: $id, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {
      ...QuoteDetailFields
    }
  }
`);

export const WithdrawQuoteDocument = graphql(`
  mutation WithdrawQuote($id: ID!, $expectedVersion: Int!, $idempotencyKey: String) {
    withdrawQuote(id: $id, expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {
      ...QuoteDetailFields
    }
  }
`);

export const AddQuoteCommentDocument = graphql(`
  mutation AddQuoteComment($id: ID!, $text: String!, $idempotencyKey: String) {
    addQuoteComment(id: $id, text: $text, idempotencyKey: $idempotencyKey) {
      id
      authorName
      createdAt
      text
    }
  }
`);

/** A change of one quote, live: only what tells whether the status changed; the page then reloads it. */
export const QuoteChangedDocument = graphql(`
  subscription QuoteChanged($id: ID!) {
    quoteChanged(id: $id) {
      id
      status
      version
    }
  }
`);
