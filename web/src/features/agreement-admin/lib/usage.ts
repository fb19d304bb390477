import { addMonths, Decimal, monthOf, monthsBetween } from '@servicekatalog/shared';

/** The API answers at most this many months of usage at a time (DESIGN "Usage"). */
export const MAX_USAGE_MONTHS = 120;

/** A month's figures as the API reports them. */
export interface UsageMonth {
  month: string;
  forecastAmount: string;
  actualAmount?: string | null;
  engineVersion: string;
}

/** The months shown first: the agreement's, from its start, at most {@link MAX_USAGE_MONTHS}. */
export function defaultUsageRange(startDate: string, endDate: string): { from: string; to: string } {
  const from = monthOf(startDate);
  const last = monthOf(endDate);
  const to = monthsBetween(from, last) >= MAX_USAGE_MONTHS ? addMonths(from, MAX_USAGE_MONTHS - 1) : last;
  return { from, to };
}

/** Actual − forecast of a month; a month without actuals counts as forecast (difference 0). */
export function monthDifference(month: UsageMonth): string {
  if (month.actualAmount == null) return '0';
  return Decimal.parse(month.actualAmount).minus(Decimal.parse(month.forecastAmount)).toString();
}

/**
 * The usage as a CSV file in the same dialect as the volumes upload (`;`-separated, `.` as the
 * decimal mark, exact figures as the API gave them): one row per month, an empty actual where none
 * was recorded.
 */
export function usageCsv(months: readonly UsageMonth[]): string {
  const rows = months.map((month) =>
    [
      month.month,
      month.forecastAmount,
      month.actualAmount ?? '',
      monthDifference(month),
      month.engineVersion,
    ].join(';'),
  );
  return ['month;forecastAmount;actualAmount;difference;engineVersion', ...rows].join('\r\n') + '\r\n';
}

/**
 * The largest amount of the months, for the chart's scale. Bar heights are pixels, so this is the
 * only place figures become floating-point numbers; every figure shown stays the API's exact text.
 */
export function chartScale(months: readonly UsageMonth[]): number {
  let largest = Decimal.ZERO;
  for (const month of months) {
    largest = largest.max(Decimal.parse(month.forecastAmount));
    if (month.actualAmount != null) largest = largest.max(Decimal.parse(month.actualAmount));
  }
  return Number(largest.toString());
}
