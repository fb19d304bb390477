import { DataSource } from 'typeorm';
import type { GraphQLResponse, TestApp } from './test-app.js';

/** GraphQL documents and helpers of the benchmark-figure specs. */
export const FIGURE_FIELDS = 'id providerCode year kpi value currency source version';
export const RECORD = `mutation ($input: RecordBenchmarkFigureInput!) { recordBenchmarkFigure(input: $input) { ${FIGURE_FIELDS} } }`;
export const UPDATE = `mutation ($id: ID!, $input: UpdateBenchmarkFigureInput!, $expectedVersion: Int!) {
  updateBenchmarkFigure(id: $id, input: $input, expectedVersion: $expectedVersion) { ${FIGURE_FIELDS} } }`;
export const DELETE = `mutation ($id: ID!, $expectedVersion: Int!) { deleteBenchmarkFigure(id: $id, expectedVersion: $expectedVersion) }`;
export const LIST = `query ($providerCode: String, $kpi: BenchmarkKpi, $year: Int, $first: Int, $after: String) {
  benchmarkFigures(providerCode: $providerCode, kpi: $kpi, year: $year, first: $first, after: $after) {
    totalCount edges { cursor node { ${FIGURE_FIELDS} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

export interface Figure {
  id: string;
  providerCode: string;
  year: number;
  kpi: string;
  value: string;
  currency: string;
  source: string;
  version: number;
}

export interface FigureList {
  benchmarkFigures: {
    totalCount: number;
    edges: { cursor: string; node: Figure }[];
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
}

export function recordFigure(
  app: TestApp,
  input: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResponse<{ recordBenchmarkFigure: Figure }>> {
  return app.gql<{ recordBenchmarkFigure: Figure }>(RECORD, { input }, { token });
}

export function updateFigure(
  app: TestApp,
  id: string,
  input: Record<string, unknown>,
  expectedVersion: number,
  token?: string,
): Promise<GraphQLResponse<{ updateBenchmarkFigure: Figure }>> {
  return app.gql<{ updateBenchmarkFigure: Figure }>(UPDATE, { id, input, expectedVersion }, { token });
}

export function deleteFigure(
  app: TestApp,
  id: string,
  expectedVersion: number,
  token?: string,
): Promise<GraphQLResponse<{ deleteBenchmarkFigure: boolean }>> {
  return app.gql<{ deleteBenchmarkFigure: boolean }>(DELETE, { id, expectedVersion }, { token });
}

export function listFigures(
  app: TestApp,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<FigureList>> {
  return app.gql<FigureList>(LIST, variables, { token });
}

/** The stored rows of benchmark_figures, as the database has them (value as text). */
export async function storedFigures(app: TestApp): Promise<Record<string, unknown>[]> {
  const rows = (await app.app
    .get(DataSource)
    .query(
      'SELECT id, provider_code, year, kpi, value, currency, source, version FROM benchmark_figures ORDER BY id',
    )) as Record<string, unknown>[];
  // PostgreSQL and SQLite both return integers as numbers here; keep the comparison exact.
  return rows.map((row) => ({ ...row, year: Number(row.year), version: Number(row.version) }));
}

/** Asserts a refusal: no data, the code and (when given) the field. */
export function expectRefused(response: GraphQLResponse<unknown>, code: string, field?: string): void {
  if (Object.values(response.data ?? {}).some((value) => value !== null))
    throw new Error(`expected ${code}, got data ${JSON.stringify(response.data)}`);
  const extensions = response.errors?.[0]?.extensions ?? {};
  if (extensions.code !== code || (field !== undefined && extensions.field !== field))
    throw new Error(`expected ${code} on ${field}, got ${JSON.stringify(response.errors)}`);
}
