import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../common/errors/domain-error.js';
import { connectionOf, decodeCursor, pageSize, type ConnectionShape } from '../common/graphql/paging.js';
import {
  BenchmarkFigureRepository,
  type BenchmarkFilter,
  type BenchmarkPosition,
} from './benchmark-figure.repository.js';
import type { BenchmarkFigureEntity } from './benchmark-figure.entity.js';
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
  async list(query: BenchmarkListQuery): Promise<ConnectionShape<BenchmarkFigureEntity>> {
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
      (row) => row,
    );
  }
}

function decodePosition(cursor: string): BenchmarkPosition {
  const key = decodeCursor(cursor);
  try {
    const parsed: unknown = JSON.parse(key);
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      Number.isInteger(parsed[2])
    ) {
      return { kpi: parsed[0], providerCode: parsed[1], year: parsed[2] as number };
    }
  } catch {
    // Not JSON: refused below like any other foreign cursor.
  }
  throw new BadUserInputError('after is not a cursor of this list.', 'after');
}
