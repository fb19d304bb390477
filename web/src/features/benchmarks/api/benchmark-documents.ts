import { graphql } from '../../../lib/graphql/generated';

export const BenchmarkFiguresDocument = graphql(`
  query BenchmarkFigures($providerCode: String, $kpi: BenchmarkKpi, $first: Int, $after: String) {
    benchmarkFigures(providerCode: $providerCode, kpi: $kpi, first: $first, after: $after) {
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
`);

export const BenchmarkCentresDocument = graphql(`
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
`);

export const RecordBenchmarkFigureDocument = graphql(`
  mutation RecordBenchmarkFigure($input: RecordBenchmarkFigureInput!) {
    recordBenchmarkFigure(input: $input) {
      id
      version
    }
  }
`);

export const UpdateBenchmarkFigureDocument = graphql(`
  mutation UpdateBenchmarkFigure($id: ID!, $input: UpdateBenchmarkFigureInput!, $expectedVersion: Int!) {
    updateBenchmarkFigure(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

export const DeleteBenchmarkFigureDocument = graphql(`
  mutation DeleteBenchmarkFigure($id: ID!, $expectedVersion: Int!) {
    deleteBenchmarkFigure(id: $id, expectedVersion: $expectedVersion)
  }
`);
