/**
 * Calendar rules of a contract (DESIGN "Contract start, and what is sold after accepted"). Dates
 * are 'YYYY-MM-DD' and months 'YYYY-MM', both UTC calendar values; nothing here reads a clock.
 */

const MONTH = /^(\d{4})-(\d{2})$/;

/** True for a month written 'YYYY-MM' (01..12). */
export function isMonth(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const match = MONTH.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** The date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * The last day of a contract of `years` years starting on `startDate`: the day before the same
 * month and day `years` later. A 29 February start uses 28 February of the later year when that
 * year has no 29 February, so 2028-02-29 for one year ends 2029-02-27.
 */
export function contractEndDate(startDate: string, years: number): string {
  const [year, month, day] = startDate.split('-').map(Number) as [number, number, number];
  const laterYear = year + years;
  const anniversaryDay = Math.min(day, daysInMonth(laterYear, month));
  return addDays(`${laterYear}-${pad(month)}-${pad(anniversaryDay)}`, -1);
}

/** The month ('YYYY-MM') a date lies in. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The first day of a month. */
export function firstDayOf(month: string): string {
  return `${month}-01`;
}

/** The month `count` months after `month` (negative: before). */
export function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${pad((index % 12) + 1)}`;
}

/** How many months `to` lies after `from` (0 for the same month). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return ty * 12 + tm - (fy * 12 + fm);
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthRange(from: string, to: string): string[] {
  const count = monthsBetween(from, to);
  return Array.from({ length: Math.max(0, count + 1) }, (_, i) => addMonths(from, i));
}

/**
 * The contract year (1, 2, …) a month belongs to: the year containing the month's first day, where
 * the start month counts as year 1 even when the contract starts mid-month.
 */
export function contractYearOfMonth(startDate: string, month: string): number {
  if (month <= monthOf(startDate)) return 1;
  const firstDay = firstDayOf(month);
  let year = 1;
  // At most a few iterations: contracts last 1..10 years (renewals add more, still few).
  while (contractEndDate(startDate, year) < firstDay) year += 1;
  return year;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
