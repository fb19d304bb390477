import { codePointLength, Decimal } from '@servicekatalog/shared';
import { BadUserInputError } from '../common/errors/domain-error.js';
import type { BenchmarkFigureEntity } from './benchmark-figure.entity.js';
import { BENCHMARK_KPIS, isBenchmarkKpi, type BenchmarkKpi } from './benchmark-kpi.js';

/**
 * The rules of a benchmark figure's fields, as pure functions. Fields are named at their input
 * path ("input.value"), since both mutations take the fields in `input`.
 */

export const BENCHMARK_ENTITY = 'BenchmarkFigure';
/** The first year anyone benchmarked these unit costs in a form we store (Nordic Finance Benchmarking began in the 2000s). */
const FIRST_BENCHMARK_YEAR = 2000;
const SOURCE_MAX_LENGTH = 500;
/** Unit costs below one øre/cent (a posting line costs NOK 0.2) still fit; more digits are noise. */
const VALUE_MAX_DECIMALS = 6;
/** Twelve digits before the point: far above any unit cost, even in ISK. */
const VALUE_MAX_WHOLE_DIGITS = 12;

/**
 * The national currency of a Nordic centre's country, for a centre that has no catalogue in force
 * yet (a catalogue version's currency is otherwise the provider's currency).
 */
const NATIONAL_CURRENCIES: Readonly<Record<string, string>> = {
  DK: 'DKK',
  NO: 'NOK',
  SE: 'SEK',
  FI: 'EUR',
  IS: 'ISK',
};

export function nationalCurrency(country: string): string | null {
  return NATIONAL_CURRENCIES[country.toUpperCase()] ?? null;
}

/** A figure's fields as given, before checking. */
export interface BenchmarkFigureFields {
  year: number;
  kpi: string;
  value: string;
  source: string;
}

export type CheckedBenchmarkFields = Pick<BenchmarkFigureEntity, 'year' | 'kpi' | 'value' | 'source'>;

/** Checks every field; the first broken rule is thrown as BAD_USER_INPUT at its input path. */
export function checkBenchmarkFields(
  fields: BenchmarkFigureFields,
  thisYear: number,
): CheckedBenchmarkFields {
  return {
    year: checkYear(fields.year, thisYear),
    kpi: checkKpi(fields.kpi),
    value: checkValue(fields.value),
    source: checkSource(fields.source),
  };
}

/** From 2000 to next year: a budget figure for next year may be published before it starts. */
function checkYear(year: number, thisYear: number): number {
  const last = thisYear + 1;
  if (!Number.isInteger(year) || year < FIRST_BENCHMARK_YEAR || year > last) {
    throw new BadUserInputError(`year must be a year from ${FIRST_BENCHMARK_YEAR} to ${last}.`, 'input.year');
  }
  return year;
}

function checkKpi(kpi: string): BenchmarkKpi {
  if (!isBenchmarkKpi(kpi))
    throw new BadUserInputError(`kpi must be one of ${BENCHMARK_KPIS.join(', ')}.`, 'input.kpi');
  return kpi;
}

/** A plain decimal string > 0 with at most 6 decimals; stored without leading zeros, its scale kept ("3.80"). */
function checkValue(value: string): string {
  const field = 'input.value';
  if (!Decimal.isPlain(value))
    throw new BadUserInputError('value must be a decimal string such as "14.50".', field);
  const decimal = Decimal.parse(value);
  if (decimal.isNegative() || decimal.isZero())
    throw new BadUserInputError('value must be greater than 0.', field);
  if (Decimal.fractionDigits(value) > VALUE_MAX_DECIMALS)
    throw new BadUserInputError(`value must have at most ${VALUE_MAX_DECIMALS} decimals.`, field);
  const text = decimal.toString();
  const whole = text.split('.')[0];
  if (whole.length > VALUE_MAX_WHOLE_DIGITS)
    throw new BadUserInputError(
      `value must have at most ${VALUE_MAX_WHOLE_DIGITS} digits before the point.`,
      field,
    );
  return text;
}

function checkSource(source: string): string {
  const text = (source ?? '').trim();
  if (!text) throw new BadUserInputError('source must say where the figure was published.', 'input.source');
  if (codePointLength(text) > SOURCE_MAX_LENGTH)
    throw new BadUserInputError(`source must have at most ${SOURCE_MAX_LENGTH} characters.`, 'input.source');
  return text;
}

/** A given currency must be the provider's: figures are kept in the currency the centre reports in. */
export function checkCurrency(given: string | null | undefined, providerCurrency: string): string {
  if (given != null && given.trim().toUpperCase() !== providerCurrency) {
    throw new BadUserInputError(
      `currency must be the provider's currency, ${providerCurrency} (or be left out).`,
      'input.currency',
    );
  }
  return providerCurrency;
}

/** What the audit trail keeps of a figure (its providerCode attributes the event to the centre). */
export function benchmarkSnapshot(figure: BenchmarkFigureEntity): Record<string, unknown> {
  const { id, providerCode, year, kpi, value, currency, source, version } = figure;
  return { id, providerCode, year, kpi, value, currency, source, version };
}
