import { Injectable } from '@nestjs/common';
import { connectionOf, decodeJsonCursor, pageSize, type ConnectionShape } from '../common/graphql/paging.js';
import {
  BenchmarkFigureRepository,
  type BenchmarkFilter,
  type BenchmarkPosition,
} from './benchmark-figure.repository.js';
import { BenchmarkFigureModel } from './models/benchmark-figure.model.js';
import { ProviderCurrencyReader } from './provider-currency.reader.js';

export interface BenchmarkListQuery extends BenchmarkFilter {
  first?: number | null;
  after?: string | null;
}

/** Reading benchmark figures: public (DESIGN: anonymous callers and customers read them too). */
@Injectable()
export class BenchmarkFigureReadService {
  constructor(
    private readonly repository: BenchmarkFigureRepository,
    private readonly providers: ProviderCurrencyReader,
  ) {}

  /**
   * Figures ordered by KPI, centre and year; the cursor holds that (unique) key, so paging is
   * stable while figures are added. An unknown providerCode is BAD_USER_INPUT, not an empty list.
   */
  async list(query: BenchmarkListQuery): Promise<ConnectionShape<BenchmarkFigureModel>> {
    if (query.providerCode) await this.providers.assertKnown(query.providerCode, 'providerCode');
    const size = pageSize(query.first);
    const after = query.after ? decodePosition(query.after) : null;
    const { rows, totalCount } = await this.repository.page(query, after, size + 1);
    return connectionOf(
      rows,
      size,
      totalCount,
      after !== null,
      (row) => JSON.stringify([row.kpi, row.providerCode, row.year]),
      BenchmarkFigureModel.from,
    );
  }
}

function decodePosition(cursor: string): BenchmarkPosition {
  const [kpi, providerCode, year] = decodeJsonCursor(
    cursor,
    (key): key is [string, string, number] =>
      Array.isArray(key) &&
      key.length === 3 &&
      typeof key[0] === 'string' &&
      typeof key[1] === 'string' &&
      Number.isInteger(key[2]),
  );
  return { kpi, providerCode, year };
}
