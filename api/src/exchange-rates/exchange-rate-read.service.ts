import { Injectable } from '@nestjs/common';
import type { ExchangeRateFact } from '@servicekatalog/shared';
import { connectionOf, decodeJsonCursor, pageSize, type ConnectionShape } from '../common/graphql/paging.js';
import {
  ExchangeRateRepository,
  type ExchangeRateFilter,
  type ExchangeRatePosition,
} from './exchange-rate.repository.js';
import { ExchangeRateModel } from './models/exchange-rate.model.js';

export interface ExchangeRateListQuery extends ExchangeRateFilter {
  first?: number | null;
  after?: string | null;
}

/** Reading exchange rates: public, like the converted figures that name them. */
@Injectable()
export class ExchangeRateReadService {
  constructor(private readonly repository: ExchangeRateRepository) {}

  /** Newest date first, then from and to; the cursor holds that unique key, so paging is stable. */
  async list(query: ExchangeRateListQuery): Promise<ConnectionShape<ExchangeRateModel>> {
    const size = pageSize(query.first);
    const after = query.after ? decodePosition(query.after) : null;
    const { rows, totalCount } = await this.repository.page(query, after, size + 1);
    return connectionOf(
      rows,
      size,
      totalCount,
      after !== null,
      (row) => JSON.stringify([row.date, row.from, row.to]),
      ExchangeRateModel.from,
    );
  }

  /** The stored rates into `to` dated on or before `at`, for the shared rule that picks one. */
  async ratesInto(to: string, at: string): Promise<ExchangeRateFact[]> {
    const rows = await this.repository.ratesInto(to, at);
    return rows.map(({ id, date, from, rate, source }) => ({ id, date, from, to, rate, source }));
  }
}

function decodePosition(cursor: string): ExchangeRatePosition {
  const [date, from, to] = decodeJsonCursor(
    cursor,
    (key): key is [string, string, string] =>
      Array.isArray(key) && key.length === 3 && key.every((part) => typeof part === 'string'),
  );
  return { date, from, to };
}
