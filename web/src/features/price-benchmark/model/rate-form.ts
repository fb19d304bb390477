import { exchangeRateProblem, isCalendarDate } from '@servicekatalog/shared';
import { apiFailure } from '../../../lib/api-errors';
import type { ExchangeRate } from '../api/price-benchmark';

export type RateField = 'date' | 'from' | 'to' | 'rate' | 'source';
export const RATE_FIELDS: readonly RateField[] = ['date', 'from', 'to', 'rate', 'source'];

export type RateDraft = Record<RateField, string>;
export type RateProblems = Partial<Record<RateField, string>>;

export function rateDraftOf(rate: ExchangeRate | null, today: string): RateDraft {
  if (rate) return { date: rate.date, from: rate.from, to: rate.to, rate: rate.rate, source: rate.source };
  return { date: today, from: 'NOK', to: 'EUR', rate: '', source: '' };
}

/** A rate typed with a decimal comma is read as the plain decimal the API expects ("0,0862" → "0.0862"). */
export function normalizeRate(text: string): string {
  return text.trim().replace(',', '.');
}

/** The same rules the API applies, checked before sending; values are i18n keys. */
export function rateProblems(draft: RateDraft): RateProblems {
  const problems: RateProblems = {};
  if (!isCalendarDate(draft.date)) problems.date = 'priceBenchmark.rates.errors.date';
  if (draft.from === draft.to) problems.to = 'priceBenchmark.rates.errors.same';
  if (exchangeRateProblem(normalizeRate(draft.rate)) !== null)
    problems.rate = 'priceBenchmark.rates.errors.rate';
  const source = draft.source.trim();
  if (source === '' || [...source].length > 500) problems.source = 'priceBenchmark.rates.errors.source';
  return problems;
}

export type RateFailure =
  { kind: 'field'; field: RateField; key: string } | { kind: 'message'; key: string; reload: boolean };

/** Words why the API refused a save or delete: at its field, or as a message (reload when stale). */
export function rateFailure(error: unknown, online: boolean): RateFailure {
  const message = (key: string, reload = false): RateFailure => ({ kind: 'message', key, reload });
  const failure = apiFailure(error, online);
  if (failure.kind !== 'refused') return message(`priceBenchmark.rates.errors.${failure.kind}`);
  switch (failure.code) {
    case 'BAD_USER_INPUT': {
      const field = RATE_FIELDS.find((candidate) => failure.field === `input.${candidate}`);
      if (!field) return message('priceBenchmark.rates.errors.server');
      if (failure.reason === 'DUPLICATE')
        return { kind: 'field', field, key: 'priceBenchmark.rates.errors.duplicate' };
      const key = field === 'from' || field === 'to' ? 'currency' : field;
      return { kind: 'field', field, key: `priceBenchmark.rates.errors.${key}` };
    }
    case 'CONFLICT':
    case 'NOT_FOUND':
      return message('priceBenchmark.rates.errors.conflict', true);
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
      return message('priceBenchmark.rates.errors.forbidden');
    default:
      return message('priceBenchmark.rates.errors.server');
  }
}
