import { DataSource } from 'typeorm';
import type { GraphQLResponse, TestApp } from './test-app.js';

export const RATE_FIELDS = 'id date from to rate source version';
export const RECORD_RATE = `mutation ($input: RecordExchangeRateInput!) { recordExchangeRate(input: $input) { ${RATE_FIELDS} } }`;
export const UPDATE_RATE = `mutation ($id: ID!, $expectedVersion: Int!, $input: UpdateExchangeRateInput!) {
  updateExchangeRate(id: $id, expectedVersion: $expectedVersion, input: $input) { ${RATE_FIELDS} } }`;
export const DELETE_RATE = `mutation ($id: ID!, $expectedVersion: Int!) { deleteExchangeRate(id: $id, expectedVersion: $expectedVersion) }`;
export const LIST_RATES = `query ($from: String, $to: String, $first: Int, $after: String) {
  exchangeRates(from: $from, to: $to, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${RATE_FIELDS} } } } }`;

export interface Rate {
  id: string;
  date: string;
  from: string;
  to: string;
  rate: string;
  source: string;
  version: number;
}

export function recordRate(
  app: TestApp,
  input: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResponse<{ recordExchangeRate: Rate }>> {
  return app.gql(RECORD_RATE, { input }, { token });
}

/** The exchange_rates table as stored, ordered by id, to prove that a refused write changed nothing. */
export async function storedRates(app: TestApp): Promise<Record<string, unknown>[]> {
  const rows = (await app.app
    .get(DataSource)
    .query(
      'SELECT id, rate_date, from_currency, to_currency, rate, source, version FROM exchange_rates ORDER BY id',
    )) as Record<string, unknown>[];
  return rows.map((row) => ({ ...row, version: Number(row.version) }));
}
