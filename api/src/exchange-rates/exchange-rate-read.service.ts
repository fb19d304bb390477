import { Injectable } from '@nestjs/common';
import { chooseRate, type AppliedRate, type ExchangeRateFact } from '@servicekatalog/shared';
import { Clock } from '../common/clock/clock.js';
import { connectionOf, decodeJsonCursor, pageSize, type ConnectionShape } from '../common/graphql/paging.js';
import {
  ExchangeRateRepository,
  type ExchangeRateFilter,
  type ExchangeRatePosition,
} from './exchange-rate.repository.js';
import { checkCurrency } from './exchange-rate.rules.js';
import { ExchangeRateModel } from './models/exchange-rate.model.js';

export interface RatesInUseQuery {
  from: readonly string[];
  to: string;
  at?: string | null;
}

export interface ExchangeRateListQuery extends ExchangeRateFilter {
  first?: number | null;
  after?: string | null;
}

/** Reading exchange rates: public, like the converted figures that name them. */
@Injectable()
export class ExchangeRateReadService {
  constructor(
    private readonly repository: ExchangeRateRepository,
    private readonly clock: Clock,
  ) {}

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

  /**
   * The rate each `from` currency converts into `to` at on `at` (default today, UTC), by the shared
   * rule: a currency into itself is 1, else the latest stored rate on or before the day, in that
   * direction only. A currency without one is left out — a missing rate is said, never guessed.
   * @throws BadUserInputError naming the field ("from[1]", "to") of an unknown currency.
   */
  async inUse(query: RatesInUseQuery): Promise<AppliedRate[]> {
    const to = checkCurrency(query.to, 'to');
    const from = [...new Set(query.from.map((code, i) => checkCurrency(code, `from[${i}]`)))];
    const at = query.at ?? this.clock.today();
    const facts = from.some((code) => code !== to) ? await this.ratesInto(to, at) : [];
    return from.flatMap((code) => chooseRate(facts, code, to, at) ?? []);
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
